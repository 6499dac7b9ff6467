// The list type: representation, growth, slots and methods. Sorting is in
// list_sort.go. See doc.go.

package object

import (
	"math"
	"unsafe"
)

// A list is a container holding a separately allocated array of item Refs:
//
//	list object                          item array (a block of its own)
//	offset 0   header                    allocated × Ref
//	       8   GC header
//	      16   size       uint32   items in use
//	      20   allocated  uint32   capacity of the item array
//	      24   items      Ref      the item array; Nil when allocated is 0
//	      28   flags      uint32   listSorting while list.sort runs
//
// The object is 32 bytes (CPython: 56, a 64-byte block); an item
// costs 4 bytes (CPython: 8). The array grows as CPython 3.11's list_resize does,
// so the capacity follows the same steps (0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...)
// and __sizeof__ grows at the same appends as CPython's. Items [size, allocated) are
// garbage. Freed lists (up to listFreeMax, CPython 3.11's 80) are kept on a free list
// threaded through the items field; their arrays are freed.
const (
	listOffSize      = 16
	listOffAllocated = 20
	listOffItems     = 24
	listOffFlags     = 28
	listSize         = 32

	// listSorting is set while the list's items are detached by list.sort and
	// cleared by any reallocation of the (empty-looking) list meanwhile: CPython's
	// allocated == -1 mark, by which a sort detects that it was modified.
	listSorting = 1

	listFreeMax = 80
)

// ListLen returns the number of items of a list.
func (rt *Runtime) ListLen(l Ref) int {
	return int(*(*uint32)(unsafe.Add(rt.base, uintptr(l)<<refShift+listOffSize))) // inline cost under 20
}

func (rt *Runtime) listAllocated(l Ref) int { return int(*rt.Uint32At(l, listOffAllocated)) }

func (rt *Runtime) listSetSize(l Ref, n int) { *rt.Uint32At(l, listOffSize) = uint32(n) }

// ListItems returns a list's items (borrowed references), a view into the heap that
// is invalidated by any change to the list.
// ListItemsOffset is where a list object keeps the Ref of its items block: the
// eval loop reads l[i] through it and Ptr, inline (an accessor doing both costs
// more than the loop's inline budget of 20).
const ListItemsOffset = listOffItems

func (rt *Runtime) ListItems(l Ref) []Ref {
	n := rt.ListLen(l)
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*Ref)(rt.Ptr(*rt.RefAt(l, listOffItems))), n)
}

func (rt *Runtime) listArray(l Ref) []Ref {
	a := rt.listAllocated(l)
	if a == 0 {
		return nil
	}
	return unsafe.Slice((*Ref)(rt.Ptr(*rt.RefAt(l, listOffItems))), a)
}

// IsList reports whether r is a list or an instance of a subclass.
func (rt *Runtime) IsList(r Ref) bool {
	return r&1 == 0 && r != Nil && rt.TypeOf(r).Flags&TypeListSubclass != 0
}

func (rt *Runtime) isExactList(r Ref) bool {
	return r&1 == 0 && r != Nil && rt.hdr(r).typ == rt.ListType.Ref
}

// allocList returns an empty list of type t (tracked), or Nil with MemoryError set.
func (rt *Runtime) allocList(t *Type) Ref {
	var l Ref
	if t == rt.ListType && rt.free.list != Nil {
		l = rt.free.list
		rt.free.list = *rt.RefAt(l, listOffItems)
		rt.free.listCount--
		rt.hdr(l).refcnt = 1
		*rt.RefAt(l, gcOffNext), *rt.RefAt(l, gcOffPrev) = 0, 0
		// Not an allocation for the collector's count (CPython counts only
		// _PyObject_GC_Link; see internal/gc).
	} else if l = rt.AllocObject(t, max(t.Size, listSize)); l == Nil {
		return Nil
	}
	*rt.Uint32At(l, listOffSize) = 0
	*rt.Uint32At(l, listOffAllocated) = 0
	*rt.RefAt(l, listOffItems) = Nil
	*rt.Uint32At(l, listOffFlags) = 0
	rt.Track(l)
	return l
}

// NewList returns a new list of n items, all Nil (CPython's PyList_New): the caller
// stores a new reference in each (ListItems) before the list is used. It returns Nil
// with MemoryError set on failure.
func (rt *Runtime) NewList(n int) Ref {
	l := rt.allocList(rt.ListType)
	if l == Nil || n == 0 {
		return l
	}
	if rt.listSetAllocated(l, n) < 0 {
		rt.Decref(l)
		return Nil
	}
	clear(rt.listArray(l))
	rt.listSetSize(l, n)
	return l
}

// ListFrom returns a new list of the given items, taking a new reference to each.
func (rt *Runtime) ListFrom(items ...Ref) Ref {
	l := rt.NewList(len(items))
	if l == Nil {
		return Nil
	}
	for _, it := range items {
		rt.Incref(it)
	}
	copy(rt.ListItems(l), items)
	return l
}

// listSetAllocated reallocates l's item array to exactly n slots.
func (rt *Runtime) listSetAllocated(l Ref, n int) int {
	*rt.Uint32At(l, listOffFlags) &^= listSorting
	old := *rt.RefAt(l, listOffItems)
	if n == 0 {
		*rt.RefAt(l, listOffItems) = Nil
		*rt.Uint32At(l, listOffAllocated) = 0
		if old != Nil {
			rt.heap.Free(old.Heap())
		}
		return 0
	}
	if uint64(n) > math.MaxUint32/4 {
		rt.NoMemory()
		return -1
	}
	var a Ref
	if old == Nil {
		a = Ref(rt.heap.Alloc(uintptr(n) * 4))
	} else {
		a = Ref(rt.heap.Realloc(old.Heap(), uintptr(n)*4))
	}
	if a == Nil {
		rt.NoMemory()
		return -1
	}
	*rt.RefAt(l, listOffItems) = a
	*rt.Uint32At(l, listOffAllocated) = uint32(n)
	return 0
}

// listPreallocateExact gives an empty list with no array room for n items, rounded
// up to even as CPython's list_preallocate_exact does (its allocator has 16-byte
// granularity).
func (rt *Runtime) listPreallocateExact(l Ref, n int) int {
	return rt.listSetAllocated(l, (n+1)&^1)
}

// listResize makes room for newsize items with CPython 3.11's over-allocation
// (list_resize): the capacity is kept while newsize is between half of it and all of
// it, and otherwise becomes (newsize + newsize>>3 + 6) &^ 3, or just newsize rounded
// up to 4 when that would over-allocate more than the growth itself.
func (rt *Runtime) listResize(l Ref, newsize int) int {
	allocated := rt.listAllocated(l)
	if allocated >= newsize && newsize >= allocated>>1 {
		rt.listSetSize(l, newsize)
		return 0
	}
	newAllocated := (newsize + newsize>>3 + 6) &^ 3
	if newsize-rt.ListLen(l) > newAllocated-newsize {
		newAllocated = (newsize + 3) &^ 3
	}
	if newsize == 0 {
		newAllocated = 0
	}
	if rt.listSetAllocated(l, newAllocated) < 0 {
		return -1
	}
	rt.listSetSize(l, newsize)
	return 0
}

// ListAppend appends v (borrowed) to l. It returns -1 with MemoryError set on
// failure.
func (rt *Runtime) ListAppend(l, v Ref) int {
	n := rt.ListLen(l)
	if n < rt.listAllocated(l) {
		rt.listArray(l)[n] = rt.New(v)
		rt.listSetSize(l, n+1)
		return 0
	}
	if rt.listResize(l, n+1) < 0 {
		return -1
	}
	rt.listArray(l)[n] = rt.New(v)
	return 0
}

// ListInsert inserts v (borrowed) before index i (clamped as list.insert does).
func (rt *Runtime) ListInsert(l Ref, i int, v Ref) int {
	n := rt.ListLen(l)
	if rt.listResize(l, n+1) < 0 {
		return -1
	}
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	items := rt.ListItems(l)
	copy(items[i+1:], items[i:n])
	items[i] = rt.New(v)
	return 0
}

// ListAsTuple returns a new tuple of l's items.
func (rt *Runtime) ListAsTuple(l Ref) Ref { return rt.TupleFrom(rt.ListItems(l)...) }

// ListSlice returns l[lo:hi] as a new list (0 <= lo <= hi <= len).
func (rt *Runtime) ListSlice(l Ref, lo, hi int) Ref {
	r := rt.NewList(hi - lo)
	if r == Nil {
		return Nil
	}
	src := rt.ListItems(l)[lo:hi]
	for _, it := range src {
		rt.Incref(it)
	}
	copy(rt.ListItems(r), src)
	return r
}

// listClear empties l, dropping its items after detaching them (a destructor run by
// the drops sees an empty list).
func (rt *Runtime) listClear(l Ref) {
	arr := *rt.RefAt(l, listOffItems)
	n := rt.ListLen(l)
	if arr == Nil {
		rt.listSetSize(l, 0)
		return
	}
	*rt.RefAt(l, listOffItems) = Nil
	*rt.Uint32At(l, listOffAllocated) = 0
	*rt.Uint32At(l, listOffFlags) &^= listSorting
	rt.listSetSize(l, 0)
	items := unsafe.Slice((*Ref)(rt.Ptr(arr)), n)
	for i := n - 1; i >= 0; i-- {
		if v := items[i]; isHeapRef(v) && rt.Unref(v) { // Decref, inline
			rt.Dealloc(v)
		}
	}
	rt.heap.Free(arr.Heap())
}

func listDealloc(rt *Runtime, l Ref) {
	rt.Untrack(l)
	rt.listClear(l)
	if rt.TypeOf(l) == rt.ListType && rt.free.listCount < listFreeMax {
		*rt.RefAt(l, listOffItems) = rt.free.list
		rt.free.list = l
		rt.free.listCount++
		// Not a deallocation for the collector's count, as in CPython.
		return
	}
	rt.FreeObject(l)
}

func listTraverse(rt *Runtime, l Ref, visit VisitFunc) bool {
	for _, it := range rt.ListItems(l) {
		if it != Nil && !visit(it) {
			return false
		}
	}
	return true
}

// ListExtend appends the items of any iterable (borrowed) to l, as list.extend does.
func (rt *Runtime) ListExtend(l, iterable Ref) int {
	if rt.isExactList(iterable) || rt.isExactTuple(iterable) {
		var src []Ref
		if rt.isExactList(iterable) {
			src = rt.ListItems(iterable)
		} else {
			src = rt.TupleItems(iterable)
		}
		n := len(src)
		if n == 0 {
			return 0
		}
		m := rt.ListLen(l)
		if *rt.RefAt(l, listOffItems) == Nil {
			if rt.listPreallocateExact(l, n) < 0 {
				return -1
			}
			rt.listSetSize(l, n)
		} else if rt.listResize(l, m+n) < 0 {
			return -1
		}
		// Re-read: l may be iterable itself (l.extend(l)).
		if rt.isExactList(iterable) {
			src = unsafe.Slice((*Ref)(rt.Ptr(*rt.RefAt(iterable, listOffItems))), n)
		}
		dst := rt.ListItems(l)[m:]
		for i, it := range src {
			rt.Incref(it)
			dst[i] = it
		}
		return 0
	}
	it := rt.Iter(iterable)
	if it == Nil {
		return -1
	}
	defer rt.Decref(it)
	n := rt.LengthHint(iterable, 8)
	if n < 0 {
		return -1
	}
	m := rt.ListLen(l)
	if *rt.RefAt(l, listOffItems) == Nil {
		if n > 0 && rt.listPreallocateExact(l, n) < 0 {
			return -1
		}
	} else if n > 0 {
		if rt.listResize(l, m+n) < 0 {
			return -1
		}
		rt.listSetSize(l, m)
	}
	next := rt.TypeOf(it).Next
	for {
		v := next(rt, it)
		if v == Nil {
			if rt.Occurred() {
				if !rt.ErrMatchesName("StopIteration") {
					return -1
				}
				rt.ClearErr()
			}
			break
		}
		k := rt.ListLen(l)
		if k < rt.listAllocated(l) {
			rt.listArray(l)[k] = v
			rt.listSetSize(l, k+1)
		} else {
			r := rt.ListAppend(l, v)
			rt.Decref(v)
			if r < 0 {
				return -1
			}
		}
	}
	if k := rt.ListLen(l); k < rt.listAllocated(l) {
		return rt.listResize(l, k)
	}
	return 0
}

// SequenceList returns list(iterable) (CPython's PySequence_List).
func (rt *Runtime) SequenceList(iterable Ref) Ref {
	l := rt.allocList(rt.ListType)
	if l == Nil {
		return Nil
	}
	if rt.ListExtend(l, iterable) < 0 {
		rt.Decref(l)
		return Nil
	}
	return l
}

// ctSequenceFast returns the items of a list or tuple (borrowed, holding seq), or a new
// list of any iterable's items, raising TypeError(msg) for a non-iterable. The
// caller Decrefs the returned object.
func (rt *Runtime) ctSequenceFast(v Ref, msg string) (Ref, []Ref) {
	if rt.isExactList(v) {
		return rt.New(v), rt.ListItems(v)
	}
	if rt.isExactTuple(v) {
		return rt.New(v), rt.TupleItems(v)
	}
	it := rt.Iter(v)
	if it == Nil {
		if rt.ErrMatchesName("TypeError") {
			rt.ClearErr()
			rt.Raise("TypeError", "%s", msg)
		}
		return Nil, nil
	}
	rt.Decref(it)
	l := rt.SequenceList(v)
	if l == Nil {
		return Nil, nil
	}
	return l, rt.ListItems(l)
}

// ---- slots ----

func listLength(rt *Runtime, l Ref) int { return rt.ListLen(l) }

func listItem(rt *Runtime, l Ref, i int) Ref {
	if uint(i) >= uint(rt.ListLen(l)) {
		rt.Raise("IndexError", "list index out of range")
		return Nil
	}
	return rt.New(rt.ListItems(l)[i])
}

func listAssItem(rt *Runtime, l Ref, i int, v Ref) int {
	n := rt.ListLen(l)
	if uint(i) >= uint(n) {
		rt.Raise("IndexError", "list assignment index out of range")
		return -1
	}
	if v == Nil {
		return rt.listAssSlice(l, i, i+1, Nil)
	}
	items := rt.ListItems(l)
	rt.Incref(v)
	rt.Replace(&items[i], v)
	return 0
}

// listAssSlice replaces l[lo:hi] by the items of v (any iterable), or deletes them
// when v is Nil (CPython's list_ass_slice).
func (rt *Runtime) listAssSlice(l Ref, lo, hi int, v Ref) int {
	var src []Ref
	var holder Ref
	if v != Nil {
		if v == l {
			holder = rt.ListSlice(l, 0, rt.ListLen(l))
			if holder == Nil {
				return -1
			}
			src = rt.ListItems(holder)
		} else {
			holder, src = rt.ctSequenceFast(v, "can only assign an iterable")
			if holder == Nil {
				return -1
			}
		}
		defer rt.Decref(holder)
	}
	n := rt.ListLen(l)
	lo = min(max(lo, 0), n)
	hi = min(max(hi, lo), n)
	d := len(src) - (hi - lo)
	if n+d == 0 {
		rt.listClear(l)
		return 0
	}
	// Keep the replaced items until the list is consistent again: in a buffer on
	// the Go stack, or for more than it holds a block of the private heap (as
	// CPython's recycle array, which mallocs past 8 items), never the Go heap.
	var buf [16]Ref
	recycled := buf[:0]
	if k := hi - lo; k > len(buf) {
		m := rt.heap.Alloc(uintptr(k) * 4)
		if m == 0 {
			rt.NoMemory()
			return -1
		}
		defer rt.heap.Free(m)
		recycled = unsafe.Slice((*Ref)(rt.Ptr(Ref(m))), k)[:0]
	}
	recycled = append(recycled, rt.ListItems(l)[lo:hi]...)
	if d < 0 {
		items := rt.ListItems(l)
		copy(items[hi+d:], items[hi:n])
		if rt.listResize(l, n+d) < 0 {
			return -1
		}
	} else if d > 0 {
		if rt.listResize(l, n+d) < 0 {
			return -1
		}
		items := rt.ListItems(l)
		copy(items[hi+d:], items[hi:n])
	}
	items := rt.ListItems(l)
	for i, it := range src {
		rt.Incref(it)
		items[lo+i] = it
	}
	for i := len(recycled) - 1; i >= 0; i-- {
		rt.Decref(recycled[i])
	}
	return 0
}

func listContains(rt *Runtime, l, v Ref) int {
	for i := 0; i < rt.ListLen(l); i++ {
		it := rt.ListItems(l)[i]
		rt.Incref(it)
		c := rt.RichCompareBool(it, v, EQ)
		rt.Decref(it)
		if c != 0 {
			return c
		}
	}
	return 0
}

func listConcat(rt *Runtime, a, b Ref) Ref {
	if !rt.IsList(b) {
		rt.Raise("TypeError", "can only concatenate list (not \"%s\") to list", rt.TypeNameOf(b))
		return Nil
	}
	na, nb := rt.ListLen(a), rt.ListLen(b)
	r := rt.NewList(na + nb)
	if r == Nil {
		return Nil
	}
	dst := rt.ListItems(r)
	for i, it := range rt.ListItems(a) {
		dst[i] = rt.New(it)
	}
	for i, it := range rt.ListItems(b) {
		dst[na+i] = rt.New(it)
	}
	return r
}

func listRepeat(rt *Runtime, l Ref, n int) Ref {
	size := rt.ListLen(l)
	if n <= 0 || size == 0 {
		return rt.NewList(0)
	}
	if size > math.MaxInt32/n {
		return rt.NoMemory()
	}
	r := rt.NewList(size * n)
	if r == Nil {
		return Nil
	}
	src, dst := rt.ListItems(l), rt.ListItems(r)
	for k := range n {
		copy(dst[k*size:], src)
	}
	for _, it := range src {
		if it&1 == 0 {
			rt.hdr(it).refcnt += uint32(n)
		}
	}
	return r
}

func listInplaceConcat(rt *Runtime, l, other Ref) Ref {
	if rt.ListExtend(l, other) < 0 {
		return Nil
	}
	return rt.New(l)
}

func listInplaceRepeat(rt *Runtime, l Ref, n int) Ref {
	size := rt.ListLen(l)
	if size == 0 || n == 1 {
		return rt.New(l)
	}
	if n < 1 {
		rt.listClear(l)
		return rt.New(l)
	}
	if size > math.MaxInt32/n {
		return rt.NoMemory()
	}
	if rt.listResize(l, size*n) < 0 {
		return Nil
	}
	items := rt.ListItems(l)
	for k := 1; k < n; k++ {
		copy(items[k*size:], items[:size])
	}
	for _, it := range items[:size] {
		if it&1 == 0 {
			rt.hdr(it).refcnt += uint32(n - 1)
		}
	}
	return rt.New(l)
}

func listSubscript(rt *Runtime, l, key Ref) Ref {
	if rt.IsSlice(key) {
		start, _, step, count, ok := rt.SliceIndices(key, rt.ListLen(l))
		if !ok {
			return Nil
		}
		if step == 1 {
			return rt.ListSlice(l, start, start+count)
		}
		r := rt.NewList(count)
		if r == Nil {
			return Nil
		}
		src, dst := rt.ListItems(l), rt.ListItems(r)
		for i := range count {
			dst[i] = rt.New(src[start+i*step])
		}
		return r
	}
	i, ok := rt.ctIndexKey(key, "list")
	if !ok {
		return Nil
	}
	if i < 0 {
		i += rt.ListLen(l)
	}
	return listItem(rt, l, i)
}

// ctIndexKey converts a subscript that is not a slice to an index, raising "<kind>
// indices must be integers or slices, not T" for other types.
func (rt *Runtime) ctIndexKey(key Ref, kind string) (int, bool) {
	if key&1 != 0 {
		return int(key.SmallInt()), true
	}
	if rt.IsInt(key) {
		return rt.ctIndex(key, "IndexError")
	}
	t := rt.TypeOf(key)
	if t.Number == nil || t.Number.Index == nil {
		rt.Raise("TypeError", "%s indices must be integers or slices, not %s", kind, t.Name)
		return 0, false
	}
	return rt.AsIndex(key, "IndexError")
}

func listAssSubscript(rt *Runtime, l, key, v Ref) int {
	if !rt.IsSlice(key) {
		i, ok := rt.ctIndexKey(key, "list")
		if !ok {
			return -1
		}
		if i < 0 {
			i += rt.ListLen(l)
		}
		return listAssItem(rt, l, i, v)
	}
	start, stop, step, ok := rt.SliceUnpack(key)
	if !ok {
		return -1
	}
	count := AdjustIndices(rt.ListLen(l), &start, &stop, step)
	if step == 1 {
		return rt.listAssSlice(l, start, stop, v)
	}
	if (step < 0 && start < stop) || (step > 0 && start > stop) {
		stop = start
	}
	if v == Nil {
		if count <= 0 {
			return 0
		}
		if step < 0 {
			stop = start + 1
			start = stop + step*(count-1) - 1
			step = -step
		}
		items := rt.ListItems(l)
		n := len(items)
		garbage := make([]Ref, 0, count)
		dst := start
		for cur, k := start, 0; cur < n; cur++ {
			if k < count && cur == start+k*step {
				garbage = append(garbage, items[cur])
				k++
				continue
			}
			items[dst] = items[cur]
			dst++
		}
		rt.listSetSize(l, n-count)
		r := rt.listResize(l, n-count)
		for _, g := range garbage {
			rt.Decref(g)
		}
		return r
	}
	var holder Ref
	var src []Ref
	if v == l {
		holder = rt.ListSlice(l, 0, rt.ListLen(l))
		if holder == Nil {
			return -1
		}
		src = rt.ListItems(holder)
	} else if holder, src = rt.ctSequenceFast(v, "must assign iterable to extended slice"); holder == Nil {
		return -1
	}
	defer rt.Decref(holder)
	if len(src) != count {
		rt.Raise("ValueError", "attempt to assign sequence of size %d to extended slice of size %d", len(src), count)
		return -1
	}
	if count == 0 {
		return 0
	}
	garbage := make([]Ref, count)
	items := rt.ListItems(l)
	for k, cur := 0, start; k < count; k, cur = k+1, cur+step {
		garbage[k] = items[cur]
		items[cur] = rt.New(src[k])
	}
	for _, g := range garbage {
		rt.Decref(g)
	}
	return 0
}

func listRichCompare(rt *Runtime, a, b Ref, op CompareOp) Ref {
	if !rt.IsList(a) || !rt.IsList(b) {
		return rt.New(rt.NotImplemented)
	}
	if rt.ListLen(a) != rt.ListLen(b) && (op == EQ || op == NE) {
		return rt.NewBool(op == NE)
	}
	i := 0
	for ; i < rt.ListLen(a) && i < rt.ListLen(b); i++ {
		va, vb := rt.ListItems(a)[i], rt.ListItems(b)[i]
		if va == vb {
			continue
		}
		rt.Incref(va)
		rt.Incref(vb)
		k := rt.RichCompareBool(va, vb, EQ)
		rt.Decref(va)
		rt.Decref(vb)
		if k < 0 {
			return Nil
		}
		if k == 0 {
			break
		}
	}
	if i >= rt.ListLen(a) || i >= rt.ListLen(b) {
		return rt.NewBool(ctCompareInts(rt.ListLen(a), rt.ListLen(b), op))
	}
	switch op {
	case EQ:
		return rt.False
	case NE:
		return rt.True
	}
	va, vb := rt.ListItems(a)[i], rt.ListItems(b)[i]
	rt.Incref(va)
	rt.Incref(vb)
	r := rt.RichCompare(va, vb, op)
	rt.Decref(va)
	rt.Decref(vb)
	return r
}

func ctCompareInts(a, b int, op CompareOp) bool {
	switch op {
	case LT:
		return a < b
	case LE:
		return a <= b
	case EQ:
		return a == b
	case NE:
		return a != b
	case GT:
		return a > b
	}
	return a >= b
}

func listRepr(rt *Runtime, l Ref) Ref {
	if rt.ListLen(l) == 0 {
		return rt.NewStr("[]")
	}
	if !rt.ReprEnter(l) {
		return rt.NewStr("[...]")
	}
	defer rt.ReprLeave(l)
	return rt.ctReprJoin("[", "]", func(i int) (Ref, bool) {
		if i >= rt.ListLen(l) {
			return Nil, false
		}
		return rt.ListItems(l)[i], true
	})
}

func listIter(rt *Runtime, l Ref) Ref { return rt.newSeqIter(rt.ctypes().listIter, l, 0) }

func listNew(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
	if t == rt.ListType && !rt.NoKwargs("list", kwnames) {
		return Nil
	}
	return rt.allocList(t)
}

func listInit(rt *Runtime, l Ref, args []Ref, kwnames Ref) int {
	if !rt.CheckArgs("list", args, kwnames, 0, 1) {
		return -1
	}
	if rt.ListLen(l) > 0 || rt.listAllocated(l) > 0 {
		rt.listClear(l)
	}
	if len(args) == 0 {
		return 0
	}
	it := args[0]
	if rt.ctHasLen(it) {
		n := rt.Len(it)
		if n < 0 {
			if !rt.ErrMatchesName("TypeError") {
				return -1
			}
			rt.ClearErr()
		}
		if n > 0 && *rt.RefAt(l, listOffItems) == Nil {
			if rt.listPreallocateExact(l, n) < 0 {
				return -1
			}
		}
	}
	return rt.ListExtend(l, it)
}

// ---- methods ----

func listAppendM(rt *Runtime, l Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("list.append", args, kwnames, 1, 1) {
		return Nil
	}
	if rt.ListAppend(l, args[0]) < 0 {
		return Nil
	}
	return rt.None
}

func listExtendM(rt *Runtime, l Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("list.extend", args, kwnames, 1, 1) {
		return Nil
	}
	if rt.ListExtend(l, args[0]) < 0 {
		return Nil
	}
	return rt.None
}

func listInsertM(rt *Runtime, l Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("list.insert", args, kwnames, 2, 2) {
		return Nil
	}
	i, ok := rt.ctIndex(args[0], "OverflowError")
	if !ok {
		return Nil
	}
	if rt.ListInsert(l, i, args[1]) < 0 {
		return Nil
	}
	return rt.None
}

func listPopM(rt *Runtime, l Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("list.pop", args, kwnames, 0, 1) {
		return Nil
	}
	i := -1
	if len(args) == 1 {
		var ok bool
		if i, ok = rt.ctIndex(args[0], "OverflowError"); !ok {
			return Nil
		}
	}
	n := rt.ListLen(l)
	if n == 0 {
		rt.Raise("IndexError", "pop from empty list")
		return Nil
	}
	if i < 0 {
		i += n
	}
	if uint(i) >= uint(n) {
		rt.Raise("IndexError", "pop index out of range")
		return Nil
	}
	items := rt.ListItems(l)
	v := items[i]
	copy(items[i:], items[i+1:])
	if rt.listResize(l, n-1) < 0 {
		// Cannot shrink: keep the size anyway (shrinking never needs memory in
		// practice, but stay consistent).
		rt.ClearErr()
		rt.listSetSize(l, n-1)
	}
	return v
}

func listRemoveM(rt *Runtime, l Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("list.remove", args, kwnames, 1, 1) {
		return Nil
	}
	for i := 0; i < rt.ListLen(l); i++ {
		it := rt.ListItems(l)[i]
		rt.Incref(it)
		c := rt.RichCompareBool(it, args[0], EQ)
		rt.Decref(it)
		if c < 0 {
			return Nil
		}
		if c > 0 {
			if rt.listAssSlice(l, i, i+1, Nil) < 0 {
				return Nil
			}
			return rt.None
		}
	}
	rt.Raise("ValueError", "list.remove(x): x not in list")
	return Nil
}

// ctSliceIndexArgs converts the optional start and stop of index() (CPython's
// _PyEval_SliceIndexNotNone) and adjusts them to n.
func (rt *Runtime) ctSliceIndexArgs(args []Ref, n int) (start, stop int, ok bool) {
	start, stop = 0, math.MaxInt
	for k, p := range []*int{&start, &stop} {
		if len(args) > k {
			v := args[k]
			if v&1 == 0 && (rt.TypeOf(v).Number == nil || rt.TypeOf(v).Number.Index == nil) {
				rt.Raise("TypeError", "slice indices must be integers or have an __index__ method")
				return 0, 0, false
			}
			if *p, ok = rt.sliceIndex(v); !ok {
				return 0, 0, false
			}
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if stop < 0 {
		stop += n
		if stop < 0 {
			stop = 0
		}
	}
	return start, stop, true
}

func listIndexM(rt *Runtime, l Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("list.index", args, kwnames, 1, 3) {
		return Nil
	}
	start, stop, ok := rt.ctSliceIndexArgs(args[1:], rt.ListLen(l))
	if !ok {
		return Nil
	}
	for i := start; i < stop && i < rt.ListLen(l); i++ {
		it := rt.ListItems(l)[i]
		rt.Incref(it)
		c := rt.RichCompareBool(it, args[0], EQ)
		rt.Decref(it)
		if c < 0 {
			return Nil
		}
		if c > 0 {
			return rt.NewInt(int64(i))
		}
	}
	r := rt.Repr(args[0])
	if r == Nil {
		return Nil
	}
	rt.Raise("ValueError", "%s is not in list", rt.GoString(r))
	rt.Decref(r)
	return Nil
}

func listCountM(rt *Runtime, l Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("list.count", args, kwnames, 1, 1) {
		return Nil
	}
	count := 0
	for i := 0; i < rt.ListLen(l); i++ {
		it := rt.ListItems(l)[i]
		rt.Incref(it)
		c := rt.RichCompareBool(it, args[0], EQ)
		rt.Decref(it)
		if c < 0 {
			return Nil
		}
		count += c
	}
	return rt.NewInt(int64(count))
}

func listClearM(rt *Runtime, l Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("list.clear", args, kwnames, 0, 0) {
		return Nil
	}
	rt.listClear(l)
	return rt.None
}

func listCopyM(rt *Runtime, l Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("list.copy", args, kwnames, 0, 0) {
		return Nil
	}
	return rt.ListSlice(l, 0, rt.ListLen(l))
}

func listReverseM(rt *Runtime, l Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("list.reverse", args, kwnames, 0, 0) {
		return Nil
	}
	ctReverseRefs(rt.ListItems(l))
	return rt.None
}

func ctReverseRefs(s []Ref) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func listSizeofM(rt *Runtime, l Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("list.__sizeof__", args, kwnames, 0, 0) {
		return Nil
	}
	return rt.NewInt(int64(rt.heap.UsableSize(l.Heap()) + uintptr(rt.listAllocated(l))*4))
}

func listReversedM(rt *Runtime, l Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("list.__reversed__", args, kwnames, 0, 0) {
		return Nil
	}
	return rt.newSeqIter(rt.ctypes().listRevIter, l, rt.ListLen(l)-1)
}

// ctSlotMethod wraps a binary slot as a method taking one argument.
func ctSlotMethod(name string, f func(rt *Runtime, self, arg Ref) Ref) MethodDef {
	return MethodDef{Name: ctLastName(name), Fn: func(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
		if !rt.ctArgs(name, args, kwnames, 1, 1) {
			return Nil
		}
		return f(rt, self, args[0])
	}}
}

func (rt *Runtime) initList() {
	t := rt.ListType
	t.Size = listSize
	t.Dealloc = listDealloc
	t.Traverse = listTraverse
	t.Clear = func(rt *Runtime, l Ref) { rt.listClear(l) }
	t.Repr = listRepr
	t.RichCompare = listRichCompare
	t.Iter = listIter
	t.New = listNew
	t.Init = listInit
	t.Sequence = &SequenceSlots{
		Length:        listLength,
		Concat:        listConcat,
		Repeat:        listRepeat,
		Item:          listItem,
		AssItem:       listAssItem,
		Contains:      listContains,
		InplaceConcat: listInplaceConcat,
		InplaceRepeat: listInplaceRepeat,
	}
	t.Mapping = &MappingSlots{Length: listLength, Subscript: listSubscript, AssSubscript: listAssSubscript}
	t.Methods = []MethodDef{
		{Name: "append", Fn: listAppendM},
		{Name: "extend", Fn: listExtendM},
		{Name: "insert", Fn: listInsertM},
		{Name: "pop", Fn: listPopM},
		{Name: "remove", Fn: listRemoveM},
		{Name: "index", Fn: listIndexM},
		{Name: "count", Fn: listCountM},
		{Name: "clear", Fn: listClearM},
		{Name: "copy", Fn: listCopyM},
		{Name: "reverse", Fn: listReverseM},
		{Name: "sort", Fn: listSortM},
		{Name: "__sizeof__", Fn: listSizeofM},
		{Name: "__reversed__", Fn: listReversedM},
		ctSlotMethod("list.__getitem__", listSubscript),
		ctSlotMethod("list.__contains__", func(rt *Runtime, l, v Ref) Ref {
			c := listContains(rt, l, v)
			if c < 0 {
				return Nil
			}
			return rt.NewBool(c > 0)
		}),
	}

	ct := rt.ctypes()
	ct.listIter = rt.defIterType("list_iterator", seqItSize, true)
	ct.listIter.Next = func(rt *Runtime, it Ref) Ref {
		// Every for loop over a list comes here: the item is read through the
		// list's items pointer directly (ListItems builds a checked slice).
		pi := rt.Ptr(it)
		l := *(*Ref)(unsafe.Add(pi, seqItOffSeq))
		if l == Nil {
			return Nil
		}
		i := (*int32)(unsafe.Add(pi, seqItOffIndex))
		pl := rt.Ptr(l)
		if uint32(*i) < *(*uint32)(unsafe.Add(pl, listOffSize)) {
			v := *(*Ref)(unsafe.Add(rt.Ptr(*(*Ref)(unsafe.Add(pl, listOffItems))), uintptr(*i)*4))
			*i++
			rt.Incref(v)
			return v
		}
		rt.Replace(rt.RefAt(it, seqItOffSeq), Nil)
		return Nil
	}
	ct.listIter.Methods = []MethodDef{{Name: "__length_hint__", Fn: func(rt *Runtime, it Ref, args []Ref, kwnames Ref) Ref {
		l := *rt.RefAt(it, seqItOffSeq)
		if l == Nil {
			return MakeSmallInt(0)
		}
		return rt.NewInt(int64(max(rt.ListLen(l)-int(*seqItIndex(rt, it)), 0)))
	}}}
	ct.listRevIter = rt.defIterType("list_reverseiterator", seqItSize, true)
	ct.listRevIter.Next = func(rt *Runtime, it Ref) Ref {
		l := *rt.RefAt(it, seqItOffSeq)
		if l == Nil {
			return Nil
		}
		i := seqItIndex(rt, it)
		if *i >= 0 && int(*i) < rt.ListLen(l) {
			v := rt.ListItems(l)[*i]
			*i--
			return rt.New(v)
		}
		*i = -1
		rt.Replace(rt.RefAt(it, seqItOffSeq), Nil)
		return Nil
	}
	ct.listRevIter.Methods = []MethodDef{{Name: "__length_hint__", Fn: func(rt *Runtime, it Ref, args []Ref, kwnames Ref) Ref {
		l := *rt.RefAt(it, seqItOffSeq)
		i := int(*seqItIndex(rt, it)) + 1
		if l == Nil || i > rt.ListLen(l) {
			return MakeSmallInt(0)
		}
		return rt.NewInt(int64(i))
	}}}
}
