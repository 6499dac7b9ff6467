// Interrupting a running program from another goroutine. See doc.go.

package object

// Interrupt asks the program running on this runtime to stop: from now on every
// check point (CheckInterrupt: the VM's loop back-edges and calls, each step of a
// built-in iteration or sort) raises KeyboardInterrupt(reason), until
// ClearInterrupt. Keeping the request set means a program cannot swallow it: a
// handler that catches it and loops raises it again at the loop's next back-edge.
// Interrupt is the one Runtime method that is safe to call from any goroutine.
func (rt *Runtime) Interrupt(reason string) { rt.interrupt.Store(&reason) }

// ClearInterrupt withdraws the request (the host does it once the interrupted
// call has returned).
func (rt *Runtime) ClearInterrupt() { rt.interrupt.Store(nil) }

// Interrupted reports whether an interrupt is requested.
func (rt *Runtime) Interrupted() bool { return rt.interrupt.Load() != nil }

// CheckInterrupt raises KeyboardInterrupt and returns true when an interrupt is
// requested. Its cost when none is, one atomic load, suits per-step checks.
func (rt *Runtime) CheckInterrupt() bool {
	p := rt.interrupt.Load()
	if p == nil {
		return false
	}
	if rt.exc != Nil && rt.IsInstance(rt.exc, rt.excTypes["KeyboardInterrupt"]) {
		return true // already raising it
	}
	rt.Raise("KeyboardInterrupt", "%s", *p)
	return true
}
