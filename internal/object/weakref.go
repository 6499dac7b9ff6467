// Weak references: the weakref type and the clearing of an object's weak references
// when it dies (CPython's Objects/weakrefobject.c). The weakref module builds on it.

package object

import "fmt"

// A weakref is a container (its callback may be part of a cycle):
//
//	offset 0   header
//	       8   GC header
//	      16   referent  Ref    the object referred to; Nil once it is dead
//	      20   callback  Ref    called with the weakref when the referent dies; Nil for none
//	      24   hash      int64  the referent's hash, cached; -1 until computed
//	      32   next      Ref    the next weakref to the same referent
//	      36   prev      Ref
//
// An object whose type has a WeaklistOffset keeps, at that offset, the head of the
// doubly linked list of the weakrefs to it. As in CPython, a weakref without callback
// sits at the head and is shared (ref(o) is ref(o)); weakrefs with callbacks follow
// it, newest first, so their callbacks run newest first.
const (
	wrOffReferent = 16
	wrOffCallback = 20
	wrOffHash     = 24
	wrOffNext     = 32
	wrOffPrev     = 36
	wrSize        = 40
)

func (rt *Runtime) initWeakref() {
	t := rt.WeakrefType
	t.Dealloc = func(rt *Runtime, wr Ref) {
		rt.Untrack(wr)
		rt.ClearWeakref(wr)
		rt.Replace(rt.RefAt(wr, wrOffCallback), Nil)
		rt.FreeObject(wr)
	}
	t.Traverse = func(rt *Runtime, wr Ref, visit VisitFunc) bool {
		cb := *rt.RefAt(wr, wrOffCallback)
		return cb == Nil || visit(cb)
	}
	t.Clear = func(rt *Runtime, wr Ref) {
		rt.ClearWeakref(wr)
		rt.Replace(rt.RefAt(wr, wrOffCallback), Nil)
	}
	t.Call = func(rt *Runtime, wr Ref, args []Ref, kwnames Ref) Ref {
		if !rt.CheckArgs("weakref", args, kwnames, 0, 0) {
			return Nil
		}
		if o := rt.WeakrefReferent(wr); o != Nil {
			return rt.New(o)
		}
		return rt.None
	}
	t.Hash = func(rt *Runtime, wr Ref) (int64, bool) {
		hp := (*int64)(rt.field(wr, wrOffHash))
		if *hp != -1 {
			return *hp, true
		}
		o := rt.WeakrefReferent(wr)
		if o == Nil {
			rt.Raise("TypeError", "weak object has gone away")
			return 0, false
		}
		h, ok := rt.Hash(o)
		if ok {
			*hp = h
		}
		return h, ok
	}
	t.RichCompare = func(rt *Runtime, a, b Ref, op CompareOp) Ref {
		if (op != EQ && op != NE) || rt.TypeOf(b) != rt.WeakrefType {
			return rt.New(rt.NotImplemented)
		}
		oa, ob := rt.WeakrefReferent(a), rt.WeakrefReferent(b)
		if oa == Nil || ob == Nil {
			return rt.NewBool((a == b) == (op == EQ))
		}
		return rt.RichCompare(oa, ob, op)
	}
	t.Repr = func(rt *Runtime, wr Ref) Ref {
		o := rt.WeakrefReferent(wr)
		if o == Nil {
			return rt.NewStr(fmt.Sprintf("<weakref at %#x; dead>", rt.ID(wr)))
		}
		return rt.NewStr(fmt.Sprintf("<weakref at %#x; to '%s' at %#x>", rt.ID(wr), rt.TypeNameOf(o), rt.ID(o)))
	}
	t.New = func(rt *Runtime, _ *Type, args []Ref, kwnames Ref) Ref {
		if !rt.NoKwargs("weakref", kwnames) {
			return Nil
		}
		if len(args) < 1 || len(args) > 2 {
			rt.Raise("TypeError", "__new__ expected at most 2 arguments, got %d", len(args))
			return Nil
		}
		cb := Nil
		if len(args) == 2 && args[1] != rt.None {
			cb = args[1]
		}
		return rt.NewWeakref(args[0], cb)
	}
	t.GetSets = []GetSetDef{{Name: "__callback__", Get: func(rt *Runtime, wr Ref) Ref {
		if cb := *rt.RefAt(wr, wrOffCallback); cb != Nil {
			return rt.New(cb)
		}
		return rt.None
	}}}
}

// WeaklistHead returns the address of the head of r's weakref list, or nil when r's
// type does not support weak references.
func (rt *Runtime) WeaklistHead(r Ref) *Ref {
	if r&1 != 0 || r == Nil {
		return nil
	}
	t := rt.TypeOf(r)
	if t.WeaklistOffset == 0 {
		return nil
	}
	return rt.RefAt(r, t.WeaklistOffset)
}

// NewWeakref returns a weak reference to o with an optional callback (borrowed; Nil
// for none). Without a callback an existing plain weakref to o is returned instead.
func (rt *Runtime) NewWeakref(o, callback Ref) Ref {
	head := rt.WeaklistHead(o)
	if head == nil {
		rt.Raise("TypeError", "cannot create weak reference to '%s' object", rt.TypeNameOf(o))
		return Nil
	}
	basic := Nil
	if *head != Nil && *rt.RefAt(*head, wrOffCallback) == Nil {
		basic = *head
	}
	if callback == Nil && basic != Nil {
		return rt.New(basic)
	}
	wr := rt.AllocObject(rt.WeakrefType, wrSize)
	if wr == Nil {
		return Nil
	}
	head = rt.WeaklistHead(o) // allocation does not move objects, but stay safe
	*rt.RefAt(wr, wrOffReferent) = o
	*rt.RefAt(wr, wrOffCallback) = rt.New(callback)
	*(*int64)(rt.field(wr, wrOffHash)) = -1
	if callback == Nil || basic == Nil {
		// At the head.
		*rt.RefAt(wr, wrOffNext) = *head
		if *head != Nil {
			*rt.RefAt(*head, wrOffPrev) = wr
		}
		*head = wr
	} else {
		// Right after the plain weakref: callbacks run newest first.
		next := *rt.RefAt(basic, wrOffNext)
		*rt.RefAt(wr, wrOffPrev) = basic
		*rt.RefAt(wr, wrOffNext) = next
		if next != Nil {
			*rt.RefAt(next, wrOffPrev) = wr
		}
		*rt.RefAt(basic, wrOffNext) = wr
	}
	rt.Track(wr)
	return wr
}

// IsWeakref reports whether r is a weak reference or a weak proxy.
func (rt *Runtime) IsWeakref(r Ref) bool {
	if r&1 != 0 || r == Nil {
		return false
	}
	t := rt.TypeOf(r)
	return t == rt.WeakProxyType || t == rt.WeakCallableProxyType || rt.IsSubtype(t, rt.WeakrefType)
}

// WeakrefReferent returns the object a weakref refers to (borrowed), or Nil if dead.
func (rt *Runtime) WeakrefReferent(wr Ref) Ref { return *rt.RefAt(wr, wrOffReferent) }

// WeakrefCallback returns a weakref's callback (borrowed), or Nil.
func (rt *Runtime) WeakrefCallback(wr Ref) Ref { return *rt.RefAt(wr, wrOffCallback) }

// ClearWeakref detaches a weakref from its referent (which it then reports dead),
// leaving its callback in place.
func (rt *Runtime) ClearWeakref(wr Ref) {
	o := *rt.RefAt(wr, wrOffReferent)
	if o == Nil {
		return
	}
	prev, next := *rt.RefAt(wr, wrOffPrev), *rt.RefAt(wr, wrOffNext)
	if prev != Nil {
		*rt.RefAt(prev, wrOffNext) = next
	} else if head := rt.WeaklistHead(o); head != nil {
		*head = next
	}
	if next != Nil {
		*rt.RefAt(next, wrOffPrev) = prev
	}
	*rt.RefAt(wr, wrOffReferent) = Nil
	*rt.RefAt(wr, wrOffPrev), *rt.RefAt(wr, wrOffNext) = Nil, Nil
}

// WeakrefCount returns the number of weak references to o.
func (rt *Runtime) WeakrefCount(o Ref) int {
	head := rt.WeaklistHead(o)
	if head == nil {
		return 0
	}
	n := 0
	for wr := *head; wr != Nil; wr = *rt.RefAt(wr, wrOffNext) {
		n++
	}
	return n
}

// Weakrefs returns the weak references to o (borrowed), head first.
func (rt *Runtime) Weakrefs(o Ref) []Ref {
	head := rt.WeaklistHead(o)
	if head == nil {
		return nil
	}
	var out []Ref
	for wr := *head; wr != Nil; wr = *rt.RefAt(wr, wrOffNext) {
		out = append(out, wr)
	}
	return out
}

// ClearWeakrefs clears every weak reference to o, which is dying, then calls their
// callbacks in list order (CPython's PyObject_ClearWeakRefs). An exception raised by
// a callback is reported as unraisable; the exception being raised, if any, is kept.
func (rt *Runtime) ClearWeakrefs(o Ref) {
	head := rt.WeaklistHead(o)
	if head == nil || *head == Nil {
		return
	}
	saved := rt.Fetch()
	type pending struct{ wr, cb Ref }
	var calls []pending
	for *head != Nil {
		wr := *head
		cb := *rt.RefAt(wr, wrOffCallback)
		*rt.RefAt(wr, wrOffCallback) = Nil
		rt.ClearWeakref(wr)
		if cb != Nil {
			if rt.Refcnt(wr) > 0 {
				rt.Incref(wr)
				calls = append(calls, pending{wr, cb})
			} else {
				rt.Decref(cb)
			}
		}
	}
	for _, c := range calls {
		rt.callWeakrefCallback(c.wr, c.cb)
		rt.Decref(c.cb)
		rt.Decref(c.wr)
	}
	rt.Restore(saved)
}

func (rt *Runtime) callWeakrefCallback(wr, cb Ref) {
	r := rt.Call1(cb, wr)
	if r == Nil {
		rt.WriteUnraisable("", cb)
		return
	}
	rt.Decref(r)
}

// CallWeakrefCallback calls a weakref's callback for the collector, reporting an
// error as unraisable.
func (rt *Runtime) CallWeakrefCallback(wr Ref) {
	if cb := *rt.RefAt(wr, wrOffCallback); cb != Nil {
		rt.Incref(cb)
		rt.callWeakrefCallback(wr, cb)
		rt.Decref(cb)
	}
}

// WriteUnraisable reports the exception being raised, which cannot propagate (it
// happened in a finalizer, a weakref callback, the collector), through the
// UnraisableError hook: CPython's "Exception ignored in: ..." block. The exception
// is cleared.
func (rt *Runtime) WriteUnraisable(where string, obj Ref) {
	e := rt.Fetch()
	if e == Nil {
		return
	}
	if rt.hooks.UnraisableError != nil {
		rt.hooks.UnraisableError(e, where, obj)
	}
	rt.Decref(e)
}
