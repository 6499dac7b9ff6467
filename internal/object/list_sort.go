// list.sort: a stable merge sort with CPython's structure (timsort's natural runs,
// binary insertion up to minrun, merges keeping the run-stack invariants), so that
// short lists (< 64 items) make exactly CPython's comparisons in CPython's order.
// Longer lists merge without galloping: same result, possibly other comparisons.

package object

// sortState sorts keys, moving vals (nil without a key function) alongside.
type sortState struct {
	rt   *Runtime
	lt   func(a, b Ref) int // 1 if a < b, 0 if not, -1 on error
	keys []Ref
	vals []Ref
	tmpK []Ref
	tmpV []Ref
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

// merge merges the adjacent sorted runs [lo, mid) and [mid, hi), stably. On a
// comparison error every item is still in the array exactly once.
func (s *sortState) merge(lo, mid, hi int) bool {
	na := mid - lo
	s.tmpK = append(s.tmpK[:0], s.keys[lo:mid]...)
	if s.vals != nil {
		s.tmpV = append(s.tmpV[:0], s.vals[lo:mid]...)
	}
	i, j, k := 0, mid, lo
	ok := true
	for i < na && j < hi {
		c := s.lt(s.keys[j], s.tmpK[i])
		if c < 0 {
			ok = false
			break
		}
		if c > 0 {
			s.keys[k] = s.keys[j]
			if s.vals != nil {
				s.vals[k] = s.vals[j]
			}
			j++
		} else {
			s.keys[k] = s.tmpK[i]
			if s.vals != nil {
				s.vals[k] = s.tmpV[i]
			}
			i++
		}
		k++
	}
	copy(s.keys[k:], s.tmpK[i:na])
	if s.vals != nil {
		copy(s.vals[k:], s.tmpV[i:na])
	}
	return ok
}

func minRun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

type sortRun struct{ base, len int }

func (s *sortState) sort() bool {
	n := len(s.keys)
	if n < 2 {
		return true
	}
	var pending []sortRun
	mergeAt := func(i int) bool {
		a, b := pending[i], pending[i+1]
		pending[i] = sortRun{a.base, a.len + b.len}
		pending = append(pending[:i+1], pending[i+2:]...)
		return s.merge(a.base, b.base, b.base+b.len)
	}
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
		pending = append(pending, sortRun{lo, run})
		for len(pending) > 1 {
			m := len(pending) - 2
			p := pending
			if (m > 0 && p[m-1].len <= p[m].len+p[m+1].len) || (m > 1 && p[m-2].len <= p[m-1].len+p[m].len) {
				if p[m-1].len < p[m+1].len {
					m--
				}
				if !mergeAt(m) {
					return false
				}
			} else if p[m].len <= p[m+1].len {
				if !mergeAt(m) {
					return false
				}
			} else {
				break
			}
		}
		lo += run
	}
	for len(pending) > 1 {
		m := len(pending) - 2
		if m > 0 && pending[m-1].len < pending[m+1].len {
			m--
		}
		if !mergeAt(m) {
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
	var items []Ref
	if n > 0 {
		items = rt.listItemsOf(arr, n)
	}

	s := sortState{rt: rt, keys: items}
	failed := false
	if key != Nil && key != rt.None && n > 0 {
		keys := make([]Ref, n)
		for i := range n {
			k := rt.Call(key, items[i:i+1], Nil)
			if k == Nil {
				for _, kk := range keys[:i] {
					rt.Decref(kk)
				}
				keys = nil
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
		allSmall := true
		for _, k := range s.keys {
			if k&1 == 0 {
				allSmall = false
				break
			}
		}
		if allSmall {
			s.lt = func(a, b Ref) int {
				if int32(a) < int32(b) {
					return 1
				}
				return 0
			}
		} else {
			s.lt = func(a, b Ref) int { return rt.RichCompareBool(a, b, LT) }
		}
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
	}

	// Restore, dropping whatever was put in the list during the sort.
	modified := rt.ListLen(l) != 0 || *rt.RefAt(l, listOffItems) != Nil
	rt.listClear(l)
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
