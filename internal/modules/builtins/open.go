package builtins

import "github.com/pyheap/pyheap/internal/object"

// open is the builtin open(): the io module's open, imported when first called
// (io is written in Python and embedded; see io.py).
func (b *mod) open(rt *object.Runtime, _ Ref, args []Ref, kwnames Ref) Ref {
	io := b.in.Import(b.in.Str("io"), object.Nil, 0)
	if io == Nil {
		return Nil
	}
	fn := rt.GetAttrString(io, "open")
	rt.Decref(io)
	if fn == Nil {
		return Nil
	}
	r := rt.Call(fn, args, kwnames)
	rt.Decref(fn)
	if r == Nil {
		// CPython's open is C code: its frames are not in the traceback, so
		// io.py's are dropped too (the caller's frame is added as it unwinds).
		if e := rt.Err(); e != Nil && rt.IsInstance(e, rt.ExcType("BaseException")) {
			rt.Replace(rt.ExcField(e, "traceback"), Nil)
		}
	}
	return r
}
