// Generators: send, throw, close, yield from. See doc.go.

package vm

import (
	"fmt"

	"github.com/pyheap/pyheap/internal/compile"
	"github.com/pyheap/pyheap/internal/object"
)

// Generator layout (a container): header | GC | frame index uint32 | name | qualname |
// state uint32. The frame (a Go value with its locals in a heap block of its own)
// is in Interp.gens.
const (
	genFrame = 16
	genName  = 20
	genQual  = 24
	genState = 28
	genWeak  = 32 // the weak references' list head
	genSize  = 36
)

// Generator states (gi_frame, gi_running).
const (
	genCreated = iota
	genSuspended
	genRunning
	genClosed
)

func (in *Interp) genFrameOf(g Ref) *Frame {
	i := *in.RT.Uint32At(g, genFrame)
	if i == 0 {
		return nil
	}
	return in.gens[i]
}

func (in *Interp) initGenerator() {
	in.gens = []*Frame{nil}
	in.GeneratorType = in.RT.NewStaticType("generator", nil, genSize, object.TypeGC|object.TypeWeakrefable, func(t *object.Type) {
		t.WeaklistOffset = genWeak
		t.Dealloc = func(rt *object.Runtime, g Ref) {
			rt.Untrack(g)
			in.releaseGenFrame(g)
			rt.Replace(rt.RefAt(g, genName), Nil)
			rt.Replace(rt.RefAt(g, genQual), Nil)
			rt.FreeObject(g)
		}
		t.Finalize = func(rt *object.Runtime, g Ref) {
			f := in.genFrameOf(g)
			if f == nil || *rt.Uint32At(g, genState) != genSuspended {
				return
			}
			saved := rt.Fetch()
			if in.genClose(g) == Nil {
				rt.WriteUnraisable("", g)
			}
			rt.Restore(saved)
		}
		t.Traverse = func(rt *object.Runtime, g Ref, visit object.VisitFunc) bool {
			f := in.genFrameOf(g)
			if f != nil {
				for _, v := range f.lp[:f.sp] {
					if v != Nil && !visit(v) {
						return false
					}
				}
				if f.fn != Nil && !visit(f.fn) {
					return false
				}
			}
			return true
		}
		t.Clear = func(rt *object.Runtime, g Ref) { in.releaseGenFrame(g) }
		t.Iter = func(rt *object.Runtime, g Ref) Ref { return rt.New(g) }
		t.Next = func(rt *object.Runtime, g Ref) Ref {
			r, done := in.resume(g, rt.None, false)
			if done && r != Nil {
				if r != rt.None {
					in.setStopIteration(r)
					rt.Decref(r)
					return Nil
				}
				rt.Decref(r)
				return Nil
			}
			return r
		}
		t.Repr = func(rt *object.Runtime, g Ref) Ref {
			return rt.NewStr(fmt.Sprintf("<generator object %s at %#x>", rt.GoString(*rt.RefAt(g, genQual)), rt.ID(g)))
		}
		t.Methods = []object.MethodDef{
			{Name: "send", Fn: func(rt *object.Runtime, g Ref, args []Ref, kw Ref) Ref {
				if !rt.CheckArgs("send", args, kw, 1, 1) {
					return Nil
				}
				return in.genSendMethod(g, args[0])
			}},
			{Name: "throw", Fn: func(rt *object.Runtime, g Ref, args []Ref, kw Ref) Ref {
				if !rt.CheckArgs("throw", args, kw, 1, 3) {
					return Nil
				}
				return in.genThrow(g, args)
			}},
			{Name: "close", Fn: func(rt *object.Runtime, g Ref, args []Ref, kw Ref) Ref {
				if !rt.CheckArgs("close", args, kw, 0, 0) {
					return Nil
				}
				return in.genClose(g)
			}},
		}
		t.GetSets = []object.GetSetDef{
			{Name: "__name__", Get: in.getter(genName), Set: in.setter(genName)},
			{Name: "__qualname__", Get: in.getter(genQual), Set: in.setter(genQual)},
			{Name: "gi_running", Get: func(rt *object.Runtime, g Ref) Ref {
				return rt.NewBool(*rt.Uint32At(g, genState) == genRunning)
			}},
			{Name: "gi_suspended", Get: func(rt *object.Runtime, g Ref) Ref {
				return rt.NewBool(*rt.Uint32At(g, genState) == genSuspended)
			}},
			{Name: "gi_frame", Get: func(rt *object.Runtime, g Ref) Ref {
				if in.genFrameOf(g) == nil {
					return rt.None
				}
				return rt.New(rt.True)
			}},
			{Name: "gi_code", Get: func(rt *object.Runtime, g Ref) Ref {
				if f := in.genFrameOf(g); f != nil {
					return rt.New(f.code.ref)
				}
				return rt.None
			}},
			{Name: "gi_yieldfrom", Get: func(rt *object.Runtime, g Ref) Ref {
				if sub := in.yieldingFrom(g); sub != Nil {
					return rt.New(sub)
				}
				return rt.None
			}},
		}
	})
}

// makeGenerator wraps a set-up frame of a generator function.
func (in *Interp) makeGenerator(f *Frame) Ref {
	rt := in.RT
	g := rt.AllocObject(in.GeneratorType, genSize)
	if g == Nil {
		in.dropFrame(f)
		return Nil
	}
	var idx uint32
	if n := len(in.freeGens); n > 0 {
		idx = in.freeGens[n-1]
		in.freeGens = in.freeGens[:n-1]
		in.gens[idx] = f
	} else {
		idx = uint32(len(in.gens))
		in.gens = append(in.gens, f)
	}
	*rt.Uint32At(g, genFrame) = idx
	if f.fn != Nil {
		*rt.RefAt(g, genName) = rt.New(in.field(f.fn, fnName))
		*rt.RefAt(g, genQual) = rt.New(in.field(f.fn, fnQualname))
	} else {
		*rt.RefAt(g, genName) = rt.New(f.code.name)
		*rt.RefAt(g, genQual) = rt.New(f.code.qual)
	}
	*rt.Uint32At(g, genState) = genCreated
	f.gen = g
	rt.Track(g)
	return g
}

func (in *Interp) releaseGenFrame(g Ref) {
	rt := in.RT
	idx := *rt.Uint32At(g, genFrame)
	if idx == 0 {
		return
	}
	f := in.gens[idx]
	in.gens[idx] = nil
	in.freeGens = append(in.freeGens, idx)
	*rt.Uint32At(g, genFrame) = 0
	*rt.Uint32At(g, genState) = genClosed
	in.dropFrame(f)
}

func (in *Interp) setStopIteration(v Ref) {
	rt := in.RT
	args := rt.TupleFrom(v)
	e := rt.NewException(rt.ExcType("StopIteration"), args)
	rt.Decref(args)
	if e == Nil {
		return
	}
	d := rt.ExcField(e, "dict")
	if *d == Nil {
		*d = rt.NewDict()
	}
	rt.DictSetStr(*d, "value", v)
	rt.Restore(e)
}

// resume runs generator g: sending v, or (throwing) raising the set exception in it.
// It returns (value, false) when the generator yields, (return value, true) when it
// returns, and Nil with an exception set when it raises.
func (in *Interp) resume(g Ref, v Ref, throwing bool) (Ref, bool) {
	rt := in.RT
	state := rt.Uint32At(g, genState)
	f := in.genFrameOf(g)
	switch {
	case *state == genRunning:
		if throwing {
			rt.ClearErr()
		}
		rt.Raise("ValueError", "generator already executing")
		return Nil, false
	case f == nil || *state == genClosed:
		if throwing {
			return Nil, false
		}
		return rt.New(rt.None), true
	case *state == genCreated && !throwing && v != rt.None:
		rt.Raise("TypeError", "can't send non-None value to a just-started generator")
		return Nil, false
	}
	if in.depth >= in.limit || in.stack.goDepth >= maxGoDepth {
		if throwing {
			rt.ClearErr()
		}
		rt.Raise("RecursionError", "maximum recursion depth exceeded")
		return Nil, false
	}
	if *state != genCreated && !throwing {
		f.push(rt.New(v))
	}
	*state = genRunning
	in.enterFrame(f)
	in.stack.goDepth++
	r := in.eval(f, throwing)
	in.stack.goDepth--
	if f.pc == -1 {
		*state = genClosed
		in.releaseGenFrame(g)
		if r == Nil {
			if rt.ErrMatchesName("StopIteration") {
				e := rt.Fetch()
				rt.Raise("RuntimeError", "generator raised StopIteration")
				ne := rt.Err()
				*rt.ExcField(ne, "cause") = rt.New(e)
				*rt.ExcField(ne, "context") = e
				*rt.ExcSuppressContext(ne) = 1
			}
			return Nil, false
		}
		return r, true
	}
	*state = genSuspended
	return r, false
}

// send implements the step of yield from: it returns (value, false) when the
// subiterator yields, (result, true) when it finishes.
func (in *Interp) send(sub, v Ref) (Ref, bool) {
	rt := in.RT
	if rt.TypeOf(sub) == in.GeneratorType {
		return in.resume(sub, v, false)
	}
	var r Ref
	if v == rt.None {
		next := rt.TypeOf(sub).Next
		if next == nil {
			rt.Raise("TypeError", "'%s' object is not an iterator", rt.TypeNameOf(sub))
			return Nil, false
		}
		r = next(rt, sub)
	} else {
		r = rt.CallMethod(sub, "send", v)
	}
	if r != Nil {
		return r, false
	}
	if !rt.Occurred() {
		return rt.New(rt.None), true
	}
	if rt.ErrMatchesName("StopIteration") {
		return in.stopValue(), true
	}
	return Nil, false
}

// stopValue takes the set StopIteration and returns its value.
func (in *Interp) stopValue() Ref {
	rt := in.RT
	e := rt.Fetch()
	defer rt.Decref(e)
	if v := in.excAttr(e, "value"); v != Nil {
		return rt.New(v)
	}
	args := rt.ExcArgs(e)
	if args != Nil && rt.TupleLen(args) > 0 {
		return rt.New(rt.TupleItems(args)[0])
	}
	return rt.New(rt.None)
}

func (in *Interp) genSendMethod(g, v Ref) Ref {
	rt := in.RT
	r, done := in.resume(g, v, false)
	if done {
		in.setStopIteration(r)
		if r == rt.None {
			rt.ClearErr()
			rt.Raise("StopIteration", "")
			e := rt.Fetch()
			args := rt.New(rt.EmptyTuple)
			e2 := rt.NewException(rt.ExcType("StopIteration"), args)
			rt.Decref(args)
			rt.Decref(e)
			rt.Restore(e2)
		}
		rt.Decref(r)
		return Nil
	}
	return r
}

// yieldingFrom returns the subiterator g is suspended in (borrowed), or Nil.
func (in *Interp) yieldingFrom(g Ref) Ref {
	f := in.genFrameOf(g)
	if f == nil || *in.RT.Uint32At(g, genState) != genSuspended || f.pc < 0 || f.pc >= len(f.code.instrs) {
		return Nil
	}
	if op, _ := compile.Decode(f.code.instrs[f.pc]); op == compile.YIELD_FROM {
		return f.lp[f.sp-1]
	}
	return Nil
}

func (in *Interp) genThrow(g Ref, args []Ref) Ref {
	rt := in.RT
	typ := args[0]
	var val, tb Ref = rt.None, rt.None
	if len(args) > 1 {
		val = args[1]
	}
	if len(args) > 2 {
		tb = args[2]
	}
	_ = tb
	// Delegate to a subiterator first.
	if sub := in.yieldingFrom(g); sub != Nil {
		rt.Incref(sub)
		defer rt.Decref(sub)
		f := in.genFrameOf(g)
		if rt.IsType(typ) && rt.IsSubtype(rt.TypeFromRef(typ), rt.ExcType("GeneratorExit")) ||
			rt.IsInstance(typ, rt.ExcType("GeneratorExit")) {
			// close the subiterator, then raise in g
			if rt.TypeOf(sub) == in.GeneratorType {
				if r := in.genClose(sub); r == Nil {
					return in.throwIn(g, f)
				} else {
					rt.Decref(r)
				}
			} else if m := rt.GetAttrString(sub, "close"); m != Nil {
				r := rt.Call(m, nil, Nil)
				rt.Decref(m)
				if r == Nil {
					return in.throwIn(g, f)
				}
				rt.Decref(r)
			} else {
				rt.ClearErr()
			}
		} else {
			var r Ref
			if rt.TypeOf(sub) == in.GeneratorType {
				*rt.Uint32At(g, genState) = genRunning
				r = in.genThrow(sub, args)
				*rt.Uint32At(g, genState) = genSuspended
			} else {
				m := rt.GetAttrString(sub, "throw")
				if m == Nil {
					rt.ClearErr()
					goto own
				}
				r = rt.Call(m, args, Nil)
				rt.Decref(m)
			}
			if r != Nil {
				return r
			}
			if rt.ErrMatchesName("StopIteration") {
				v := in.stopValue()
				rt.Decref(f.pop())
				f.push(v)
				f.pc++
				r, done := in.resume(g, rt.None, false)
				_ = done
				if done {
					in.setStopIteration(r)
					rt.Decref(r)
					return Nil
				}
				return r
			}
			return in.throwIn(g, f)
		}
	}
own:
	var exc Ref
	if rt.IsType(typ) && rt.TypeFromRef(typ).Flags&object.TypeExceptionSubclass != 0 {
		if rt.IsException(val) {
			exc = rt.New(val)
		} else if val == rt.None {
			exc = rt.Call(typ, nil, Nil)
		} else if rt.IsTuple(val) {
			exc = rt.Call(typ, rt.TupleItems(val), Nil)
		} else {
			exc = rt.Call(typ, []Ref{val}, Nil)
		}
		if exc == Nil {
			return Nil
		}
	} else if rt.IsException(typ) {
		if val != rt.None {
			rt.Raise("TypeError", "instance exception may not have a separate value")
			return Nil
		}
		exc = rt.New(typ)
	} else {
		rt.Raise("TypeError", "exceptions must be classes or instances deriving from BaseException, not %s", rt.TypeNameOf(typ))
		return Nil
	}
	rt.Restore(exc)
	return in.throwIn(g, in.genFrameOf(g))
}

// throwIn raises the set exception inside g's frame.
func (in *Interp) throwIn(g Ref, f *Frame) Ref {
	rt := in.RT
	state := rt.Uint32At(g, genState)
	if f == nil || *state == genClosed {
		return Nil
	}
	if *state == genCreated {
		// Never started: it finishes with the exception at once.
		in.releaseGenFrame(g)
		return Nil
	}
	r, done := in.resume(g, Nil, true)
	if done {
		in.setStopIteration(r)
		if r == rt.None {
			rt.ClearErr()
			args := rt.New(rt.EmptyTuple)
			rt.Restore(rt.NewException(rt.ExcType("StopIteration"), args))
			rt.Decref(args)
		}
		rt.Decref(r)
		return Nil
	}
	return r
}

func (in *Interp) genClose(g Ref) Ref {
	rt := in.RT
	state := rt.Uint32At(g, genState)
	if *state == genCreated || *state == genClosed || in.genFrameOf(g) == nil {
		in.releaseGenFrame(g)
		return rt.None
	}
	r := in.genThrow(g, []Ref{rt.ExcType("GeneratorExit").Ref})
	if r != Nil {
		rt.Decref(r)
		rt.Raise("RuntimeError", "generator ignored GeneratorExit")
		return Nil
	}
	if rt.ErrMatchesName("GeneratorExit") || rt.ErrMatchesName("StopIteration") {
		rt.ClearErr()
		return rt.None
	}
	return Nil
}
