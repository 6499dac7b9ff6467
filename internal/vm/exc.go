// Raising, matching and chaining exceptions; traceback objects. See doc.go.

package vm

import (
	"fmt"
	"strings"

	"github.com/pyheap/pyheap/internal/object"
)

// Traceback layout (a container): header | GC | next | code | lasti uint32 | lineno uint32 | frame.
const (
	tbNext   = 16
	tbCode   = 20
	tbLasti  = 24
	tbLineno = 28
	tbFrame  = 32
	tbSize   = 36
)

// tbLineUnknown in a traceback's lineno: not looked up yet. The line is found from
// lasti when something first asks for it (tbLine; CPython 3.12 does the same), so
// an exception that is raised and caught never scans a location table.
const tbLineUnknown = ^uint32(0)

// tbLine returns the line of traceback entry tb.
func (in *Interp) tbLine(tb Ref) int {
	rt := in.RT
	return in.lazyLine(rt.Uint32At(tb, tbLineno), *rt.RefAt(tb, tbCode), *rt.Uint32At(tb, tbLasti))
}

// lazyLine returns *lineno, looking the line of instruction lasti of code up
// first if it is tbLineUnknown (0 when the collector has cleared code).
func (in *Interp) lazyLine(lineno *uint32, code Ref, lasti uint32) int {
	if *lineno == tbLineUnknown {
		if code == Nil {
			return 0
		}
		*lineno = uint32(in.codeOf(code).c.LineOf(int(lasti)))
	}
	return int(*lineno)
}

func (in *Interp) initTraceback() {
	in.TracebackType = in.refsType("traceback", tbSize, []uintptr{tbNext, tbCode, tbFrame}, 0, func(t *object.Type) {
		t.GetSets = []object.GetSetDef{
			{Name: "tb_next", Get: in.getter(tbNext)},
			{Name: "tb_lineno", Get: func(rt *object.Runtime, r Ref) Ref { return rt.NewInt(int64(in.tbLine(r))) }},
			{Name: "tb_lasti", Get: func(rt *object.Runtime, r Ref) Ref { return rt.NewInt(int64(*rt.Uint32At(r, tbLasti)) * 2) }},
			{Name: "tb_frame", Get: func(rt *object.Runtime, r Ref) Ref {
				if fo := *rt.RefAt(r, tbFrame); fo != Nil {
					return rt.New(fo)
				}
				// A frame still running: its snapshot.
				code := *rt.RefAt(r, tbCode)
				for f := in.frame; f != nil; f = f.back {
					if f.code.ref == code {
						fo := in.newFrameObject(f, false, rt.New(rt.None))
						if fo != Nil {
							*rt.RefAt(r, tbFrame) = rt.New(fo)
							return fo
						}
					}
				}
				return rt.New(rt.None)
			}},
		}
	})
}

// EmbeddedFilePrefix starts the file name of the standard modules written in
// Python that pyheap embeds ("<pyheap>/collections.py"). Their frames get no
// traceback entries: they stand for CPython's modules written in C, whose functions
// never appear in a traceback. The frames themselves are ordinary frames of the
// frame stack (sys._getframe sees them, the recursion limit counts them).
const EmbeddedFilePrefix = "<pyheap>/"

// addTraceback prepends an entry for frame f to exc's traceback
// (PyTraceBack_Here), unless f runs an embedded module's code.
func (in *Interp) addTraceback(exc Ref, f *Frame) {
	rt := in.RT
	if !rt.IsException(exc) || strings.HasPrefix(f.code.c.Filename, EmbeddedFilePrefix) {
		return
	}
	tb := rt.AllocObject(in.TracebackType, tbSize)
	if tb == Nil {
		rt.ClearErr()
		return
	}
	slot := rt.ExcField(exc, "traceback")
	*rt.RefAt(tb, tbNext) = *slot
	*rt.RefAt(tb, tbCode) = rt.New(f.code.ref)
	in.codeRevive(f.code.ref)
	*rt.Uint32At(tb, tbLasti) = uint32(f.lastI())
	*rt.Uint32At(tb, tbLineno) = tbLineUnknown
	rt.Track(tb)
	*slot = tb
}

// newExc returns a new exception of a built-in type with a message.
func (in *Interp) newExc(typ, msg string) Ref {
	rt := in.RT
	s := rt.NewStr(msg)
	args := rt.TuplePack(s)
	e := rt.NewException(rt.ExcType(typ), args)
	rt.Decref(args)
	return e
}

// chainContext sets exc.__context__ to the exception being handled, as raising
// inside an except or finally block does.
func (in *Interp) chainContext(f *Frame, exc Ref) {
	rt := in.RT
	if !rt.IsException(exc) {
		return
	}
	saved := in.frame
	in.frame = f
	h := in.CurrentException()
	in.frame = saved
	if h == Nil || h == exc || !rt.IsException(h) {
		return
	}
	ctx := rt.ExcField(exc, "context")
	if *ctx != Nil {
		return
	}
	// Break a cycle: exc must not already be in h's context chain.
	o := h
	for o != Nil {
		c := rt.ExcField(o, "context")
		if *c == exc {
			rt.Replace(c, Nil)
			break
		}
		o = *c
	}
	*ctx = rt.New(h)
}

// raise implements RAISE_VARARGS: the exception is left set.
func (in *Interp) raise(f *Frame, n int) {
	rt := in.RT
	if n == 0 {
		saved := in.frame
		in.frame = f
		h := in.CurrentException()
		in.frame = saved
		if h == Nil {
			rt.Raise("RuntimeError", "No active exception to reraise")
			return
		}
		rt.Restore(rt.New(h))
		return
	}
	var cause Ref
	if n == 2 {
		cause = f.pop()
	}
	v := f.pop()
	exc := in.makeException(v, "exceptions must derive from BaseException")
	rt.Decref(v)
	if exc == Nil {
		rt.Decref(cause)
		return
	}
	if n == 2 {
		var c Ref
		if cause == rt.None {
			c = Nil
		} else {
			c = in.makeException(cause, "exception causes must derive from BaseException")
			if c == Nil {
				rt.Decref(cause)
				rt.Decref(exc)
				return
			}
		}
		rt.Decref(cause)
		rt.Replace(rt.ExcField(exc, "cause"), c)
		*rt.ExcSuppressContext(exc) = 1
	}
	rt.Restore(exc)
}

// makeException turns a raise operand into an exception instance (calling a class).
func (in *Interp) makeException(v Ref, msg string) Ref {
	rt := in.RT
	if rt.IsType(v) && rt.TypeFromRef(v).Flags&object.TypeExceptionSubclass != 0 {
		e := rt.Call(v, nil, Nil)
		if e == Nil {
			return Nil
		}
		if !rt.IsException(e) {
			rt.Raise("TypeError", "calling %s should have returned an instance of BaseException, not %s", rt.TypeFromRef(v).Name, rt.TypeNameOf(e))
			rt.Decref(e)
			return Nil
		}
		return e
	}
	if rt.IsException(v) {
		return rt.New(v)
	}
	rt.Raise("TypeError", "%s", msg)
	return Nil
}

// excMatches implements except T: 1, 0, or -1 with TypeError for a bad T.
func (in *Interp) excMatches(e, typ Ref) int {
	rt := in.RT
	check := func(t Ref) bool {
		return rt.IsType(t) && rt.TypeFromRef(t).Flags&object.TypeExceptionSubclass != 0
	}
	if rt.IsTuple(typ) {
		for _, t := range rt.TupleItems(typ) {
			if !check(t) {
				rt.Raise("TypeError", "catching classes that do not inherit from BaseException is not allowed")
				return -1
			}
		}
		for _, t := range rt.TupleItems(typ) {
			if rt.IsInstance(e, rt.TypeFromRef(t)) {
				return 1
			}
		}
		return 0
	}
	if !check(typ) {
		rt.Raise("TypeError", "catching classes that do not inherit from BaseException is not allowed")
		return -1
	}
	if rt.IsInstance(e, rt.TypeFromRef(typ)) {
		return 1
	}
	return 0
}

// unraisable prints CPython's "Exception ignored in: ..." block.
func (in *Interp) unraisable(exc Ref, where string, obj Ref) {
	rt := in.RT
	// CPython's format: "Exception ignored in: <repr of obj>", or, with a message,
	// "Exception ignored <message>: <repr of obj>".
	line := "Exception ignored in"
	if where != "" {
		line = "Exception ignored " + where
	}
	if obj != Nil {
		saved := rt.Fetch()
		r := rt.Repr(obj)
		if r == Nil {
			rt.ClearErr()
			line += ": <object repr() failed>"
		} else {
			line += ": " + rt.GoString(r)
			rt.Decref(r)
		}
		rt.Restore(saved)
	} else {
		line += ": None"
	}
	var b strings.Builder
	b.WriteString(line + "\n")
	in.formatChain(&b, exc, map[Ref]bool{})
	in.writeSysStderr(b.String())
}

// writeSysStderr writes s to sys.stderr, whatever object the program put there (a
// StringIO, say), as CPython's PyErr_WriteUnraisable does; to the process's stderr
// when sys.stderr is missing or its write fails.
// WriteSysStderr is writeSysStderr for the modules (CPython's PySys_WriteStderr).
func (in *Interp) WriteSysStderr(s string) { in.writeSysStderr(s) }

func (in *Interp) writeSysStderr(s string) {
	rt := in.RT
	if f := in.SysAttr("stderr"); f != Nil && f != rt.None {
		if w := in.GoWriter(f); w != nil {
			fmt.Fprint(w, s)
			return
		}
		saved := rt.Fetch()
		str := rt.NewStr(s)
		if str != Nil {
			r := rt.CallMethod(f, "write", str)
			rt.Decref(str)
			if r != Nil {
				rt.Decref(r)
				rt.Restore(saved)
				return
			}
		}
		rt.ClearErr()
		rt.Restore(saved)
	}
	in.writeErr(s)
}

func (in *Interp) writeOut(s string) { fmt.Fprint(in.Stdout, s) }
func (in *Interp) writeErr(s string) { fmt.Fprint(in.Stderr, s) }
