// The recursion guard of calls that recurse on the Go stack: repr, str,
// comparison, hashing and calls of nested objects (CPython's
// Py_EnterRecursiveCall).

package object

// DefaultRecursionLimit is sys.getrecursionlimit()'s initial value.
const DefaultRecursionLimit = 1000

// EnterRecursiveCall counts one more level of recursion and reports whether the
// limit allows it; when it does not, it raises RecursionError "maximum recursion
// depth exceeded" followed by where (" while getting the repr of an object") and
// returns false. Every true return must be paired with LeaveRecursiveCall.
//
// The count is RecursionDepth, which the VM also advances for every Python frame,
// so Python calls and the Go recursion of nested containers share one limit, as in
// CPython 3.11. It keeps deeply nested data (a list nested a million levels) from
// exhausting the Go stack: it raises instead.
func (rt *Runtime) EnterRecursiveCall(where string) bool {
	if rt.RecursionDepth >= rt.RecursionLimit {
		rt.Raise("RecursionError", "maximum recursion depth exceeded%s", where)
		return false
	}
	rt.RecursionDepth++
	return true
}

// LeaveRecursiveCall ends an EnterRecursiveCall.
func (rt *Runtime) LeaveRecursiveCall() { rt.RecursionDepth-- }
