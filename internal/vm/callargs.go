// Argument vectors for the calls the VM makes from Go.

package vm

// argStack holds the argument vectors of calls the VM makes from Go code (a
// property's getter, a bound method called through rt.Call, a user dunder, the
// __exit__ of a with statement). A []Ref literal passed to rt.Call escapes to the
// Go heap, since the callee is a function value; these calls are hot (a property
// read in a loop, a sort on objects with __lt__), and their garbage kept the Go
// heap growing. Vectors are taken and given back in LIFO order, as calls nest.
//
// When the buffer must grow, the vectors already handed out keep pointing into the
// old array, which stays valid for as long as they are used: nothing is copied
// under a caller's feet.
type argStack struct {
	buf []Ref
	top int
}

// pushArgs returns n argument slots, to be given back with popArgs(n) once the call
// they were passed to has returned.
func (in *Interp) pushArgs(n int) []Ref {
	s := &in.args
	if s.top+n > len(s.buf) {
		nb := make([]Ref, max(2*len(s.buf), s.top+n, 64))
		copy(nb, s.buf[:s.top])
		s.buf = nb
	}
	a := s.buf[s.top : s.top+n : s.top+n]
	s.top += n
	return a
}

// popArgs gives back the last n slots taken. The slots held borrowed references
// only; they are cleared so no stale Ref lingers.
func (in *Interp) popArgs(n int) {
	s := &in.args
	clear(s.buf[s.top-n : s.top])
	s.top -= n
}

// call1 calls f(a).
func (in *Interp) call1(f, a Ref) Ref {
	args := in.pushArgs(1)
	args[0] = a
	r := in.RT.Call(f, args, Nil)
	in.popArgs(1)
	return r
}

// call2 calls f(a, b).
func (in *Interp) call2(f, a, b Ref) Ref {
	args := in.pushArgs(2)
	args[0], args[1] = a, b
	r := in.RT.Call(f, args, Nil)
	in.popArgs(2)
	return r
}

// call3 calls f(a, b, c).
func (in *Interp) call3(f, a, b, c Ref) Ref {
	args := in.pushArgs(3)
	args[0], args[1], args[2] = a, b, c
	r := in.RT.Call(f, args, Nil)
	in.popArgs(3)
	return r
}

// callPrepend calls f(first, *args) with the keyword names kwnames (whose values
// are at the end of args), as a bound method or a dunder on an instance does; with
// first Nil, f(*args). args does not escape: callers may pass a variadic list.
func (in *Interp) callPrepend(f, first Ref, args []Ref, kwnames Ref) Ref {
	k := 0
	if first != Nil {
		k = 1
	}
	n := len(args) + k
	buf := in.pushArgs(n)
	if k == 1 {
		buf[0] = first
	}
	copy(buf[k:], args)
	r := in.RT.Call(f, buf, kwnames)
	in.popArgs(n)
	return r
}
