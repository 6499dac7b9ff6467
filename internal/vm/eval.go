// The eval loop. See doc.go.

package vm

import (
	"unsafe"

	"github.com/pyheap/pyheap/internal/compile"
	"github.com/pyheap/pyheap/internal/object"
)

// run executes an entry frame to completion and releases it (generator frames are
// released by their generator). It returns the result, or Nil with an exception set.
func (in *Interp) run(f *Frame) Ref {
	f.entry = true
	if in.stack.goDepth >= maxGoDepth {
		in.dropFrame(f)
		in.RT.Raise("RecursionError", "maximum recursion depth exceeded")
		return Nil
	}
	in.stack.goDepth++
	in.enterFrame(f)
	r := in.eval(f, false)
	in.stack.goDepth--
	return r
}

// maxGoDepth bounds the nested eval loops on the Go stack (calls from Go slots into
// Python, generator resumptions), whatever sys.setrecursionlimit says, so that no
// program can overflow the Go stack (each level takes a few KiB of it).
const maxGoDepth = 100000

func (in *Interp) enterFrame(f *Frame) {
	f.back = in.frame
	in.frame = f
	in.depth++
	in.RT.RecursionDepth++ // the object layer's recursion guard counts Python frames too
	if in.depth > in.highWater {
		in.highWater = in.depth
	}
}

// leaveFrame unlinks a frame that finished and releases it unless it belongs to a
// generator.
func (in *Interp) leaveFrame(f *Frame) {
	in.frame = f.back
	in.depth--
	in.RT.RecursionDepth--
	f.back = nil
	if !f.isGen {
		in.dropFrame(f)
	}
}

var binOps = [...]object.BinaryOperator{
	compile.BinAdd: object.OpAdd, compile.BinAnd: object.OpAnd, compile.BinFloorDiv: object.OpFloorDiv,
	compile.BinLshift: object.OpLshift, compile.BinMatMul: object.OpMatMul, compile.BinMul: object.OpMul,
	compile.BinMod: object.OpMod, compile.BinOr: object.OpOr, compile.BinPow: object.OpPow,
	compile.BinRshift: object.OpRshift, compile.BinSub: object.OpSub, compile.BinTrueDiv: object.OpTrueDiv,
	compile.BinXor: object.OpXor,
}

// smallIntOp is the inline fast path of BINARY_OP for two small ints: ok false
// means take the general path.
func smallIntOp(op int, a, b int64) (int64, bool) {
	switch op {
	case compile.BinAdd, compile.BinAdd + compile.BinInplace:
		return a + b, true
	case compile.BinSub, compile.BinSub + compile.BinInplace:
		return a - b, true
	case compile.BinMul, compile.BinMul + compile.BinInplace:
		if (a < 1<<31 && a > -1<<31) && (b < 1<<31 && b > -1<<31) {
			return a * b, true
		}
	case compile.BinAnd, compile.BinAnd + compile.BinInplace:
		return a & b, true
	case compile.BinOr, compile.BinOr + compile.BinInplace:
		return a | b, true
	case compile.BinXor, compile.BinXor + compile.BinInplace:
		return a ^ b, true
	case compile.BinFloorDiv, compile.BinFloorDiv + compile.BinInplace:
		if b != 0 {
			q := a / b
			if (a%b != 0) && ((a < 0) != (b < 0)) {
				q--
			}
			return q, true
		}
	case compile.BinMod, compile.BinMod + compile.BinInplace:
		if b != 0 {
			m := a % b
			if m != 0 && ((m < 0) != (b < 0)) {
				m += b
			}
			return m, true
		}
	}
	return 0, false
}

func (in *Interp) binaryOp(a, b Ref, op int) Ref {
	rt := in.RT
	// Floats (with small ints) take a fast path, as CPython 3.11's specialized
	// BINARY_OP does; in-place forms are the same for immutable floats.
	fop := op
	if fop >= compile.BinInplace {
		fop -= compile.BinInplace
	}
	if r, ok := rt.FloatFast(a, b, binOps[fop]); ok {
		return r
	}
	if op >= compile.BinInplace {
		o := binOps[op-compile.BinInplace]
		if o == object.OpPow {
			return rt.InplaceOp(a, b, o)
		}
		return rt.InplaceOp(a, b, o)
	}
	o := binOps[op]
	if o == object.OpPow {
		return rt.Power(a, b, rt.None)
	}
	return rt.BinaryOp(a, b, o)
}

// eval runs frame f (and the frames it calls) until the entry frame returns or
// yields. throwing means an exception is set and must be raised in f at its pc.
func (in *Interp) eval(f *Frame, throwing bool) Ref {
	rt := in.RT
	// Few variables live across the dispatch loop (in, rt, f, code): each one costs
	// register moves at the loop head of every instruction. An exception leaves the
	// inner loop for fail (or failReraise: the exception keeps its traceback), which
	// finds a handler and re-enters it.
	code := f.code.instrArray() // consts and names are read through f.code: one pointer to reload per call
	var exc Ref
	for {
		if throwing {
			throwing = false
			goto fail
		}
		for {
			ins := code[f.pc&compile.MaxArg]
			f.pc++ // the running instruction is pc-1 (Frame.lastI)
			arg := int(ins >> 8)
			switch compile.Op(ins & 0xff) {
			case compile.NOP:
			case compile.POP_TOP:
				if x := f.pop(); heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
			case compile.COPY:
				v := f.lp[f.sp-arg]
				rt.Incref(v)
				f.push(v)
			case compile.SWAP:
				f.lp[f.sp-1], f.lp[f.sp-arg] = f.lp[f.sp-arg], f.lp[f.sp-1]
			case compile.LOAD_CONST:
				v := f.code.consts[arg]
				if v&1 == 0 && *(*uint32)(rt.Ptr(v)) == 0 { // the raw count: Refcnt is too big to inline here
					in.codeRevive(v) // a nested code object comes alive
				}
				rt.Incref(v)
				f.push(v)
			case compile.LOAD_FAST:
				v := f.lp[arg]
				if v == Nil {
					rt.Raise("UnboundLocalError", "cannot access local variable '%s' where it is not associated with a value", f.code.c.LocalName(arg))
					goto fail
				}
				rt.Incref(v)
				f.push(v)
				switch next := code[f.pc&compile.MaxArg]; compile.Op(next & 0xff) {
				case compile.LOAD_FAST:
					// LOAD_FAST LOAD_FAST (a dynamic superinstruction, as CPython's).
					if w := f.lp[next>>8]; w != Nil {
						f.pc++
						rt.Incref(w)
						f.push(w)
					}
				case compile.LOAD_ATTR:
					// LOAD_FAST LOAD_ATTR (self.x): straight to the attribute,
					// without a dispatch.
					f.pc++
					arg = int(next >> 8)
					goto loadAttr
				}
			case compile.STORE_FAST:
				v := f.pop()
				old := f.lp[arg]
				f.lp[arg] = v
				if x := old; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
			case compile.DELETE_FAST:
				if f.lp[arg] == Nil {
					rt.Raise("UnboundLocalError", "cannot access local variable '%s' where it is not associated with a value", f.code.c.LocalName(arg))
					goto fail
				}
				rt.Replace(&f.lp[arg], Nil)
			case compile.LOAD_DEREF, compile.LOAD_CLASSDEREF:
				cell := f.lp[arg]
				if compile.Op(ins&0xff) == compile.LOAD_CLASSDEREF && f.locals != Nil {
					if v := rt.DictGetItem(f.locals, f.code.varname[arg]); v != Nil {
						rt.Incref(v)
						f.push(v)
						break
					}
				}
				v := *rt.RefAt(cell, cellContents)
				if v == Nil {
					in.unboundDeref(f, arg)
					goto fail
				}
				rt.Incref(v)
				f.push(v)
			case compile.STORE_DEREF:
				v := f.pop()
				rt.Replace(rt.RefAt(f.lp[arg], cellContents), v)
			case compile.DELETE_DEREF:
				slot := rt.RefAt(f.lp[arg], cellContents)
				if *slot == Nil {
					in.unboundDeref(f, arg)
					goto fail
				}
				rt.Replace(slot, Nil)
			case compile.LOAD_CLOSURE:
				v := f.lp[arg]
				rt.Incref(v)
				f.push(v)
			case compile.LOAD_GLOBAL:
				if cc := f.code.caches; cc != nil {
					// The cache hit, inline (cache.go has the rest).
					if c := &cc.global[arg]; c.gver != 0 && rt.DictKeysVersionIs(f.globals, c.gver) &&
						(c.bver == 0 || rt.DictKeysVersionIs(f.builtins, c.bver)) {
						v := *c.slot
						rt.Incref(v)
						f.push(v)
						break
					}
				}
				v := in.loadGlobal(f, arg)
				if v == Nil {
					if rt.Occurred() {
						goto fail
					}
					in.nameError(f, f.code.names[arg])
					goto fail
				}
				rt.Incref(v)
				f.push(v)
			case compile.STORE_GLOBAL:
				v := f.pop()
				r := rt.DictSetItem(f.globals, f.code.names[arg], v)
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if r < 0 {
					goto fail
				}
			case compile.DELETE_GLOBAL:
				if rt.DictDelItem(f.globals, f.code.names[arg]) < 0 {
					rt.ClearErr()
					in.nameError(f, f.code.names[arg])
					goto fail
				}
			case compile.LOAD_NAME:
				name := f.code.names[arg]
				var v Ref
				if f.locals != Nil {
					v = rt.DictGetItem(f.locals, name)
				}
				if v == Nil {
					v = rt.DictGetStr(f.globals, name)
				}
				if v == Nil {
					v = rt.DictGetStr(f.builtins, name)
				}
				if v == Nil {
					if rt.Occurred() {
						goto fail
					}
					in.nameError(f, name)
					goto fail
				}
				rt.Incref(v)
				f.push(v)
			case compile.STORE_NAME:
				v := f.pop()
				ns := f.locals
				if ns == Nil {
					ns = f.globals
				}
				var r int
				if rt.TypeOf(ns) == rt.DictType {
					r = rt.DictSetItem(ns, f.code.names[arg], v)
				} else {
					r = rt.SetItem(ns, f.code.names[arg], v)
				}
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if r < 0 {
					goto fail
				}
			case compile.DELETE_NAME:
				ns := f.locals
				if ns == Nil {
					ns = f.globals
				}
				if rt.DictDelItem(ns, f.code.names[arg]) < 0 {
					rt.ClearErr()
					in.nameError(f, f.code.names[arg])
					goto fail
				}
			case compile.LOAD_ATTR:
				goto loadAttr
			case compile.STORE_ATTR:
				if obj := f.lp[f.sp-1]; f.code.caches != nil && obj&1 == 0 {
					// Replacing an instance-dict attribute at the remembered entry,
					// or a __slots__ member, inline.
					s, tr := &f.code.caches.store[arg], rt.RawType(obj)
					c := &s.ways[0] // the way of obj's type (see loadAttr)
					if c.typ != tr {
						if c = &s.ways[1]; c.typ != tr {
							if c = &s.ways[2]; c.typ != tr {
								c = &s.ways[3]
							}
						}
					}
					if c.typ == tr && c.t.Version == c.version {
						var slot *Ref
						if c.kind == attrAbsent {
							if d := *rt.RefAt(obj, c.t.DictOffset); d != Nil {
								if slot = rt.DictHintSlot(d, f.code.names[arg], c.hint); slot != nil {
									// A value the collector may have to see makes an
									// untracked dict tracked: the general path does
									// that. Small ints, floats and strs never can.
									if v := f.lp[f.sp-2]; v&1 == 0 {
										if t := rt.RawType(v); t != rt.FloatType.Ref && t != rt.StrType.Ref && rt.MayBeTracked(v) && !rt.IsTracked(d) {
											slot = nil
										}
									}
								}
							}
						} else if c.kind == attrSlot {
							slot = rt.RefAt(obj, c.off)
						}
						if slot != nil {
							old := *slot
							*slot = f.lp[f.sp-2] // the stack's reference moves in
							f.sp -= 2
							if x := obj; heapRef(x) && rt.Unref(x) {
								rt.Dealloc(x)
							}
							if x := old; heapRef(x) && rt.Unref(x) {
								rt.Dealloc(x)
							}
							break
						}
					}
				}
				obj := f.pop()
				v := f.pop()
				r := in.storeAttr(f, obj, v, arg)
				if x := obj; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if r < 0 {
					goto fail
				}
			case compile.DELETE_ATTR:
				obj := f.pop()
				r := rt.SetAttr(obj, f.code.names[arg], Nil)
				if x := obj; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if r < 0 {
					goto fail
				}
			case compile.BINARY_OP:
				b := f.lp[f.sp-1]
				a := f.lp[f.sp-2]
				if a&b&1 != 0 {
					// Two small ints: + and - here, the rest in smallIntOp (a call).
					var v int64
					ok := true
					switch arg {
					case compile.BinAdd, compile.BinAdd + compile.BinInplace:
						v = a.SmallInt() + b.SmallInt()
					case compile.BinSub, compile.BinSub + compile.BinInplace:
						v = a.SmallInt() - b.SmallInt()
					default:
						v, ok = smallIntOp(arg, a.SmallInt(), b.SmallInt())
					}
					if ok {
						f.sp--
						if object.FitsSmallInt(v) {
							f.lp[f.sp-1] = object.MakeSmallInt(v)
						} else {
							f.lp[f.sp-1] = rt.NewInt(v)
						}
						break
					}
				} else if fr := rt.FloatType.Ref; a&1 == 0 && rt.RawType(a) == fr || b&1 == 0 && rt.RawType(b) == fr {
					// A float operand: the float path first (ints never get here).
					if (a|b)&1 == 0 && rt.RawType(a) == rt.RawType(b) {
						// Two floats: + - * inline (CPython's BINARY_OP_ADD_FLOAT
						// and friends), the result written into an operand nothing
						// else refers to, else a new float.
						x, y := *rt.FloatSlot(a), *rt.FloatSlot(b)
						var v float64
						switch arg {
						case compile.BinAdd, compile.BinAdd + compile.BinInplace:
							v = x + y
						case compile.BinSub, compile.BinSub + compile.BinInplace:
							v = x - y
						case compile.BinMul, compile.BinMul + compile.BinInplace:
							v = x * y
						default:
							goto floatCall
						}
						var r Ref
						switch {
						case *(*uint32)(rt.Ptr(a)) == 1:
							r = a
							if rt.Unref(b) {
								rt.Dealloc(b)
							}
						case *(*uint32)(rt.Ptr(b)) == 1:
							r = b
							if rt.Unref(a) {
								rt.Dealloc(a)
							}
						default:
							if r = rt.NewFloat(v); r == Nil {
								goto fail
							}
							if rt.Unref(a) { // (a == b, held by the stack alone)
								rt.Dealloc(a)
							}
							if rt.Unref(b) {
								rt.Dealloc(b)
							}
						}
						*rt.FloatSlot(r) = v
						f.sp--
						f.lp[f.sp-1] = r
						break
					}
				floatCall:
					if r, ok := rt.FloatFastSteal(a, b, binOps[arg%compile.BinInplace]); ok {
						f.sp--
						f.lp[f.sp-1] = r
						break
					}
				}
				if r, ok := rt.IntFast(a, b, binOps[arg%compile.BinInplace]); ok {
					// Ints past the tagged range that still fit 64 bits.
					f.sp--
					f.lp[f.sp-1] = r
					if x := a; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					if x := b; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					break
				}
				if r, ok := rt.FloatFastSteal(a, b, binOps[arg%compile.BinInplace]); ok {
					f.sp--
					f.lp[f.sp-1] = r
					break
				}
				if (arg == compile.BinAdd || arg == compile.BinAdd+compile.BinInplace) && (a|b)&1 == 0 &&
					rt.RawType(a) == rt.StrType.Ref && rt.RawType(b) == rt.StrType.Ref {
					// s += t (or s = s + t) with STORE_FAST s next and s held by
					// that local and the stack alone: the local lets go of it and
					// StrAppend resizes it in place, so that building a str in a
					// loop is linear (CPython 3.11's BINARY_OP_INPLACE_ADD_UNICODE).
					// On failure the local stays unbound, as in CPython.
					if next := code[f.pc&compile.MaxArg]; compile.Op(next&0xff) == compile.STORE_FAST &&
						f.lp[next>>8] == a && *(*uint32)(rt.Ptr(a)) == 2 {
						f.pc++
						f.sp -= 2
						f.lp[next>>8] = Nil
						rt.Unref(a) // 2 → 1: the stack's reference, now the only one
						st := rt.StrAppend(&a, b)
						if rt.Unref(b) {
							rt.Dealloc(b)
						}
						if st < 0 {
							goto fail
						}
						f.lp[next>>8] = a
						break
					}
				}
				r := in.binaryOp(a, b, arg)
				if r == Nil {
					goto fail
				}
				f.sp--
				f.lp[f.sp-1] = r
				if x := a; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if x := b; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
			case compile.UNARY_NEGATIVE, compile.UNARY_POSITIVE, compile.UNARY_INVERT:
				v := f.top()
				var r Ref
				if v&1 != 0 && compile.Op(ins&0xff) == compile.UNARY_NEGATIVE && v.SmallInt() != object.SmallIntMin {
					r = object.MakeSmallInt(-v.SmallInt())
				} else {
					r = rt.UnaryOp(v, [...]object.UnaryOperator{object.OpNeg, object.OpPos, object.OpInvert}[ins&0xff-uint32(compile.UNARY_NEGATIVE)])
				}
				if r == Nil {
					goto fail
				}
				f.lp[f.sp-1] = r
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
			case compile.UNARY_NOT:
				v := f.top()
				t := rt.IsTrue(v)
				if t < 0 {
					goto fail
				}
				f.lp[f.sp-1] = rt.NewBool(t == 0)
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
			case compile.COMPARE_OP:
				b := f.lp[f.sp-1]
				a := f.lp[f.sp-2]
				var r Ref
				if a&b&1 != 0 {
					x, y := int32(a), int32(b)
					var res bool
					switch object.CompareOp(arg) {
					case object.LT:
						res = x < y
					case object.LE:
						res = x <= y
					case object.EQ:
						res = x == y
					case object.NE:
						res = x != y
					case object.GT:
						res = x > y
					case object.GE:
						res = x >= y
					}
					if next := code[f.pc&compile.MaxArg]; compile.Op(next&0xff) == compile.POP_JUMP_IF_FALSE || compile.Op(next&0xff) == compile.POP_JUMP_IF_TRUE {
						// The comparison feeds a branch (CPython's
						// COMPARE_OP_INT_JUMP): no bool on the stack.
						f.sp -= 2
						f.pc++
						if res == (compile.Op(next&0xff) == compile.POP_JUMP_IF_TRUE) {
							f.pc = int(next >> 8)
						}
						break
					}
					r = rt.NewBool(res)
				} else if res, ok := rt.IntCompareFast(a, b, object.CompareOp(arg)); ok {
					r = rt.NewBool(res)
					if x := a; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					if x := b; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
				} else {
					r = rt.RichCompare(a, b, object.CompareOp(arg))
					if r == Nil {
						goto fail
					}
					if x := a; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					if x := b; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
				}
				f.sp--
				f.lp[f.sp-1] = r
			case compile.IS_OP:
				b := f.pop()
				a := f.pop()
				f.push(rt.NewBool((a == b) != (arg == 1)))
				if x := a; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if x := b; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
			case compile.CONTAINS_OP:
				b := f.pop()
				a := f.pop()
				c := rt.Contains(b, a)
				if x := a; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if x := b; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if c < 0 {
					goto fail
				}
				f.push(rt.NewBool((c == 1) != (arg == 1)))
			case compile.BINARY_SUBSCR:
				if k, o := f.lp[f.sp-1], f.lp[f.sp-2]; k&1 != 0 && o&1 == 0 && rt.RawType(o) == rt.ListType.Ref {
					// list[i] for 0 <= i < len, inline (subscrFast has the rest).
					if i := int(k.SmallInt()); uint(i) < uint(rt.ListLen(o)) {
						items := *(*Ref)(unsafe.Add(rt.Ptr(o), object.ListItemsOffset))
						v := *(*Ref)(unsafe.Add(rt.Ptr(items), uintptr(i)*4))
						rt.Incref(v)
						f.sp--
						if heapRef(o) && rt.Unref(o) {
							rt.Dealloc(o)
						}
						f.lp[f.sp-1] = v
						break
					}
				}
				if v := in.subscrFast(f.lp[f.sp-2], f.lp[f.sp-1]); v == Nil && rt.Occurred() {
					goto fail
				} else if v != Nil {
					// list[i] and tuple[i] (CPython's BINARY_SUBSCR_LIST_INT and
					// _TUPLE_INT): the index is a small int, no reference to drop.
					rt.Incref(v)
					f.sp--
					if x := f.lp[f.sp-1]; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					f.lp[f.sp-1] = v
					break
				}
				key := f.pop()
				obj := f.pop()
				v := in.getItem(obj, key)
				if x := key; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if x := obj; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if v == Nil {
					goto fail
				}
				f.push(v)
			case compile.STORE_SUBSCR:
				if slot := in.listSlot(f.lp[f.sp-2], f.lp[f.sp-1]); slot != nil {
					// list[i] = v (CPython's STORE_SUBSCR_LIST_INT).
					old := *slot
					*slot = f.lp[f.sp-3]
					if x := f.lp[f.sp-2]; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					f.lp[f.sp-3], f.lp[f.sp-2], f.lp[f.sp-1] = Nil, Nil, Nil
					f.sp -= 3
					if x := old; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					break
				}
				if obj, key := f.lp[f.sp-2], f.lp[f.sp-1]; obj&1 == 0 && rt.RawType(obj) == rt.DictType.Ref &&
					(key&1 != 0 || rt.RawType(key) == rt.StrType.Ref) {
					// d[k] = v on an exact dict with a small int or exact str key.
					v := f.lp[f.sp-3]
					r := rt.DictSetItem(obj, key, v)
					releaseAll(rt, f.lp[f.sp-3:f.sp])
					f.sp -= 3
					if r < 0 {
						goto fail
					}
					break
				}
				key := f.pop()
				obj := f.pop()
				v := f.pop()
				r := rt.SetItem(obj, key, v)
				if x := key; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if x := obj; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if r < 0 {
					goto fail
				}
			case compile.DELETE_SUBSCR:
				key := f.pop()
				obj := f.pop()
				r := rt.SetItem(obj, key, Nil)
				if x := key; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if x := obj; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if r < 0 {
					goto fail
				}
			case compile.BUILD_SLICE:
				var step Ref = rt.None
				if arg == 3 {
					step = f.pop()
				}
				stop := f.pop()
				start := f.pop()
				s := rt.NewSlice(start, stop, step)
				if x := start; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if x := stop; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if x := step; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if s == Nil {
					goto fail
				}
				f.push(s)
			case compile.BUILD_TUPLE:
				t := rt.TuplePack(f.lp[f.sp-arg : f.sp]...)
				if t == Nil {
					goto fail
				}
				f.sp -= arg
				f.push(t)
			case compile.BUILD_LIST:
				l := rt.ListFrom(f.lp[f.sp-arg : f.sp]...)
				if l == Nil {
					goto fail
				}
				for _, v := range f.lp[f.sp-arg : f.sp] {
					if x := v; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
				}
				f.sp -= arg
				f.push(l)
			case compile.BUILD_SET:
				s := in.newSet(f.lp[f.sp-arg : f.sp])
				for _, v := range f.lp[f.sp-arg : f.sp] {
					if x := v; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
				}
				f.sp -= arg
				if s == Nil {
					goto fail
				}
				f.push(s)
			case compile.BUILD_MAP:
				d := rt.NewDict()
				ok := d != Nil
				items := f.lp[f.sp-2*arg : f.sp]
				for i := 0; ok && i < len(items); i += 2 {
					if rt.DictSetItem(d, items[i], items[i+1]) < 0 {
						ok = false
					}
				}
				for _, v := range items {
					if x := v; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
				}
				clear(items)
				f.sp -= 2 * arg
				if !ok {
					if x := d; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					goto fail
				}
				f.push(d)
			case compile.BUILD_CONST_KEY_MAP:
				keys := f.pop()
				d := rt.NewDict()
				vals := f.lp[f.sp-arg : f.sp]
				for i, k := range rt.TupleItems(keys) {
					rt.DictSetItem(d, k, vals[i])
				}
				for _, v := range vals {
					if x := v; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
				}
				clear(vals)
				f.sp -= arg
				if x := keys; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				f.push(d)
			case compile.LIST_APPEND:
				v := f.pop()
				r := rt.ListAppend(f.lp[f.sp-arg], v)
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if r < 0 {
					goto fail
				}
			case compile.SET_ADD:
				v := f.pop()
				r := in.setAdd(f.lp[f.sp-arg], v)
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if r < 0 {
					goto fail
				}
			case compile.MAP_ADD:
				v := f.pop()
				k := f.pop()
				r := rt.DictSetItem(f.lp[f.sp-arg], k, v)
				if x := k; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if r < 0 {
					goto fail
				}
			case compile.LIST_EXTEND:
				v := f.pop()
				r := rt.ListExtend(f.lp[f.sp-arg], v)
				if r < 0 {
					if rt.ErrMatchesName("TypeError") && rt.TypeOf(v).Iter == nil && rt.TypeOf(v).Sequence == nil {
						rt.ClearErr()
						rt.Raise("TypeError", "Value after * must be an iterable, not %s", rt.TypeNameOf(v))
					}
					if x := v; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					goto fail
				}
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
			case compile.SET_UPDATE:
				v := f.pop()
				r := in.setUpdate(f.lp[f.sp-arg], v)
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if r < 0 {
					goto fail
				}
			case compile.DICT_UPDATE, compile.DICT_MERGE:
				v := f.pop()
				isCall := compile.Op(ins&0xff) == compile.DICT_MERGE
				var fn Ref
				if isCall {
					fn = f.lp[f.sp-arg-2]
				}
				r := in.dictMerge(f.lp[f.sp-arg], v, isCall, fn)
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if r < 0 {
					goto fail
				}
			case compile.LIST_TO_TUPLE:
				l := f.top()
				t := rt.ListAsTuple(l)
				if t == Nil {
					goto fail
				}
				f.lp[f.sp-1] = t
				if x := l; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
			case compile.BUILD_STRING:
				s := rt.StrJoinParts(f.lp[f.sp-arg : f.sp]) // the parts are exact strs (FORMAT_VALUE's)
				releaseAll(rt, f.lp[f.sp-arg:f.sp])
				f.sp -= arg
				if s == Nil {
					goto fail
				}
				f.push(s)
			case compile.FORMAT_VALUE:
				var spec Ref
				if arg&4 != 0 {
					spec = f.pop()
				}
				v := f.pop()
				switch arg & 3 {
				case 1:
					s := rt.Str(v)
					if x := v; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					v = s
				case 2:
					s := rt.Repr(v)
					if x := v; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					v = s
				case 3:
					s := rt.ReprASCII(v)
					if x := v; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					v = s
				}
				if v == Nil {
					if x := spec; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					goto fail
				}
				r := in.Format(v, spec)
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if x := spec; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if r == Nil {
					goto fail
				}
				f.push(r)
			case compile.JUMP:
				if arg < f.pc {
					if in.Budget > 0 && in.overBudget() {
						goto fail
					}
					if in.GC.Due() {
						in.frame = f
						in.GC.CollectIfDue()
						if rt.Occurred() {
							goto fail
						}
					}
					if in.slice--; in.slice == 0 {
						in.yield()
					}
				}
				f.pc = arg
			case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
				v := f.pop()
				var t int
				switch v {
				case rt.True:
					t = 1
				case rt.False, rt.None:
					t = 0
				default:
					t = rt.IsTrue(v)
				}
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if t < 0 {
					goto fail
				}
				if (t == 1) == (compile.Op(ins&0xff) == compile.POP_JUMP_IF_TRUE) {
					f.pc = arg
				}
			case compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP:
				v := f.top()
				t := rt.IsTrue(v)
				if t < 0 {
					goto fail
				}
				if (t == 1) == (compile.Op(ins&0xff) == compile.JUMP_IF_TRUE_OR_POP) {
					f.pc = arg
				} else {
					if x := f.pop(); heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
				}
			case compile.POP_JUMP_IF_NOT_NONE, compile.POP_JUMP_IF_NONE:
				v := f.pop()
				if (v == rt.None) == (compile.Op(ins&0xff) == compile.POP_JUMP_IF_NONE) {
					f.pc = arg
				}
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
			case compile.GET_ITER:
				v := f.top()
				it := rt.Iter(v)
				if it == Nil {
					goto fail
				}
				f.lp[f.sp-1] = it
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
			case compile.FOR_ITER:
				it := f.top()
				next := rt.TypeOfRaw(rt.RawType(it)).Next // TypeOf, inline (an iterator is never a small int)
				var v Ref
				if next == nil {
					rt.Raise("TypeError", "'%s' object is not an iterator", rt.TypeNameOf(it))
					goto fail
				}
				v = next(rt, it)
				if v == Nil {
					if rt.Occurred() {
						if !rt.ErrMatchesName("StopIteration") {
							goto fail
						}
						rt.ClearErr()
					}
					if x := f.pop(); heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					f.pc = arg
					break
				}
				if next := code[f.pc&compile.MaxArg]; compile.Op(next&0xff) == compile.STORE_FAST {
					// for x in ...: the item goes straight to its local (a dynamic
					// FOR_ITER + STORE_FAST superinstruction).
					f.pc++
					i := int(next >> 8)
					old := f.lp[i]
					f.lp[i] = v
					if x := old; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					break
				}
				f.push(v)
			case compile.UNPACK_SEQUENCE:
				seq := f.pop()
				if seq&1 == 0 && (rt.RawType(seq) == rt.TupleType.Ref && rt.TupleLen(seq) == arg ||
					rt.RawType(seq) == rt.ListType.Ref && rt.ListLen(seq) == arg) {
					// a, b = pair (CPython's UNPACK_SEQUENCE_TWO_TUPLE and friends).
					var items []Ref
					if rt.RawType(seq) == rt.TupleType.Ref {
						items = rt.TupleItems(seq)
					} else {
						items = rt.ListItems(seq)
					}
					for i := arg - 1; i >= 0; i-- {
						rt.Incref(items[i])
						f.push(items[i])
					}
					if x := seq; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					break
				}
				if !in.unpack(f, seq, arg, -1) {
					if x := seq; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					goto fail
				}
				if x := seq; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
			case compile.UNPACK_EX:
				seq := f.pop()
				if !in.unpack(f, seq, arg&0xff, arg>>8) {
					if x := seq; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					goto fail
				}
				if x := seq; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
			case compile.MAKE_FUNCTION:
				code := f.pop()
				fn := in.NewFunction(code, f.globals)
				if x := code; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if fn == Nil {
					goto fail
				}
				if arg&8 != 0 {
					rt.Replace(rt.RefAt(fn, fnClosure), f.pop())
				}
				if arg&4 != 0 {
					rt.Replace(rt.RefAt(fn, fnAnnotations), f.pop())
				}
				if arg&2 != 0 {
					rt.Replace(rt.RefAt(fn, fnKwdefaults), f.pop())
				}
				if arg&1 != 0 {
					rt.Replace(rt.RefAt(fn, fnDefaults), f.pop())
				}
				f.push(fn)
			case compile.LOAD_METHOD:
				if obj := f.top(); f.code.caches != nil && obj&1 == 0 {
					// The hit inline (loadMethod has the rest): a method on the
					// class that the instance dict, by its Bloom filter, cannot
					// shadow. Leaves meth obj, obj's reference moving up a slot.
					s, tr := &f.code.caches.attr[arg], rt.RawType(obj)
					c := &s.ways[0]
					if c.typ != tr {
						if c = &s.ways[1]; c.typ != tr {
							if c = &s.ways[2]; c.typ != tr {
								c = &s.ways[3]
							}
						}
					}
					if c.typ == tr && c.kind == attrModule && c.t.Version == c.version {
						// A module's function (math.sqrt(x)): Nil then the
						// function, while the module's dict keeps its keys.
						if d := *rt.RefAt(obj, c.t.DictOffset); d != Nil && rt.DictKeysVersionIs(d, c.hint) {
							v := *c.slot
							rt.Incref(v)
							f.lp[f.sp-1] = Nil
							f.push(v)
							if heapRef(obj) && rt.Unref(obj) {
								rt.Dealloc(obj)
							}
							break
						}
					}
					if c.typ == tr && c.t.Version == c.version &&
						(c.t.DictOffset == 0 || *rt.RefAt(obj, c.t.DictOffset) == Nil || !rt.DictBloomTest(*rt.RefAt(obj, c.t.DictOffset), c.bloom)) {
						if c.kind == attrMethod {
							rt.Incref(c.descr)
							f.lp[f.sp-1] = c.descr
							f.push(obj)
							break
						}
						if c.kind == attrGet && rt.RawType(c.descr) == in.StaticMethodType.Ref {
							// A staticmethod: Nil then its function (the
							// call passes no self).
							fn := *rt.RefAt(c.descr, smCallable)
							rt.Incref(fn)
							f.lp[f.sp-1] = Nil
							f.push(fn)
							if heapRef(obj) && rt.Unref(obj) {
								rt.Dealloc(obj)
							}
							break
						}
					}
				}
				if !in.loadMethod(f, arg) {
					goto fail
				}
			case compile.KW_NAMES:
				f.kwnames = f.code.consts[arg]
			case compile.CALL_METHOD:
				if f.lp[f.sp-arg-2] != Nil {
					arg++ // meth self args: self is the first argument
				} else {
					// NULL f args: close the gap, as CALL expects f args.
					copy(f.lp[f.sp-arg-2:], f.lp[f.sp-arg-1:f.sp])
					f.sp--
				}
				fallthrough
			case compile.CALL:
				kw := f.kwnames
				f.kwnames = Nil
				base := f.sp - arg - 1
				callable := f.lp[base]
				t := rt.IntType
				if callable&1 == 0 {
					t = rt.TypeOfRaw(rt.RawType(callable)) // TypeOf, inline
				}
				// A Python function to run: fn (a reference the frame takes) with
				// the arguments f.lp[lo:f.sp] (references that move), and for an
				// inline __init__ the new instance (initSelf).
				var fn, initSelf Ref
				lo := base + 1
				switch {
				case t == in.FunctionType:
					fn = callable
					f.lp[base] = Nil
				case t == in.MethodType && in.isFunction(in.field(callable, methFunc)):
					// The bound method's slot on the stack becomes self: no copy.
					fn = *rt.RefAt(callable, methFunc)
					self := *rt.RefAt(callable, methSelf)
					rt.Incref(fn) // (rt.New is a call in this function)
					rt.Incref(self)
					f.lp[base] = self
					if x := callable; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					lo = base
				case t == rt.TypeType && in.inlineInit(callable):
					// A class whose instances object.__new__ makes and whose
					// __init__ is a Python function: allocate, then run __init__
					// as an ordinary frame that returns the instance.
					ct := rt.TypeFromRef(callable)
					obj := rt.AllocObject(ct, ct.Size)
					if obj == Nil {
						goto fail
					}
					rt.Track(obj)
					fn = ct.Data.(*classInfo).initFn // inlineInit found it for this Version
					rt.Incref(fn)
					f.lp[base] = obj
					if x := callable; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					initSelf = obj
					rt.Incref(obj)
					lo = base
				default:
					in.frame = f
					r, ok := rt.CallBuiltin(callable, f.lp[base+1:f.sp], kw)
					if !ok {
						r = rt.Call(callable, f.lp[base+1:f.sp], kw)
					}
					for i := base; i < f.sp; i++ { // releaseAll, inline (the slots need no clearing)
						if x := f.lp[i]; heapRef(x) && rt.Unref(x) {
							rt.Dealloc(x)
						}
					}
					f.sp = base
					if r == Nil {
						if !rt.Occurred() {
							rt.Raise("SystemError", "error return without exception set")
						}
						goto fail
					}
					f.push(r)
					break
				}
				if fn == Nil {
					break // the default case pushed the result
				}
				// The commonest case, inline: a simple function (positional
				// parameters, no cells, not a generator) given exactly its
				// arguments, a pooled Go frame and room in the stack chunk. It is
				// enterCall + newFrame + enterFrame without the calls, each of which
				// makes the eval loop spill its registers; anything else goes
				// through them.
				ci := in.codes[*rt.Uint32At(fn, fnCodeIndex)]
				s := &in.stack
				if (f.sp-lo == ci.simpleArgc || f.sp-lo < ci.simpleArgc && in.defaultsCover(fn, ci.simpleArgc-(f.sp-lo))) &&
					kw == Nil && in.depth < in.limit && s.cur < len(s.chunks) {
					size := (uintptr(ci.frameSize)*4 + 15) &^ 15
					if c := &s.chunks[s.cur]; c.top+size <= c.size {
						nf := f.callee
						if nf == nil {
							nf = &Frame{chained: true}
							f.callee = nf
						}
						nf.code, nf.sp, nf.size = ci, ci.nlp, size
						nf.pc, nf.lasti = 0, 0
						nf.entry, nf.ownNS = false, false
						nf.kwnames, nf.gen = Nil, Nil
						nf.chunk, nf.chunkOff = s.cur, c.top
						c.top += size
						nf.lp = refsAt(unsafe.Add(c.base, nf.chunkOff), ci.frameSize)
						// The references move; the caller's slots above its new sp
						// keep stale values, which nothing reads (see Frame.pop).
						n := f.sp - lo
						for i := 0; i < n; i++ {
							nf.lp[i] = f.lp[lo+i]
						}
						if n < ci.simpleArgc {
							n = in.fillDefaults(fn, nf.lp, n, ci.simpleArgc)
						}
						for i := n; i < ci.nlp; i++ {
							nf.lp[i] = Nil
						}
						if ci.nfree > 0 {
							// A closure: its cells (COPY_FREE_VARS).
							for i, cell := range rt.TupleItems(*rt.RefAt(fn, fnClosure)) {
								rt.Incref(cell)
								nf.lp[ci.freeBase+i] = cell
							}
						}
						nf.fn = fn
						nf.initSelf = initSelf
						nf.globals = *rt.RefAt(fn, fnGlobals)
						nf.builtins = *rt.RefAt(fn, fnBuiltins)
						f.sp = base
						nf.back = f
						in.frame = nf
						in.depth++
						rt.RecursionDepth++
						if in.depth > in.highWater {
							in.highWater = in.depth
						}
						f = nf
						if in.Budget > 0 && in.overBudget() {
							goto fail
						}
						if in.GC.Due() {
							in.GC.CollectIfDue()
						}
						if in.slice--; in.slice == 0 {
							in.yield()
						}
						code = f.code.instrArray()
						break
					}
				}
				nf := in.enterCall(fn, f.lp[lo:f.sp], kw)
				if nf != nil {
					nf.initSelf = initSelf
				} else {
					if x := initSelf; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
				}
				f.sp = base
				if nf == nil {
					goto fail
				}
				if nf.isGen {
					g := in.makeGenerator(nf)
					if g == Nil {
						goto fail
					}
					f.push(g)
					break
				}
				in.enterFrame(nf)
				f = nf
				if in.Budget > 0 && in.overBudget() {
					goto fail
				}
				if in.GC.Due() {
					in.GC.CollectIfDue()
				}
				code = f.code.instrArray()
			case compile.CALL_FUNCTION_EX:
				var kwargs Ref
				if arg&1 != 0 {
					kwargs = f.pop()
				}
				args := f.pop()
				callable := f.pop()
				r := in.callEx(callable, args, kwargs)
				if x := callable; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if x := args; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if x := kwargs; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if r == Nil {
					goto fail
				}
				f.push(r)
			case compile.RETURN_VALUE:
				v := f.pop()
				var self Ref // an inline __init__ returns its instance
				if !f.entry && !f.isGen && f.obj|f.localsDict|f.locals == Nil && !f.ownNS && len(f.blocks) == 0 && f.size != 0 {
					// The commonest return, inline: leaveFrame and dropFrame's short
					// path without the calls (frame.go has the general ones).
					self = f.initSelf
					f.initSelf = Nil
					back := f.back
					in.frame = back
					in.depth--
					rt.RecursionDepth--
					f.back = nil
					for i := 0; i < f.sp; i++ {
						// The slots are not cleared: a frame's next use clears
						// its locals (newFrame, the inline CALL).
						if x := f.lp[i]; heapRef(x) && rt.Unref(x) {
							rt.Dealloc(x)
						}
					}
					if fn := f.fn; fn != Nil {
						f.fn = Nil
						if x := fn; heapRef(x) && rt.Unref(x) {
							rt.Dealloc(x)
						}
					}
					s := &in.stack
					s.chunks[f.chunk].top = f.chunkOff
					s.cur = f.chunk
					f.size = 0
					f.lp = nil
					f.code = nil // a kept frame must not keep a dead code's info alive
					if !f.chained && len(s.pool) < 256 {
						s.pool = append(s.pool, f)
					}
					f = back
				} else {
					if f.entry || f.isGen {
						if f.isGen {
							f.lasti, f.pc = f.pc-1, -1
						}
						in.leaveFrame(f)
						return v
					}
					self = f.initSelf
					f.initSelf = Nil
					back := f.back
					in.leaveFrame(f)
					f = back
				}
				code = f.code.instrArray()
				if self != Nil {
					if v != rt.None {
						rt.Raise("TypeError", "__init__() should return None, not '%s'", rt.TypeNameOf(v))
						if x := v; heapRef(x) && rt.Unref(x) {
							rt.Dealloc(x)
						}
						if x := self; heapRef(x) && rt.Unref(x) {
							rt.Dealloc(x)
						}
						goto fail
					}
					if x := v; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					v = self
				}
				f.push(v)
			case compile.YIELD_VALUE:
				v := f.pop()
				in.frame = f.back
				in.depth--
				in.RT.RecursionDepth--
				f.back = nil
				return v
			case compile.GET_YIELD_FROM_ITER:
				v := f.top()
				if rt.TypeOf(v) != in.GeneratorType {
					it := rt.Iter(v)
					if it == Nil {
						goto fail
					}
					f.lp[f.sp-1] = it
					if x := v; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
				}
			case compile.YIELD_FROM:
				v := f.pop()
				sub := f.top()
				r, done := in.send(sub, v)
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if r == Nil {
					goto fail
				}
				if done {
					if x := f.pop(); heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					f.push(r)
					break
				}
				f.pc--
				in.frame = f.back
				in.depth--
				in.RT.RecursionDepth--
				f.back = nil
				return r
			case compile.SETUP_FINALLY:
				f.blocks = append(f.blocks, block{kind: blockFinally, handler: int32(arg), level: int32(f.sp)})
			case compile.SETUP_WITH:
				mgr := f.top()
				if in.nameEnter == Nil {
					in.nameEnter, in.nameExit = in.Str("__enter__"), in.Str("__exit__")
				}
				// __enter__: a Python function on the class is called with the
				// manager as its argument, without a bound method.
				if fn := in.lookupSpecialDescr(mgr, in.nameEnter); fn != Nil && rt.TypeOf(fn) == in.FunctionType {
					exit := in.lookupSpecialRef(mgr, in.nameExit)
					if exit == Nil {
						if !rt.Occurred() {
							rt.Raise("TypeError", "'%s' object does not support the context manager protocol (missed __exit__ method)", rt.TypeNameOf(mgr))
						}
						goto fail
					}
					in.frame = f
					rt.Incref(fn)
					res := in.call1(fn, mgr)
					rt.Decref(fn)
					f.lp[f.sp-1] = exit
					if x := mgr; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					if res == Nil {
						goto fail
					}
					f.blocks = append(f.blocks, block{kind: blockFinally, handler: int32(arg), level: int32(f.sp)})
					f.push(res)
					break
				} else if rt.Occurred() {
					goto fail
				}
				enter := in.lookupSpecialRef(mgr, in.nameEnter)
				if enter == Nil {
					if !rt.Occurred() {
						rt.Raise("TypeError", "'%s' object does not support the context manager protocol", rt.TypeNameOf(mgr))
					}
					goto fail
				}
				exit := in.lookupSpecialRef(mgr, in.nameExit)
				if exit == Nil {
					if x := enter; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					if !rt.Occurred() {
						rt.Raise("TypeError", "'%s' object does not support the context manager protocol (missed __exit__ method)", rt.TypeNameOf(mgr))
					}
					goto fail
				}
				f.lp[f.sp-1] = exit
				if x := mgr; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				in.frame = f
				res := rt.Call(enter, nil, Nil)
				if x := enter; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if res == Nil {
					goto fail
				}
				f.blocks = append(f.blocks, block{kind: blockFinally, handler: int32(arg), level: int32(f.sp)})
				f.push(res)
			case compile.POP_BLOCK:
				f.blocks = f.blocks[:len(f.blocks)-1]
				if next := code[f.pc&compile.MaxArg]; compile.Op(next&0xff) == compile.JUMP && int(next>>8) > f.pc {
					// POP_BLOCK JUMP, a try body's normal way out: the forward
					// jump without a dispatch (CPython 3.11's try costs nothing;
					// this one pays SETUP_FINALLY and this).
					f.pc = int(next >> 8)
				}
			case compile.POP_EXCEPT:
				b := f.blocks[len(f.blocks)-1]
				f.blocks = f.blocks[:len(f.blocks)-1]
				if x := b.saved; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
			case compile.RERAISE:
				e := f.pop()
				rt.Restore(e)
				goto failReraise
			case compile.RAISE_VARARGS:
				in.raise(f, arg)
				if arg == 0 {
					goto failReraise
				}
				goto fail
			case compile.CHECK_EXC_MATCH:
				typ := f.pop()
				e := f.top()
				m := in.excMatches(e, typ)
				if x := typ; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if m < 0 {
					goto fail
				}
				f.push(rt.NewBool(m == 1))
			case compile.WITH_EXCEPT_START:
				e := f.lp[f.sp-1]
				exit := f.lp[f.sp-2]
				tb := *rt.ExcField(e, "traceback")
				if tb == Nil {
					tb = rt.None
				}
				in.frame = f
				r := in.call3(exit, rt.TypeRefOf(e), e, tb)
				if r == Nil {
					goto fail
				}
				f.push(r)
			case compile.LOAD_BUILD_CLASS:
				v := rt.DictGetStr(f.builtins, in.Str("__build_class__"))
				if v == Nil {
					rt.Raise("NameError", "__build_class__ not found")
					goto fail
				}
				f.push(rt.New(v))
			case compile.LOAD_ASSERTION_ERROR:
				f.push(rt.New(rt.ExcType("AssertionError").Ref))
			case compile.IMPORT_NAME:
				fromlist := f.pop()
				level := f.pop()
				in.frame = f
				m := in.importName(f, f.code.names[arg], fromlist, int(level.SmallInt()))
				if x := fromlist; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if m == Nil {
					goto fail
				}
				f.push(m)
			case compile.IMPORT_FROM:
				m := f.top()
				v := in.importFrom(m, f.code.names[arg])
				if v == Nil {
					goto fail
				}
				f.push(v)
			case compile.IMPORT_STAR:
				m := f.pop()
				r := in.importStar(f, m)
				if x := m; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if r < 0 {
					goto fail
				}
			case compile.SETUP_ANNOTATIONS:
				ns := f.locals
				if ns == Nil {
					ns = f.globals
				}
				k := in.Str("__annotations__")
				if rt.DictGetItem(ns, k) == Nil {
					d := rt.NewDict()
					rt.DictSetItem(ns, k, d)
					if x := d; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
				}
			case compile.PRINT_EXPR:
				// The interactive prompt's expression statement: sys.displayhook(v).
				v := f.pop()
				in.frame = f
				r := Nil
				if hook := in.SysAttr("displayhook"); hook == Nil {
					rt.Raise("RuntimeError", "lost sys.displayhook")
				} else {
					rt.Incref(hook)
					r = in.call1(hook, v)
					rt.Decref(hook)
				}
				if x := v; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
				if r == Nil {
					goto fail
				}
				if x := r; heapRef(x) && rt.Unref(x) {
					rt.Dealloc(x)
				}
			default:
				rt.Raise("SystemError", "unknown opcode %d", ins&0xff)
				goto fail
			}
			continue
			// The bodies of instructions reached from more than one place: their
			// own case and a dynamic superinstruction's first half (Go's goto
			// cannot enter a case's block).
		loadAttr:
			obj := f.top()
			if cc := f.code.caches; cc != nil && obj&1 == 0 {
				// The commonest hits inline: an instance-dict attribute at the
				// remembered entry, a __slots__ member (cache.go has the rest),
				// in whichever way holds obj's type (a base class's method sees
				// each subclass).
				s, tr := &cc.attr[arg], rt.RawType(obj)
				c := &s.ways[0]
				if c.typ != tr {
					if c = &s.ways[1]; c.typ != tr {
						if c = &s.ways[2]; c.typ != tr {
							c = &s.ways[3]
						}
					}
				}
				if c.typ == tr && c.t.Version == c.version {
					var v Ref
					if c.kind == attrAbsent {
						if d := *rt.RefAt(obj, c.t.DictOffset); d != Nil {
							if c.lay != 0 {
								v = rt.DictInlineValue(d, f.code.names[arg], c.hint, c.lay)
							}
							if v == Nil {
								v = rt.DictHintValue(d, f.code.names[arg], c.hint)
							}
						}
					} else if c.kind == attrSlot {
						v = *rt.RefAt(obj, c.off)
					} else if c.kind == attrValue {
						// A plain class attribute read through an instance
						// (self.SPEED), unless the instance dict shadows it.
						if c.t.DictOffset == 0 || *rt.RefAt(obj, c.t.DictOffset) == Nil || !rt.DictBloomTest(*rt.RefAt(obj, c.t.DictOffset), c.bloom) {
							v = c.descr
						}
					} else if c.kind == attrModule {
						// A module's global (math.pi) while its dict keeps its keys.
						if d := *rt.RefAt(obj, c.t.DictOffset); d != Nil && rt.DictKeysVersionIs(d, c.hint) {
							v = *c.slot
						}
					}
					if v != Nil {
						rt.Incref(v)
						f.lp[f.sp-1] = v
						if x := obj; heapRef(x) && rt.Unref(x) {
							rt.Dealloc(x)
						}
						continue
					}
				}
			}
			v := in.loadAttr(f, obj, arg)
			if v == Nil {
				in.attrErrorContext(obj, f.code.names[arg])
				goto fail
			}
			f.lp[f.sp-1] = v
			if x := obj; heapRef(x) && rt.Unref(x) {
				rt.Dealloc(x)
			}
			continue
		}
	fail:
		exc = rt.Fetch()
		if exc == Nil {
			exc = in.newExc("SystemError", "error return without exception set")
		}
		in.chainContext(f, exc)
		in.addTraceback(exc, f)
		goto unwind
	failReraise:
		exc = rt.Fetch()
		if exc == Nil {
			exc = in.newExc("SystemError", "error return without exception set")
		}
	unwind:
		for {
			// Find a handler in f.
			handled := false
			for len(f.blocks) > 0 {
				b := f.blocks[len(f.blocks)-1]
				f.blocks = f.blocks[:len(f.blocks)-1]
				for f.sp > int(b.level) {
					if x := f.pop(); heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
				}
				if b.kind == blockHandler {
					if x := b.saved; heapRef(x) && rt.Unref(x) {
						rt.Dealloc(x)
					}
					continue
				}
				f.blocks = append(f.blocks, block{kind: blockHandler, level: int32(f.sp), saved: rt.New(exc)})
				f.push(exc)
				f.pc = int(b.handler)
				handled = true
				break
			}
			if handled {
				break
			}
			in.keepLocals(exc, f)
			if f.entry || f.isGen {
				if f.isGen {
					f.lasti, f.pc = f.pc-1, -1
				}
				in.leaveFrame(f)
				rt.Restore(exc)
				return Nil
			}
			back := f.back
			in.leaveFrame(f)
			f = back
			code = f.code.instrArray()
			in.addTraceback(exc, f)
		}
	}
}

// handledIn returns the exception f is handling: the one its innermost handler
// block caught (the block stack records what each handler saved).
func (in *Interp) handledIn(f *Frame) Ref {
	for i := len(f.blocks) - 1; i >= 0; i-- {
		if f.blocks[i].kind == blockHandler {
			return f.blocks[i].saved
		}
	}
	return Nil
}

// CurrentException returns the exception being handled (sys.exc_info()), borrowed.
func (in *Interp) CurrentException() Ref {
	for f := in.frame; f != nil; f = f.back {
		if e := in.handledIn(f); e != Nil {
			return e
		}
	}
	return Nil
}

func (in *Interp) unboundDeref(f *Frame, i int) {
	c := f.code.c
	name := c.LocalName(i)
	if i-len(c.VarNames) >= len(c.CellVars) {
		in.RT.Raise("NameError", "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
	} else {
		in.RT.Raise("UnboundLocalError", "cannot access local variable '%s' where it is not associated with a value", name)
	}
}

func (in *Interp) nameError(f *Frame, name Ref) {
	rt := in.RT
	n := rt.GoString(name)
	rt.Raise("NameError", "name '%s' is not defined", n)
	e := rt.Err()
	d := rt.ExcField(e, "dict")
	if *d == Nil {
		*d = rt.NewDict()
	}
	rt.DictSetStr(*d, "name", name)
	if s := in.nameSuggestion(f, n); s != "" {
		if in.suggestions == nil {
			in.suggestions = map[Ref]string{}
		}
		in.suggestions[e] = n + "\x00" + s
	}
}

// attrErrorContext records name and obj on an AttributeError (for the suggestion).
func (in *Interp) attrErrorContext(obj, name Ref) {
	rt := in.RT
	e := rt.Err()
	if e == Nil || !rt.IsInstance(e, rt.ExcType("AttributeError")) {
		return
	}
	d := rt.ExcField(e, "dict")
	if *d == Nil {
		*d = rt.NewDict()
	}
	if rt.DictGetStr(*d, in.Str("name")) == Nil {
		rt.DictSetStr(*d, "name", name)
		rt.DictSetStr(*d, "obj", obj)
	}
}

// inlineInit reports whether calling class cls can run its __init__ inline: an
// ordinary class (object's allocation, no __new__ of its own) whose __init__ is a
// plain Python function that is not a generator.
func (in *Interp) inlineInit(cls Ref) bool {
	rt := in.RT
	ct := rt.TypeFromRef(cls)
	ci, ok := ct.Data.(*classInfo)
	if !ok {
		return false
	}
	if ci.initVersion == ct.Version {
		return ci.initInline
	}
	ci.initVersion, ci.initInline = ct.Version, false
	if ci.static != rt.ObjectType || in.userAttr(ct, "__new__") != Nil {
		return false
	}
	init := in.userAttr(ct, "__init__")
	if init == Nil || !in.isFunction(init) {
		return false
	}
	ci.initInline = in.codeOf(in.field(init, fnCode)).c.Flags&compile.FlagGenerator == 0
	ci.initFn = init
	return ci.initInline
}
