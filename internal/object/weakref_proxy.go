// Weak proxies: weakref.proxy objects, which forward every operation to their
// referent and raise ReferenceError once it is dead. They share the weakref layout
// (weakref.go) and sit in the same per-object list.

package object

import "fmt"

func (rt *Runtime) initWeakProxy() {
	for _, t := range []*Type{rt.WeakProxyType, rt.WeakCallableProxyType} {
		t.Dealloc = rt.WeakrefType.Dealloc
		t.Traverse = rt.WeakrefType.Traverse
		t.Clear = rt.WeakrefType.Clear
		t.Repr = func(rt *Runtime, p Ref) Ref {
			o := rt.WeakrefReferent(p)
			if o == Nil {
				return rt.NewStr(fmt.Sprintf("<weakproxy at %#x; dead>", rt.ID(p)))
			}
			return rt.NewStr(fmt.Sprintf("<weakproxy at %#x; to '%s' at %#x>", rt.ID(p), rt.TypeNameOf(o), rt.ID(o)))
		}
		t.Str = func(rt *Runtime, p Ref) Ref {
			if o := rt.proxyReferent(p); o != Nil {
				return rt.Str(o)
			}
			return Nil
		}
		t.GetAttr = func(rt *Runtime, p, name Ref) Ref {
			if o := rt.proxyReferent(p); o != Nil {
				return rt.GetAttr(o, name)
			}
			return Nil
		}
		t.SetAttr = func(rt *Runtime, p, name, v Ref) int {
			if o := rt.proxyReferent(p); o != Nil {
				return rt.SetAttr(o, name, v)
			}
			return -1
		}
		t.RichCompare = func(rt *Runtime, a, b Ref, op CompareOp) Ref {
			oa, ob := rt.unproxy(a), rt.unproxy(b)
			if oa == Nil || ob == Nil {
				return Nil
			}
			return rt.RichCompare(oa, ob, op)
		}
		t.Iter = func(rt *Runtime, p Ref) Ref {
			if o := rt.proxyReferent(p); o != Nil {
				return rt.Iter(o)
			}
			return Nil
		}
		t.Number = &NumberSlots{Bool: func(rt *Runtime, p Ref) int {
			if o := rt.proxyReferent(p); o != Nil {
				return rt.IsTrue(o)
			}
			return -1
		}}
		n := t.Number
		bin := func(op BinaryOperator) BinaryFunc {
			return func(rt *Runtime, a, b Ref) Ref {
				oa, ob := rt.unproxy(a), rt.unproxy(b)
				if oa == Nil || ob == Nil {
					return Nil
				}
				return rt.BinaryOp(oa, ob, op)
			}
		}
		n.Add, n.Subtract, n.Multiply, n.Remainder = bin(OpAdd), bin(OpSub), bin(OpMul), bin(OpMod)
		n.FloorDivide, n.TrueDivide, n.Lshift, n.Rshift = bin(OpFloorDiv), bin(OpTrueDiv), bin(OpLshift), bin(OpRshift)
		n.And, n.Xor, n.Or = bin(OpAnd), bin(OpXor), bin(OpOr)
		t.Mapping = &MappingSlots{
			Length: func(rt *Runtime, p Ref) int {
				if o := rt.proxyReferent(p); o != Nil {
					return rt.Len(o)
				}
				return -1
			},
			Subscript: func(rt *Runtime, p, key Ref) Ref {
				if o := rt.proxyReferent(p); o != Nil {
					return rt.GetItem(o, key)
				}
				return Nil
			},
			AssSubscript: func(rt *Runtime, p, key, v Ref) int {
				if o := rt.proxyReferent(p); o != Nil {
					return rt.SetItem(o, key, v)
				}
				return -1
			},
		}
		t.Sequence = &SequenceSlots{Contains: func(rt *Runtime, p, v Ref) int {
			if o := rt.proxyReferent(p); o != Nil {
				return rt.Contains(o, v)
			}
			return -1
		}}
	}
	rt.WeakProxyType.Hash = func(rt *Runtime, p Ref) (int64, bool) {
		rt.Raise("TypeError", "unhashable type: 'weakproxy'")
		return 0, false
	}
	rt.WeakCallableProxyType.Hash = func(rt *Runtime, p Ref) (int64, bool) {
		rt.Raise("TypeError", "unhashable type: 'weakcallableproxy'")
		return 0, false
	}
	rt.WeakCallableProxyType.Call = func(rt *Runtime, p Ref, args []Ref, kwnames Ref) Ref {
		if o := rt.proxyReferent(p); o != Nil {
			return rt.Call(o, args, kwnames)
		}
		return Nil
	}
}

// proxyReferent returns a proxy's live referent (borrowed), or Nil with
// ReferenceError set.
func (rt *Runtime) proxyReferent(p Ref) Ref {
	o := rt.WeakrefReferent(p)
	if o == Nil {
		rt.Raise("ReferenceError", "weakly-referenced object no longer exists")
	}
	return o
}

// unproxy returns r, or its referent if r is a proxy (Nil with ReferenceError set
// when that is dead).
func (rt *Runtime) unproxy(r Ref) Ref {
	if r&1 == 0 && r != Nil {
		if t := rt.TypeOf(r); t == rt.WeakProxyType || t == rt.WeakCallableProxyType {
			return rt.proxyReferent(r)
		}
	}
	return r
}

// NewWeakProxy returns weakref.proxy(o, callback): a callable proxy when o is
// callable. Without a callback an existing proxy to o is shared.
func (rt *Runtime) NewWeakProxy(o, callback Ref) Ref {
	head := rt.WeaklistHead(o)
	if head == nil {
		rt.Raise("TypeError", "cannot create weak reference to '%s' object", rt.TypeNameOf(o))
		return Nil
	}
	t := rt.WeakProxyType
	if rt.TypeOf(o).Call != nil {
		t = rt.WeakCallableProxyType
	}
	// CPython keeps the plain ref first, then the plain proxy; callback refs follow.
	var basicRef, basicProxy Ref
	for wr := *head; wr != Nil && *rt.RefAt(wr, wrOffCallback) == Nil; wr = *rt.RefAt(wr, wrOffNext) {
		switch rt.TypeOf(wr) {
		case rt.WeakrefType:
			basicRef = wr
		case rt.WeakProxyType, rt.WeakCallableProxyType:
			basicProxy = wr
		}
	}
	if callback == Nil && basicProxy != Nil {
		return rt.New(basicProxy)
	}
	p := rt.AllocObject(t, wrSize)
	if p == Nil {
		return Nil
	}
	*rt.RefAt(p, wrOffReferent) = o
	*rt.RefAt(p, wrOffCallback) = rt.New(callback)
	*(*int64)(rt.field(p, wrOffHash)) = -1
	after := basicRef
	if callback != Nil && basicProxy != Nil {
		after = basicProxy
	}
	if after == Nil {
		*rt.RefAt(p, wrOffNext) = *head
		if *head != Nil {
			*rt.RefAt(*head, wrOffPrev) = p
		}
		*head = p
	} else {
		next := *rt.RefAt(after, wrOffNext)
		*rt.RefAt(p, wrOffPrev) = after
		*rt.RefAt(p, wrOffNext) = next
		if next != Nil {
			*rt.RefAt(next, wrOffPrev) = p
		}
		*rt.RefAt(after, wrOffNext) = p
	}
	rt.Track(p)
	return p
}
