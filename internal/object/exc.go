// Exceptions: the built-in exception types, exception objects, and the current
// exception of a Runtime. See doc.go.

package object

import (
	"fmt"
	"strings"
	"unsafe"
)

// An exception object (BaseException and every built-in subclass) is a container:
//
//	offset 0   header
//	       8   GC header
//	      16   args             Ref  tuple
//	      20   traceback        Ref  or Nil
//	      24   context          Ref  __context__ or Nil
//	      28   cause            Ref  __cause__ or Nil
//	      32   suppressContext  uint32
//	      36   dict             Ref  __dict__ (created on demand; holds the extra
//	                                 attributes of OSError, SyntaxError, StopIteration…)
const (
	excOffArgs      = 16
	excOffTraceback = 20
	excOffContext   = 24
	excOffCause     = 28
	excOffSuppress  = 32
	excOffDict      = 36
	excSize         = 40
)

// excHierarchy lists the built-in exception types as CPython 3.11 defines them:
// each name with its base, bases before subclasses.
var excHierarchy = [...][2]string{
	{"BaseException", ""},
	{"SystemExit", "BaseException"},
	{"KeyboardInterrupt", "BaseException"},
	{"GeneratorExit", "BaseException"},
	{"Exception", "BaseException"},
	{"BaseExceptionGroup", "BaseException"},
	{"ExceptionGroup", "BaseExceptionGroup"}, // and Exception (exc_group.go)
	{"StopIteration", "Exception"},
	{"StopAsyncIteration", "Exception"},
	{"ArithmeticError", "Exception"},
	{"FloatingPointError", "ArithmeticError"},
	{"OverflowError", "ArithmeticError"},
	{"ZeroDivisionError", "ArithmeticError"},
	{"AssertionError", "Exception"},
	{"AttributeError", "Exception"},
	{"BufferError", "Exception"},
	{"EOFError", "Exception"},
	{"ImportError", "Exception"},
	{"ModuleNotFoundError", "ImportError"},
	{"LookupError", "Exception"},
	{"IndexError", "LookupError"},
	{"KeyError", "LookupError"},
	{"MemoryError", "Exception"},
	{"NameError", "Exception"},
	{"UnboundLocalError", "NameError"},
	{"OSError", "Exception"},
	{"BlockingIOError", "OSError"},
	{"ChildProcessError", "OSError"},
	{"ConnectionError", "OSError"},
	{"BrokenPipeError", "ConnectionError"},
	{"ConnectionAbortedError", "ConnectionError"},
	{"ConnectionRefusedError", "ConnectionError"},
	{"ConnectionResetError", "ConnectionError"},
	{"FileExistsError", "OSError"},
	{"FileNotFoundError", "OSError"},
	{"InterruptedError", "OSError"},
	{"IsADirectoryError", "OSError"},
	{"NotADirectoryError", "OSError"},
	{"PermissionError", "OSError"},
	{"ProcessLookupError", "OSError"},
	{"TimeoutError", "OSError"},
	{"ReferenceError", "Exception"},
	{"RuntimeError", "Exception"},
	{"NotImplementedError", "RuntimeError"},
	{"RecursionError", "RuntimeError"},
	{"SyntaxError", "Exception"},
	{"IndentationError", "SyntaxError"},
	{"TabError", "IndentationError"},
	{"SystemError", "Exception"},
	{"TypeError", "Exception"},
	{"ValueError", "Exception"},
	{"UnicodeError", "ValueError"},
	{"UnicodeDecodeError", "UnicodeError"},
	{"UnicodeEncodeError", "UnicodeError"},
	{"UnicodeTranslateError", "UnicodeError"},
	{"Warning", "Exception"},
	{"DeprecationWarning", "Warning"},
	{"PendingDeprecationWarning", "Warning"},
	{"RuntimeWarning", "Warning"},
	{"SyntaxWarning", "Warning"},
	{"UserWarning", "Warning"},
	{"FutureWarning", "Warning"},
	{"ImportWarning", "Warning"},
	{"UnicodeWarning", "Warning"},
	{"BytesWarning", "Warning"},
	{"ResourceWarning", "Warning"},
	{"EncodingWarning", "Warning"},
}

// ExcType returns the built-in exception type of that name ("TypeError"), or nil.
func (rt *Runtime) ExcType(name string) *Type { return rt.excTypes[name] }

// ExcTypes returns the names of the built-in exception types, bases first.
func ExcTypeNames() []string {
	names := make([]string, len(excHierarchy))
	for i, e := range excHierarchy {
		names[i] = e[0]
	}
	return names
}

// IsException reports whether r is an exception object.
func (rt *Runtime) IsException(r Ref) bool {
	return r&1 == 0 && r != Nil && rt.TypeOf(r).Flags&TypeExceptionSubclass != 0
}

// NewException returns a new exception of type t with args (a tuple, borrowed), or
// Nil with an exception set.
func (rt *Runtime) NewException(t *Type, args Ref) Ref {
	e := rt.AllocObject(t, max(t.Size, excSize))
	if e == Nil {
		return Nil
	}
	*rt.RefAt(e, excOffArgs) = rt.New(args)
	rt.Track(e)
	return e
}

// ExcArgs returns an exception's args tuple (borrowed).
func (rt *Runtime) ExcArgs(e Ref) Ref { return *rt.RefAt(e, excOffArgs) }

// ExcField returns the address of an exception's traceback, context or cause field,
// for the VM: which is "traceback", "context" or "cause".
func (rt *Runtime) ExcField(e Ref, which string) *Ref {
	switch which {
	case "traceback":
		return rt.RefAt(e, excOffTraceback)
	case "context":
		return rt.RefAt(e, excOffContext)
	case "cause":
		return rt.RefAt(e, excOffCause)
	case "dict":
		return rt.RefAt(e, excOffDict)
	}
	panic("object: no exception field " + which)
}

// ExcSuppressContext returns the address of __suppress_context__.
func (rt *Runtime) ExcSuppressContext(e Ref) *uint32 { return rt.Uint32At(e, excOffSuppress) }

func excDealloc(rt *Runtime, e Ref) {
	rt.Untrack(e)
	excClear(rt, e)
	rt.FreeObject(e)
}

func excClear(rt *Runtime, e Ref) {
	for _, off := range []uintptr{excOffArgs, excOffTraceback, excOffContext, excOffCause, excOffDict} {
		rt.Replace(rt.RefAt(e, off), Nil)
	}
}

func excTraverse(rt *Runtime, e Ref, visit VisitFunc) bool {
	for _, off := range []uintptr{excOffArgs, excOffTraceback, excOffContext, excOffCause, excOffDict} {
		if r := *rt.RefAt(e, off); r != Nil && !visit(r) {
			return false
		}
	}
	return true
}

// SetError raises an exception of type t whose single argument is msg.
func (rt *Runtime) SetError(t *Type, msg string) {
	if t == rt.excTypes["MemoryError"] && msg == "" {
		rt.NoMemory()
		return
	}
	s := rt.NewStr(msg)
	if s == Nil {
		return
	}
	rt.SetErrorObject(t, s)
	rt.Decref(s)
}

// SetErrorf raises an exception of type t with a formatted message (out of line,
// as Raise).
//
//go:noinline
func (rt *Runtime) SetErrorf(t *Type, format string, args ...any) {
	rt.setErrorf(t, format, args)
}

// Raise raises the built-in exception named name ("TypeError") with a formatted
// message. It is kept out of line: it is small enough to inline, and inlined it
// would push hot callers that merely may raise (EnterRecursiveCall, on every call)
// over the inlining budget.
//
//go:noinline
func (rt *Runtime) Raise(name, format string, args ...any) {
	t := rt.excTypes[name]
	if t == nil {
		panic("object: no built-in exception " + name)
	}
	rt.setErrorf(t, format, args)
}

// setErrorf formats the message without a Go string of its own: a message without
// verbs (an IndexError or ZeroDivisionError raised in a loop) is used as it is,
// others are formatted into a stack buffer that SetError copies into the str.
func (rt *Runtime) setErrorf(t *Type, format string, args []any) {
	if len(args) == 0 && strings.IndexByte(format, '%') < 0 {
		rt.SetError(t, format)
		return
	}
	var buf [256]byte
	b := fmt.Appendf(buf[:0], format, args...)
	if len(b) == 0 {
		rt.SetError(t, "")
		return
	}
	rt.SetError(t, unsafe.String(&b[0], len(b)))
}

// SetErrorObject raises an exception of type t with the single argument arg
// (borrowed).
func (rt *Runtime) SetErrorObject(t *Type, arg Ref) {
	args := rt.TupleFrom(arg)
	if args == Nil {
		return
	}
	e := rt.NewException(t, args)
	rt.Decref(args)
	if e != Nil {
		rt.Restore(e)
	}
}

// SetKeyError raises KeyError(key).
func (rt *Runtime) SetKeyError(key Ref) { rt.SetErrorObject(rt.excTypes["KeyError"], key) }

// NoMemory raises MemoryError. It makes a fresh exception when the heap still has
// room for one (a big request failed, a small one may not), and otherwise raises
// the one made at start-up, cleared of any earlier traceback and context, so that
// raising MemoryError never needs memory.
func (rt *Runtime) NoMemory() Ref {
	t := rt.excTypes["MemoryError"]
	if r := rt.heap.TryAlloc(excSize); r != 0 {
		rt.heap.Free(r) // room for one: make it properly
		e := rt.NewException(t, rt.EmptyTuple)
		if e != Nil {
			rt.Restore(e)
			return Nil
		}
	}
	e := rt.memoryError
	if rt.hdr(e).refcnt == 1 {
		// Only the runtime holds it: start it afresh. When it is in flight (the
		// exception being raised, its traceback being built, or kept by a
		// handler), it is raised again as it is: clearing its traceback then
		// would free entries that code up the stack is still writing to.
		for _, off := range []uintptr{excOffTraceback, excOffContext, excOffCause} {
			rt.Replace(rt.RefAt(e, off), Nil)
		}
		*rt.ExcSuppressContext(e) = 0
	}
	rt.Incref(e)
	rt.Restore(e)
	return Nil
}

// Err returns the exception being raised (borrowed), or Nil.
func (rt *Runtime) Err() Ref { return rt.exc }

// Occurred reports whether an exception is being raised.
func (rt *Runtime) Occurred() bool { return rt.exc != Nil }

// Fetch takes the exception being raised (a new reference) and clears it.
func (rt *Runtime) Fetch() Ref {
	e := rt.exc
	rt.exc = Nil
	return e
}

// Restore makes e (a new reference the runtime takes over) the exception being
// raised, replacing any other.
func (rt *Runtime) Restore(e Ref) {
	old := rt.exc
	rt.exc = e
	rt.Decref(old)
}

// ClearErr discards the exception being raised.
func (rt *Runtime) ClearErr() { rt.Restore(Nil) }

// ErrMatches reports whether the exception being raised is an instance of t.
func (rt *Runtime) ErrMatches(t *Type) bool { return rt.exc != Nil && rt.IsInstance(rt.exc, t) }

// ErrMatchesName is ErrMatches for a built-in exception named name.
func (rt *Runtime) ErrMatchesName(name string) bool { return rt.ErrMatches(rt.excTypes[name]) }
