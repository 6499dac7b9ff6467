// list.sort: CPython 3.11's timsort, step for step (natural runs, binary insertion up
// to minrun, powersort's merge order, galloping merges), so that a sort makes the
// same comparisons in the same order as CPython's: the same exceptions, the same
// results for inconsistent orders, the same behaviour on partially ordered data.

package object

import "unsafe"

// sortState sorts keys, moving vals (nil without a key function) alongside.
//
// A sort makes no Go memory (sorted(x, key=f) runs in loops): the key array and the
// merge buffer are blocks of the private heap, as CPython's are PyMem blocks, freed
// when the sort ends, and the stack of pending runs is a fixed array.
type sortState struct {
	rt   *Runtime
	keys []Ref
	vals []Ref
	tmpK []Ref // the merge buffer: views of the block tmp
	tmpV []Ref
	tmp  Ref // the merge buffer's block (Nil until a merge needs one)

	// kind is what every key is (CPython's pre-sort scan, unsafe_*_compare): then
	// the comparison is made here, without RichCompareBool's dispatch, which for
	// these types has no effect but its answer. For tuples, elem is what every
	// first item is. count numbers the comparisons, for the interrupt check points.
	kind  sortKind
	elem  sortKind
	count uint32

	pending   [maxMergePending]sortRun
	npending  int
	minGallop int
}

// maxMergePending bounds the stack of pending runs: powersort keeps at most one run
// per bit of the list's length (CPython's MAX_MERGE_PENDING).
const maxMergePending = 64

// lt returns 1 if a < b, 0 if not, -1 on error. Every 4096th comparison is a check
// point for the host's interrupt, so sorting a huge list stops promptly too.
func (s *sortState) lt(a, b Ref) int {
	if s.count++; s.count&4095 == 0 && s.rt.CheckInterrupt() {
		return -1
	}
	if s.kind == sortSmall {
		if int32(a) < int32(b) {
			return 1
		}
		return 0
	}
	if s.kind == sortTuple {
		return s.tupleLT(a, b)
	}
	return s.ltKind(s.kind, a, b)
}

// sortKind is a class of keys whose order the sort computes itself.
type sortKind uint8

const (
	sortAny    sortKind = iota // RichCompareBool
	sortSmall                  // small ints
	sortFloat                  // exact floats
	sortLatin1                 // exact strs of one byte per character
	sortTuple                  // exact tuples (their first items: elem)
)

// keyKind returns the class k belongs to, sortAny when none.
func (rt *Runtime) keyKind(k Ref) sortKind {
	switch {
	case k&1 != 0:
		return sortSmall
	case rt.hdr(k).typ == rt.FloatType.Ref:
		return sortFloat
	case rt.hdr(k).typ == rt.StrType.Ref && rt.StrKind(k) == 1:
		return sortLatin1
	case rt.hdr(k).typ == rt.TupleType.Ref && rt.TupleLen(k) > 0:
		return sortTuple
	}
	return sortAny
}

// scanKeys sets kind (and elem) when every key is of one class.
func (s *sortState) scanKeys() {
	rt := s.rt
	s.kind, s.elem = sortAny, sortAny
	if len(s.keys) == 0 {
		return
	}
	kind := rt.keyKind(s.keys[0])
	for _, k := range s.keys[1:] {
		if kind == sortAny {
			return
		}
		if rt.keyKind(k) != kind {
			return
		}
	}
	s.kind = kind
	if kind != sortTuple {
		return
	}
	elem := rt.keyKind(rt.TupleItems(s.keys[0])[0])
	if elem == sortTuple {
		elem = sortAny // nested tuples: the general comparison
	}
	for _, k := range s.keys[1:] {
		if elem == sortAny {
			break
		}
		if rt.keyKind(rt.TupleItems(k)[0]) != elem {
			elem = sortAny
		}
	}
	s.elem = elem
}

// ltKind compares two keys of class kind (not sortTuple).
func (s *sortState) ltKind(kind sortKind, a, b Ref) int {
	rt := s.rt
	var lt bool
	switch kind {
	case sortSmall:
		lt = int32(a) < int32(b)
	case sortFloat:
		lt = rt.FloatValue(a) < rt.FloatValue(b)
	case sortLatin1:
		x, y := rt.StrData(a), rt.StrData(b)
		n := min(len(x), len(y))
		i := 0
		for i < n && x[i] == y[i] {
			i++
		}
		if i < n {
			lt = x[i] < y[i]
		} else {
			lt = len(x) < len(y)
		}
	default:
		return rt.RichCompareBool(a, b, LT)
	}
	if lt {
		return 1
	}
	return 0
}

// tupleLT compares two tuples as tuple's < does (CPython's unsafe_tuple_compare):
// the first items that differ by ==, then <, the first pair with the class of
// first items.
func (s *sortState) tupleLT(a, b Ref) int {
	rt := s.rt
	x, y := rt.TupleItems(a), rt.TupleItems(b)
	n := min(len(x), len(y))
	i := 0
	for ; i < n; i++ {
		if x[i] == y[i] {
			continue
		}
		if x[i]&y[i]&1 != 0 {
			break // two different small ints
		}
		eq := rt.RichCompareBool(x[i], y[i], EQ)
		if eq < 0 {
			return -1
		}
		if eq == 0 {
			break
		}
	}
	if i >= n {
		if len(x) < len(y) {
			return 1
		}
		return 0
	}
	if i == 0 {
		return s.ltKind(s.elem, x[0], y[0])
	}
	return rt.RichCompareBool(x[i], y[i], LT)
}

func (s *sortState) reverse(lo, hi int) {
	ctReverseRefs(s.keys[lo:hi])
	if s.vals != nil {
		ctReverseRefs(s.vals[lo:hi])
	}
}

// countRun returns the length of the run starting at lo, and whether it is strictly
// descending (CPython's count_run).
func (s *sortState) countRun(lo, hi int) (int, bool, bool) {
	if lo+1 == hi {
		return 1, false, true
	}
	n := 2
	c := s.lt(s.keys[lo+1], s.keys[lo])
	if c < 0 {
		return 0, false, false
	}
	if c > 0 {
		for i := lo + 2; i < hi; i, n = i+1, n+1 {
			c := s.lt(s.keys[i], s.keys[i-1])
			if c < 0 {
				return 0, false, false
			}
			if c == 0 {
				break
			}
		}
		return n, true, true
	}
	for i := lo + 2; i < hi; i, n = i+1, n+1 {
		c := s.lt(s.keys[i], s.keys[i-1])
		if c < 0 {
			return 0, false, false
		}
		if c > 0 {
			break
		}
	}
	return n, false, true
}

// binarySort extends the sorted [lo, start) to [lo, hi) by binary insertion.
func (s *sortState) binarySort(lo, hi, start int) bool {
	if lo == start {
		start++
	}
	for ; start < hi; start++ {
		l, r := lo, start
		pivot := s.keys[r]
		for l < r {
			p := l + (r-l)>>1
			c := s.lt(pivot, s.keys[p])
			if c < 0 {
				return false
			}
			if c > 0 {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(s.keys[l+1:start+1], s.keys[l:start])
		s.keys[l] = pivot
		if s.vals != nil {
			pv := s.vals[start]
			copy(s.vals[l+1:start+1], s.vals[l:start])
			s.vals[l] = pv
		}
	}
	return true
}

const minGallop = 7

// arrays of a sortState: the list's items (keys, vals) and the merge buffer.
const (
	mainArr = iota
	tmpArr
)

func (s *sortState) arr(which int) ([]Ref, []Ref) {
	if which == mainArr {
		return s.keys, s.vals
	}
	return s.tmpK, s.tmpV
}

// move copies n entries (keys and values) from src[si:] to dst[di:], overlapping or
// not (memmove).
func (s *sortState) move(dst, di, src, si, n int) {
	if n <= 0 {
		return
	}
	dk, dv := s.arr(dst)
	sk, sv := s.arr(src)
	copy(dk[di:di+n], sk[si:si+n])
	if s.vals != nil {
		copy(dv[di:di+n], sv[si:si+n])
	}
}

// getmem makes the merge buffer hold at least n entries. It returns false with
// MemoryError set when the heap is full.
func (s *sortState) getmem(n int) bool {
	if len(s.tmpK) >= n {
		return true
	}
	rt := s.rt
	s.freemem()
	per := uintptr(4) // a key, and a value with a key function
	if s.vals != nil {
		per = 8
	}
	b := Ref(rt.heap.Alloc(uintptr(n) * per))
	if b == Nil {
		rt.NoMemory()
		return false
	}
	s.tmp = b
	s.tmpK = rt.listItemsOf(b, n)
	if s.vals != nil {
		s.tmpV = unsafe.Slice((*Ref)(unsafe.Add(rt.Ptr(b), 4*n)), n)
	}
	return true
}

// freemem frees the merge buffer.
func (s *sortState) freemem() {
	if s.tmp != Nil {
		s.rt.heap.Free(s.tmp.Heap())
		s.tmp, s.tmpK, s.tmpV = Nil, nil, nil
	}
}

// gallopLeft returns the leftmost position in the sorted a where key belongs
// (CPython's gallop_left), or -1 when a comparison raised.
func (s *sortState) gallopLeft(key Ref, a []Ref, hint int) int {
	n := len(a)
	lastofs, ofs := 0, 1
	c := s.lt(a[hint], key)
	if c < 0 {
		return -1
	}
	if c > 0 {
		maxofs := n - hint
		for ofs < maxofs {
			c := s.lt(a[hint+ofs], key)
			if c < 0 {
				return -1
			}
			if c == 0 {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	} else {
		maxofs := hint + 1
		for ofs < maxofs {
			c := s.lt(a[hint-ofs], key)
			if c < 0 {
				return -1
			}
			if c > 0 {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		c := s.lt(a[m], key)
		if c < 0 {
			return -1
		}
		if c > 0 {
			lastofs = m + 1
		} else {
			ofs = m
		}
	}
	return ofs
}

// gallopRight returns the rightmost position in the sorted a where key belongs
// (CPython's gallop_right), or -1 when a comparison raised.
func (s *sortState) gallopRight(key Ref, a []Ref, hint int) int {
	n := len(a)
	lastofs, ofs := 0, 1
	c := s.lt(key, a[hint])
	if c < 0 {
		return -1
	}
	if c > 0 {
		maxofs := hint + 1
		for ofs < maxofs {
			c := s.lt(key, a[hint-ofs])
			if c < 0 {
				return -1
			}
			if c == 0 {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	} else {
		maxofs := n - hint
		for ofs < maxofs {
			c := s.lt(key, a[hint+ofs])
			if c < 0 {
				return -1
			}
			if c > 0 {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		c := s.lt(key, a[m])
		if c < 0 {
			return -1
		}
		if c > 0 {
			ofs = m
		} else {
			lastofs = m + 1
		}
	}
	return ofs
}

// mergeLo merges the runs at pa (na items) and pb = pa+na (nb items), na <= nb,
// with a buffer of na items (CPython's merge_lo). On error every item is still in
// the array once.
func (s *sortState) mergeLo(pa, na, pb, nb int) bool {
	if !s.getmem(na) {
		return false
	}
	s.move(tmpArr, 0, mainArr, pa, na)
	dest, a, b := pa, 0, pb
	ok := true
	s.move(mainArr, dest, mainArr, b, 1)
	dest, b, nb = dest+1, b+1, nb-1
	if nb == 0 {
		goto done
	}
	if na == 1 {
		goto copyB
	}
	for mg := s.minGallop; ; {
		acount, bcount := 0, 0
		for {
			c := s.lt(s.keys[b], s.tmpK[a])
			if c < 0 {
				ok = false
				goto done
			}
			if c > 0 {
				s.move(mainArr, dest, mainArr, b, 1)
				dest, b, nb = dest+1, b+1, nb-1
				bcount++
				acount = 0
				if nb == 0 {
					goto done
				}
				if bcount >= mg {
					break
				}
			} else {
				s.move(mainArr, dest, tmpArr, a, 1)
				dest, a, na = dest+1, a+1, na-1
				acount++
				bcount = 0
				if na == 1 {
					goto copyB
				}
				if acount >= mg {
					break
				}
			}
		}
		mg++
		for {
			if mg > 1 {
				mg--
			}
			s.minGallop = mg
			k := s.gallopRight(s.keys[b], s.tmpK[a:a+na], 0)
			if k < 0 {
				ok = false
				goto done
			}
			acount = k
			if k > 0 {
				s.move(mainArr, dest, tmpArr, a, k)
				dest, a, na = dest+k, a+k, na-k
				if na == 1 {
					goto copyB
				}
				if na == 0 {
					goto done
				}
			}
			s.move(mainArr, dest, mainArr, b, 1)
			dest, b, nb = dest+1, b+1, nb-1
			if nb == 0 {
				goto done
			}
			k = s.gallopLeft(s.tmpK[a], s.keys[b:b+nb], 0)
			if k < 0 {
				ok = false
				goto done
			}
			bcount = k
			if k > 0 {
				s.move(mainArr, dest, mainArr, b, k)
				dest, b, nb = dest+k, b+k, nb-k
				if nb == 0 {
					goto done
				}
			}
			s.move(mainArr, dest, tmpArr, a, 1)
			dest, a, na = dest+1, a+1, na-1
			if na == 1 {
				goto copyB
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		mg++
		s.minGallop = mg
	}
done:
	s.move(mainArr, dest, tmpArr, a, na)
	return ok
copyB:
	s.move(mainArr, dest, mainArr, b, nb)
	s.move(mainArr, dest+nb, tmpArr, a, 1)
	return true
}

// mergeHi is mergeLo for na > nb, merging from the right with a buffer of nb items
// (CPython's merge_hi).
func (s *sortState) mergeHi(pa, na, pb, nb int) bool {
	if !s.getmem(nb) {
		return false
	}
	s.move(tmpArr, 0, mainArr, pb, nb)
	basea := pa
	dest, a, b := pb+nb-1, pa+na-1, nb-1
	ok := true
	s.move(mainArr, dest, mainArr, a, 1)
	dest, a, na = dest-1, a-1, na-1
	if na == 0 {
		goto done
	}
	if nb == 1 {
		goto copyA
	}
	for mg := s.minGallop; ; {
		acount, bcount := 0, 0
		for {
			c := s.lt(s.tmpK[b], s.keys[a])
			if c < 0 {
				ok = false
				goto done
			}
			if c > 0 {
				s.move(mainArr, dest, mainArr, a, 1)
				dest, a, na = dest-1, a-1, na-1
				acount++
				bcount = 0
				if na == 0 {
					goto done
				}
				if acount >= mg {
					break
				}
			} else {
				s.move(mainArr, dest, tmpArr, b, 1)
				dest, b, nb = dest-1, b-1, nb-1
				bcount++
				acount = 0
				if nb == 1 {
					goto copyA
				}
				if bcount >= mg {
					break
				}
			}
		}
		mg++
		for {
			if mg > 1 {
				mg--
			}
			s.minGallop = mg
			k := s.gallopRight(s.tmpK[b], s.keys[basea:basea+na], na-1)
			if k < 0 {
				ok = false
				goto done
			}
			k = na - k
			acount = k
			if k > 0 {
				dest, a = dest-k, a-k
				s.move(mainArr, dest+1, mainArr, a+1, k)
				na -= k
				if na == 0 {
					goto done
				}
			}
			s.move(mainArr, dest, tmpArr, b, 1)
			dest, b, nb = dest-1, b-1, nb-1
			if nb == 1 {
				goto copyA
			}
			k = s.gallopLeft(s.keys[a], s.tmpK[:nb], nb-1)
			if k < 0 {
				ok = false
				goto done
			}
			k = nb - k
			bcount = k
			if k > 0 {
				dest, b = dest-k, b-k
				s.move(mainArr, dest+1, tmpArr, b+1, k)
				nb -= k
				if nb == 1 {
					goto copyA
				}
				if nb == 0 {
					goto done
				}
			}
			s.move(mainArr, dest, mainArr, a, 1)
			dest, a, na = dest-1, a-1, na-1
			if na == 0 {
				goto done
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		mg++
		s.minGallop = mg
	}
done:
	s.move(mainArr, dest-(nb-1), tmpArr, 0, nb)
	return ok
copyA:
	s.move(mainArr, dest+1-na, mainArr, a+1-na, na)
	dest -= na
	s.move(mainArr, dest, tmpArr, b, 1)
	return true
}

// mergeAt merges the pending runs i and i+1 (CPython's merge_at).
func (s *sortState) mergeAt(i int) bool {
	pa, na := s.pending[i].base, s.pending[i].len
	pb, nb := s.pending[i+1].base, s.pending[i+1].len
	s.pending[i].len = na + nb
	if i == s.npending-3 {
		s.pending[i+1] = s.pending[i+2]
	}
	s.npending--

	k := s.gallopRight(s.keys[pb], s.keys[pa:pa+na], 0)
	if k < 0 {
		return false
	}
	pa += k
	na -= k
	if na == 0 {
		return true
	}
	nb = s.gallopLeft(s.keys[pa+na-1], s.keys[pb:pb+nb], nb-1)
	if nb <= 0 {
		return nb == 0
	}
	if na <= nb {
		return s.mergeLo(pa, na, pb, nb)
	}
	return s.mergeHi(pa, na, pb, nb)
}

func minRun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

type sortRun struct{ base, len, power int }

// powerLoop is the "power" of the boundary between two adjacent runs (CPython
// 3.11's powersort merge ordering).
func powerLoop(s1, n1, n2, n int) int {
	result := 0
	a := 2*s1 + n1
	b := a + n1 + n2
	for {
		result++
		if a >= n {
			a -= n
			b -= n
		} else if b >= n {
			break
		}
		a <<= 1
		b <<= 1
	}
	return result
}

func (s *sortState) sort() bool {
	n := len(s.keys)
	if n < 2 {
		return true
	}
	s.minGallop = minGallop
	minrun := minRun(n)
	lo := 0
	for lo < n {
		run, desc, ok := s.countRun(lo, n)
		if !ok {
			return false
		}
		if desc {
			s.reverse(lo, lo+run)
		}
		if run < minrun {
			force := min(n-lo, minrun)
			if !s.binarySort(lo, lo+force, lo+run) {
				return false
			}
			run = force
		}
		if m := s.npending; m > 0 {
			top := s.pending[m-1]
			power := powerLoop(top.base, top.len, run, n)
			for s.npending > 1 && s.pending[s.npending-2].power > power {
				if !s.mergeAt(s.npending - 2) {
					return false
				}
			}
			s.pending[s.npending-1].power = power
		}
		s.pending[s.npending] = sortRun{base: lo, len: run}
		s.npending++
		lo += run
	}
	for s.npending > 1 {
		m := s.npending - 2
		if m > 0 && s.pending[m-1].len < s.pending[m+1].len {
			m--
		}
		if !s.mergeAt(m) {
			return false
		}
	}
	return true
}

// ListSort sorts l in place (list.sort(key=key, reverse=reverse)); key may be Nil or
// None. It returns -1 with an exception set on error.
func (rt *Runtime) ListSort(l, key Ref, reverse bool) int {
	// Detach the items: the list looks empty while it is sorted, and any change made
	// meanwhile (by a key function or a comparison) is detected and discarded.
	n := rt.ListLen(l)
	arr := *rt.RefAt(l, listOffItems)
	allocated := rt.listAllocated(l)
	rt.listSetSize(l, 0)
	*rt.RefAt(l, listOffItems) = Nil
	*rt.Uint32At(l, listOffAllocated) = 0
	savedFlags := *rt.Uint32At(l, listOffFlags)
	*rt.Uint32At(l, listOffFlags) |= listSorting
	var items []Ref
	if n > 0 {
		items = rt.listItemsOf(arr, n)
	}

	s := sortState{rt: rt, keys: items}
	failed := false
	var keyBlock Ref
	if key != Nil && key != rt.None && n > 0 {
		keyBlock = Ref(rt.heap.Alloc(uintptr(n) * 4))
		if keyBlock == Nil {
			rt.NoMemory()
			failed = true
		}
		var keys []Ref
		if !failed {
			keys = rt.listItemsOf(keyBlock, n)
		}
		for i := range n {
			if failed {
				break
			}
			k := rt.Call(key, items[i:i+1], Nil)
			if k == Nil {
				for _, kk := range keys[:i] {
					rt.Decref(kk)
				}
				failed = true
				break
			}
			keys[i] = k
		}
		if !failed {
			s.keys, s.vals = keys, items
		}
	}
	if !failed {
		s.scanKeys()
		if reverse {
			s.reverse(0, n)
		}
		if !s.sort() {
			failed = true
		}
		if reverse {
			s.reverse(0, n)
		}
		if s.vals != nil {
			for _, k := range s.keys {
				rt.Decref(k)
			}
		}
		s.freemem()
	}
	if keyBlock != Nil {
		rt.heap.Free(keyBlock.Heap())
	}

	// Restore, dropping whatever was put in the list during the sort.
	modified := rt.ListLen(l) != 0 || *rt.RefAt(l, listOffItems) != Nil ||
		*rt.Uint32At(l, listOffFlags)&listSorting == 0
	rt.listClear(l)
	*rt.Uint32At(l, listOffFlags) = savedFlags // a sort nested in this one's key sees no change
	*rt.RefAt(l, listOffItems) = arr
	*rt.Uint32At(l, listOffAllocated) = uint32(allocated)
	rt.listSetSize(l, n)
	if failed {
		return -1
	}
	if modified {
		rt.Raise("ValueError", "list modified during sort")
		return -1
	}
	return 0
}

func (rt *Runtime) listItemsOf(arr Ref, n int) []Ref {
	return (*[1 << 28]Ref)(rt.Ptr(arr))[:n:n]
}

// ListSortArgs is l.sort(*args, **kw) with list.sort's argument checking (keyword-only
// key and reverse, reverse an int): what sorted() passes its extra arguments to, as
// CPython's builtin_sorted does. It returns -1 with an exception set on error.
func (rt *Runtime) ListSortArgs(l Ref, args []Ref, kwnames Ref) int {
	if listSortM(rt, l, args, kwnames) == Nil {
		return -1
	}
	return 0
}

func listSortM(rt *Runtime, l Ref, args []Ref, kwnames Ref) Ref {
	var kw [2]Ref
	pos, ok := rt.ctKwArgs("sort", args, kwnames, []string{"key", "reverse"}, kw[:])
	if !ok {
		return Nil
	}
	if len(pos) > 0 {
		rt.Raise("TypeError", "sort() takes no positional arguments")
		return Nil
	}
	reverse := false
	if kw[1] != Nil {
		v, ok := rt.ctIndex(kw[1], "OverflowError")
		if !ok {
			return Nil
		}
		reverse = v != 0
	}
	if rt.ListSort(l, kw[0], reverse) < 0 {
		return Nil
	}
	return rt.None
}
