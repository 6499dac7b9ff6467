// The tuple type's representation and core. Methods are in tuple_methods.go. See
// doc.go.

package object

import "unsafe"

// A tuple is a container with its items inline:
//
//	offset 0   header
//	       8   GC header
//	      16   size   uint32
//	      20   items  size Refs
//
// A 2-tuple takes 28 bytes, a 32-byte block (CPython: 56 bytes, a 64-byte block).
// Freed tuples of 1..tupleFreeMax items are kept on per-size free lists (CPython
// 3.11: 2000 each), linked through their first item.
const (
	tupleOffSize  = 16
	tupleOffItems = 20

	tupleFreeMax   = 20
	tupleFreeLimit = 2000
)

// TupleLen returns the number of items of a tuple.
func (rt *Runtime) TupleLen(t Ref) int {
	return int(*(*uint32)(unsafe.Add(rt.base, uintptr(t)<<refShift+tupleOffSize))) // inline cost under 20
}

// TupleItems returns a tuple's items (borrowed references), a view into the heap.
func (rt *Runtime) TupleItems(t Ref) []Ref {
	return unsafe.Slice((*Ref)(rt.field(t, tupleOffItems)), rt.TupleLen(t))
}

// NewTuple returns a new tuple of n items, all Nil: the caller stores a new reference
// in each before the tuple is used. It returns Nil with MemoryError set on failure.
func (rt *Runtime) NewTuple(n int) Ref {
	if n == 0 {
		return rt.New(rt.EmptyTuple)
	}
	var t Ref
	if n <= tupleFreeMax && rt.free.tuple[n-1] != Nil {
		t = rt.free.tuple[n-1]
		rt.free.tuple[n-1] = *rt.RefAt(t, tupleOffItems)
		rt.free.tupleCount[n-1]--
		rt.hdr(t).refcnt = 1
		*rt.RefAt(t, gcOffNext), *rt.RefAt(t, gcOffPrev) = 0, 0
		// Not an allocation for the collector's count (CPython counts only
		// _PyObject_GC_Link; see internal/gc).
	} else {
		t = rt.AllocObject(rt.TupleType, tupleOffItems+uintptr(n)*4)
		if t == Nil {
			return Nil
		}
		*rt.Uint32At(t, tupleOffSize) = uint32(n)
	}
	clear(rt.TupleItems(t))
	return t
}

// TupleFrom returns a new tuple of the given items, taking a new reference to each.
func (rt *Runtime) TupleFrom(items ...Ref) Ref {
	t := rt.NewTuple(len(items))
	if t == Nil {
		return Nil
	}
	for _, it := range items {
		rt.Incref(it)
	}
	copy(rt.TupleItems(t), items)
	rt.Track(t)
	return t
}

// TuplePack returns a new tuple that steals the references in items (each a new
// reference the caller gives up, none Nil). On failure it drops them.
func (rt *Runtime) TuplePack(items ...Ref) Ref {
	t := rt.NewTuple(len(items))
	if t == Nil {
		for _, it := range items {
			rt.Decref(it)
		}
		return Nil
	}
	copy(rt.TupleItems(t), items)
	rt.Track(t)
	return t
}

func tupleDealloc(rt *Runtime, t Ref) {
	rt.Untrack(t)
	n := rt.TupleLen(t)
	items := rt.TupleItems(t)
	for i := n - 1; i >= 0; i-- { // last to first, as CPython's tupledealloc
		if v := items[i]; isHeapRef(v) && rt.Unref(v) { // Decref, inline
			rt.Dealloc(v)
		}
	}
	if rt.TypeOf(t) == rt.TupleType && n <= tupleFreeMax && rt.free.tupleCount[n-1] < tupleFreeLimit {
		*rt.RefAt(t, tupleOffItems) = rt.free.tuple[n-1]
		rt.free.tuple[n-1] = t
		rt.free.tupleCount[n-1]++
		// Not a deallocation for the collector's count, as in CPython.
		return
	}
	rt.FreeObject(t)
}

func tupleTraverse(rt *Runtime, t Ref, visit VisitFunc) bool {
	for _, it := range rt.TupleItems(t) {
		if it != Nil && !visit(it) {
			return false
		}
	}
	return true
}

// freeLists are the per-type free lists (CPython 3.11's sizes), heads of lists
// threaded through the freed objects themselves.
type freeLists struct {
	tuple      [tupleFreeMax]Ref
	tupleCount [tupleFreeMax]int
	float      Ref
	floatCount int
	list       Ref
	listCount  int
	dict       Ref
	dictCount  int
	slice      Ref // one cached slice object, as CPython's slice_cache
}
