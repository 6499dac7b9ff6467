// Frame objects: what tracebacks (tb_frame) and sys._getframe() hand to Python. A
// running frame lives in the stack region; its frame object is a snapshot (code,
// globals, line, locals) made when asked for. When an exception leaves a frame, the
// frame's locals move into the frame object of its traceback entry, so they live as
// long as the traceback does, as in CPython. See doc.go.

package vm

import (
	"github.com/pyheap/pyheap/internal/object"
)

// Frame object layout (a container): header | GC | code | globals | locals (tuple of
// localsplus values, Nil for unbound) | back | lineno uint32 | lasti uint32.
const (
	foCode    = 16
	foGlobals = 20
	foLocals  = 24
	foBack    = 28
	foLineno  = 32
	foLasti   = 36
	foSize    = 40
)

func (in *Interp) initFrameType() {
	in.FrameType = in.refsType("frame", foSize, []uintptr{foCode, foGlobals, foLocals, foBack}, 0, func(t *object.Type) {
		t.GetSets = []object.GetSetDef{
			{Name: "f_code", Get: in.getter(foCode)},
			{Name: "f_globals", Get: in.getter(foGlobals)},
			{Name: "f_back", Get: in.getter(foBack)},
			{Name: "f_builtins", Get: func(rt *object.Runtime, r Ref) Ref { return rt.New(in.Builtins) }},
			{Name: "f_lineno", Get: func(rt *object.Runtime, r Ref) Ref { return rt.NewInt(int64(in.frameObjectLine(r))) }},
			{Name: "f_lasti", Get: func(rt *object.Runtime, r Ref) Ref {
				if f, ok := in.stack.live[r]; ok {
					return rt.NewInt(int64(f.lastI()) * 2)
				}
				return rt.NewInt(int64(*rt.Uint32At(r, foLasti)) * 2)
			}},
			{Name: "f_locals", Get: func(rt *object.Runtime, r Ref) Ref {
				code := in.field(r, foCode)
				locals := in.field(r, foLocals)
				if rt.IsInstance(locals, rt.DictType) {
					return rt.New(locals)
				}
				d := rt.NewDict()
				if code == Nil || locals == Nil {
					return d
				}
				ci := in.codeOf(code)
				for i, v := range rt.TupleItems(locals) {
					if v == rt.None && i >= len(ci.varname) {
						continue
					}
					if i >= len(ci.c.VarNames) && rt.TypeOf(v) == in.CellType {
						v = *rt.RefAt(v, cellContents)
					}
					if v != Nil && v != in.unbound() && i < len(ci.varname) {
						rt.DictSetItem(d, ci.varname[i], v)
					}
				}
				return d
			}},
		}
		dealloc := t.Dealloc
		t.Dealloc = func(rt *object.Runtime, r Ref) {
			if f, ok := in.stack.live[r]; ok {
				f.obj = Nil
				delete(in.stack.live, r)
			}
			dealloc(rt, r)
		}
		t.Repr = func(rt *object.Runtime, r Ref) Ref {
			code := in.field(r, foCode)
			name := "?"
			file := "?"
			if code != Nil {
				ci := in.codeOf(code)
				name, file = ci.c.Name, ci.c.Filename
			}
			return rt.NewStr("<frame at " + hexID(rt.ID(r)) + ", file '" + file + "', line " +
				itoa(in.frameObjectLine(r)) + ", code " + name + ">")
		}
	})
}

func hexID(v uint64) string {
	const digits = "0123456789abcdef"
	if v == 0 {
		return "0x0"
	}
	var b []byte
	for v > 0 {
		b = append([]byte{digits[v&15]}, b...)
		v >>= 4
	}
	return "0x" + string(b)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

// unbound marks an unbound local in a frame object's locals tuple.
func (in *Interp) unbound() Ref {
	if in.unboundMark == Nil {
		in.unboundMark = in.RT.NewStr("<unbound>")
	}
	return in.unboundMark
}

// frameObjectLine returns the line a frame object is at: its frame's, while that
// runs; else the line of the instruction it ended at, looked up the first time
// (as a traceback's, tbLine).
func (in *Interp) frameObjectLine(fo Ref) int {
	if f, ok := in.stack.live[fo]; ok {
		return f.Line()
	}
	rt := in.RT
	return in.lazyLine(rt.Uint32At(fo, foLineno), *rt.RefAt(fo, foCode), *rt.Uint32At(fo, foLasti))
}

// newFrameObject makes the frame object of f; takeLocals moves the frame's locals
// into it (the frame is being left with an exception), else they are copied.
func (in *Interp) newFrameObject(f *Frame, takeLocals bool, back Ref) Ref {
	rt := in.RT
	fo := rt.AllocObject(in.FrameType, foSize)
	if fo == Nil {
		rt.ClearErr()
		return Nil
	}
	*rt.RefAt(fo, foCode) = rt.New(f.code.ref)
	in.codeRevive(f.code.ref)
	*rt.RefAt(fo, foGlobals) = rt.New(f.globals)
	*rt.Uint32At(fo, foLineno) = tbLineUnknown
	*rt.Uint32At(fo, foLasti) = uint32(f.lastI())
	*rt.RefAt(fo, foBack) = back
	if f.locals != Nil && !f.code.isOptimized() {
		*rt.RefAt(fo, foLocals) = rt.New(f.locals)
	} else {
		n := f.code.nlp
		t := rt.NewTuple(n)
		if t != Nil {
			items := rt.TupleItems(t)
			for i := 0; i < n; i++ {
				v := f.lp[i]
				if v == Nil {
					items[i] = rt.New(in.unbound())
					continue
				}
				if takeLocals {
					items[i] = v
					f.lp[i] = Nil
				} else {
					items[i] = rt.New(v)
				}
			}
			*rt.RefAt(fo, foLocals) = t
		} else {
			rt.ClearErr()
		}
	}
	rt.Track(fo)
	return fo
}

func (ci *codeInfo) isOptimized() bool { return ci.c.Flags&1 != 0 }

// keepLocals gives the traceback entry of f (the head of exc's traceback) a frame
// object holding f's locals: called when an exception leaves f.
func (in *Interp) keepLocals(exc Ref, f *Frame) {
	rt := in.RT
	if !rt.IsException(exc) || f.code == nil {
		return
	}
	tb := *rt.ExcField(exc, "traceback")
	for ; tb != Nil; tb = *rt.RefAt(tb, tbNext) {
		if *rt.RefAt(tb, tbCode) == f.code.ref && *rt.Uint32At(tb, tbLasti) == uint32(f.lastI()) {
			if *rt.RefAt(tb, tbFrame) == Nil {
				*rt.RefAt(tb, tbFrame) = in.newFrameObject(f, true, Nil)
			}
			return
		}
	}
}

// GetFrame returns the frame object of the running frame depth levels up (0: the
// caller of sys._getframe), or Nil with ValueError set.
func (in *Interp) GetFrame(depth int) Ref {
	rt := in.RT
	f := in.frame
	for i := 0; i < depth && f != nil; i++ {
		f = f.back
	}
	if f == nil {
		rt.Raise("ValueError", "call stack is not deep enough")
		return Nil
	}
	return in.snapshot(f)
}

func (in *Interp) snapshot(f *Frame) Ref {
	rt := in.RT
	if f.obj != Nil {
		return rt.New(f.obj)
	}
	var back Ref
	if f.back != nil {
		back = in.snapshot(f.back)
	} else {
		back = rt.New(rt.None)
	}
	fo := in.newFrameObject(f, false, back)
	if fo != Nil {
		f.obj = fo
		if in.stack.live == nil {
			in.stack.live = map[Ref]*Frame{}
		}
		in.stack.live[fo] = f
	}
	return fo
}

// detachFrameObject freezes the frame object of a frame that ends.
func (in *Interp) detachFrameObject(f *Frame) {
	rt := in.RT
	fo := f.obj
	f.obj = Nil
	delete(in.stack.live, fo)
	*rt.Uint32At(fo, foLineno) = tbLineUnknown
	*rt.Uint32At(fo, foLasti) = uint32(f.lastI())
}
