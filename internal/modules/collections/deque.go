// The deque's storage: the ring buffer and the operations that move items. See
// the package comment (collections.go) for the layout.

package collections

import (
	"math"
	"unsafe"

	"github.com/pyheap/pyheap/internal/object"
)

const (
	dqOffRing   = object.HeapTypeFirstField // Ref: the ring block
	dqOffCap    = dqOffRing + 4             // uint32
	dqOffHead   = dqOffRing + 8             // uint32
	dqOffLen    = dqOffRing + 12            // uint32
	dqOffState  = dqOffRing + 16            // uint32
	dqOffWeak   = dqOffRing + 20            // Ref
	dqOffMaxlen = dqOffRing + 24            // int64
	dequeSize   = dqOffRing + 32

	// minCap is the smallest ring: 32 bytes, one small pool block.
	minCap = 8
	// maxCap bounds the ring so that its byte size and every index fit in
	// uint32 arithmetic.
	maxCap = 1 << 30
)

// Compile-time checks of the layout: maxlen must be 8-byte aligned.
var _ = [1]struct{}{}[dqOffMaxlen%8]

func u32(rt *object.Runtime, d Ref, off uintptr) *uint32 { return rt.Uint32At(d, off) }

func dqLen(rt *object.Runtime, d Ref) int { return int(*u32(rt, d, dqOffLen)) }

func dqMaxlen(rt *object.Runtime, d Ref) *int64 {
	return (*int64)(unsafe.Add(rt.Ptr(d), dqOffMaxlen))
}

func dqBump(rt *object.Runtime, d Ref) { *u32(rt, d, dqOffState)++ }

// dqRing returns the ring's cap slots (a view invalidated by any change to the
// deque and by any call that can run Python code) and the index mask.
func dqRing(rt *object.Runtime, d Ref) ([]Ref, uint32) {
	c := *u32(rt, d, dqOffCap)
	if c == 0 {
		return nil, 0
	}
	return unsafe.Slice((*Ref)(rt.Ptr(*rt.RefAt(d, dqOffRing))), c), c - 1
}

// dqAt returns a pointer to the slot of item i (0 <= i < len).
func dqAt(rt *object.Runtime, d Ref, i int) *Ref {
	mask := *u32(rt, d, dqOffCap) - 1
	slot := (*u32(rt, d, dqOffHead) + uint32(i)) & mask
	return (*Ref)(unsafe.Add(rt.Ptr(*rt.RefAt(d, dqOffRing)), uintptr(slot)*4))
}

// dqResize moves the items into a new ring of newCap slots (a power of two at
// least len), leftmost item first. It returns false with MemoryError set.
func dqResize(rt *object.Runtime, d Ref, newCap uint32) bool {
	h := rt.Heap()
	nb := Ref(h.Alloc(uintptr(newCap) * 4))
	if nb == Nil {
		rt.NoMemory()
		return false
	}
	n := dqLen(rt, d)
	dst := unsafe.Slice((*Ref)(rt.Ptr(nb)), newCap)
	if old, mask := dqRing(rt, d); old != nil {
		head := *u32(rt, d, dqOffHead)
		first := min(n, int(mask+1-head))
		copy(dst, old[head:int(head)+first])
		copy(dst[first:n], old[:n-first])
		h.Free((*rt.RefAt(d, dqOffRing)).Heap())
	}
	*rt.RefAt(d, dqOffRing) = nb
	*u32(rt, d, dqOffCap) = newCap
	*u32(rt, d, dqOffHead) = 0
	return true
}

// dqReserve makes room for one more item. It returns false with MemoryError set.
func dqReserve(rt *object.Runtime, d Ref) bool {
	c := *u32(rt, d, dqOffCap)
	if uint32(dqLen(rt, d)) < c {
		return true
	}
	if c >= maxCap {
		rt.NoMemory()
		return false
	}
	return dqResize(rt, d, max(minCap, c*2))
}

// dqShrink halves the ring when it is at most a quarter full. Failing to shrink
// is not an error: the ring stays as it is.
func dqShrink(rt *object.Runtime, d Ref) {
	c := *u32(rt, d, dqOffCap)
	if c > minCap && uint32(dqLen(rt, d))*4 <= c {
		if !dqResize(rt, d, c/2) {
			rt.ClearErr()
		}
	}
}

// needsTrim is CPython's NEEDS_TRIM: 0 <= maxlen < len.
func needsTrim(rt *object.Runtime, d Ref) bool {
	m := *dqMaxlen(rt, d)
	return m >= 0 && m < int64(dqLen(rt, d))
}

// dqPushRight appends v (stolen) and trims the left end past maxlen. It returns
// false with MemoryError set (v dropped).
func dqPushRight(rt *object.Runtime, d, v Ref) bool {
	if !dqReserve(rt, d) {
		rt.Decref(v)
		return false
	}
	n := *u32(rt, d, dqOffLen)
	*dqAt(rt, d, int(n)) = v
	*u32(rt, d, dqOffLen) = n + 1
	if needsTrim(rt, d) {
		rt.Decref(dqTakeLeft(rt, d))
	} else {
		dqBump(rt, d)
	}
	return true
}

// dqPushLeft prepends v (stolen) and trims the right end past maxlen.
func dqPushLeft(rt *object.Runtime, d, v Ref) bool {
	if !dqReserve(rt, d) {
		rt.Decref(v)
		return false
	}
	mask := *u32(rt, d, dqOffCap) - 1
	head := (*u32(rt, d, dqOffHead) - 1) & mask
	*u32(rt, d, dqOffHead) = head
	*u32(rt, d, dqOffLen)++
	*dqAt(rt, d, 0) = v
	if needsTrim(rt, d) {
		rt.Decref(dqTakeRight(rt, d))
	} else {
		dqBump(rt, d)
	}
	return true
}

// dqTakeLeft removes the leftmost item of a non-empty deque and returns it (the
// deque's reference, now the caller's).
func dqTakeLeft(rt *object.Runtime, d Ref) Ref {
	v := *dqAt(rt, d, 0)
	mask := *u32(rt, d, dqOffCap) - 1
	*u32(rt, d, dqOffHead) = (*u32(rt, d, dqOffHead) + 1) & mask
	*u32(rt, d, dqOffLen)--
	dqBump(rt, d)
	dqShrink(rt, d)
	return v
}

// dqTakeRight removes the rightmost item of a non-empty deque and returns it.
func dqTakeRight(rt *object.Runtime, d Ref) Ref {
	n := dqLen(rt, d) - 1
	v := *dqAt(rt, d, n)
	*u32(rt, d, dqOffLen) = uint32(n)
	dqBump(rt, d)
	dqShrink(rt, d)
	return v
}

// dqClear empties the deque: it detaches the ring first, so that code run by the
// items' destructors sees an empty deque, then drops the items and frees it.
func dqClear(rt *object.Runtime, d Ref) {
	n := dqLen(rt, d)
	ringRef := *rt.RefAt(d, dqOffRing)
	if ringRef == Nil {
		return
	}
	c := *u32(rt, d, dqOffCap)
	head := *u32(rt, d, dqOffHead)
	*rt.RefAt(d, dqOffRing) = Nil
	*u32(rt, d, dqOffCap) = 0
	*u32(rt, d, dqOffHead) = 0
	*u32(rt, d, dqOffLen) = 0
	if n > 0 {
		dqBump(rt, d)
	}
	// The detached ring belongs to this call alone; the Decrefs may run code,
	// which may allocate and so move nothing of it.
	for i := 0; i < n; i++ {
		p := (*Ref)(unsafe.Add(rt.Ptr(ringRef), uintptr((head+uint32(i))&(c-1))*4))
		rt.Decref(*p)
	}
	rt.Heap().Free(ringRef.Heap())
}

// dqRotate rotates the deque n steps to the right (left for a negative n),
// moving references without touching their counts.
func dqRotate(rt *object.Runtime, d Ref, n int) {
	length := dqLen(rt, d)
	half := length >> 1
	if length <= 1 {
		return
	}
	if n > half || n < -half {
		n %= length
		if n > half {
			n -= length
		} else if n < -half {
			n += length
		}
	}
	dqBump(rt, d)
	ring, mask := dqRing(rt, d)
	head := *u32(rt, d, dqOffHead)
	if uint32(length) == mask+1 {
		// A full ring rotates by moving its head.
		*u32(rt, d, dqOffHead) = (head - uint32(n)) & mask
		return
	}
	l := uint32(length)
	for ; n > 0; n-- {
		head = (head - 1) & mask
		ring[head] = ring[(head+l)&mask]
	}
	for ; n < 0; n++ {
		ring[(head+l)&mask] = ring[head]
		head = (head + 1) & mask
	}
	*u32(rt, d, dqOffHead) = head
}

// dqInsertAt inserts v (stolen) before item i (0 < i < len), moving the shorter
// side. It returns false with MemoryError set.
func dqInsertAt(rt *object.Runtime, d Ref, i int, v Ref) bool {
	if !dqReserve(rt, d) {
		rt.Decref(v)
		return false
	}
	n := dqLen(rt, d)
	ring, mask := dqRing(rt, d)
	head := *u32(rt, d, dqOffHead)
	if i < n/2 {
		head = (head - 1) & mask
		for j := 0; j < i; j++ {
			ring[(head+uint32(j))&mask] = ring[(head+uint32(j)+1)&mask]
		}
		*u32(rt, d, dqOffHead) = head
	} else {
		for j := n; j > i; j-- {
			ring[(head+uint32(j))&mask] = ring[(head+uint32(j)-1)&mask]
		}
	}
	ring[(head+uint32(i))&mask] = v
	*u32(rt, d, dqOffLen) = uint32(n + 1)
	dqBump(rt, d)
	return true
}

// dqRemoveAt removes item i (0 <= i < len) and returns it (a reference now the
// caller's), moving the shorter side.
func dqRemoveAt(rt *object.Runtime, d Ref, i int) Ref {
	n := dqLen(rt, d)
	ring, mask := dqRing(rt, d)
	head := *u32(rt, d, dqOffHead)
	v := ring[(head+uint32(i))&mask]
	if i < n/2 {
		for j := i; j > 0; j-- {
			ring[(head+uint32(j))&mask] = ring[(head+uint32(j)-1)&mask]
		}
		*u32(rt, d, dqOffHead) = (head + 1) & mask
	} else {
		for j := i; j < n-1; j++ {
			ring[(head+uint32(j))&mask] = ring[(head+uint32(j)+1)&mask]
		}
	}
	*u32(rt, d, dqOffLen) = uint32(n - 1)
	dqBump(rt, d)
	dqShrink(rt, d)
	return v
}

// dqReverse reverses the items in place. Like CPython's, it leaves state alone.
func dqReverse(rt *object.Runtime, d Ref) {
	n := dqLen(rt, d)
	ring, mask := dqRing(rt, d)
	head := *u32(rt, d, dqOffHead)
	for i, j := uint32(0), uint32(n-1); int(i) < n/2; i, j = i+1, j-1 {
		a, b := (head+i)&mask, (head+j)&mask
		ring[a], ring[b] = ring[b], ring[a]
	}
}

// dqExtend appends the items of iterable (extendleft: prepends each in turn),
// CPython's deque_extend: a deque extended by itself extends by a list copy.
// It returns false with an exception set.
func dqExtend(rt *object.Runtime, d, iterable Ref, left bool) bool {
	if d == iterable {
		l := rt.SequenceList(iterable)
		if l == Nil {
			return false
		}
		ok := dqExtend(rt, d, l, left)
		rt.Decref(l)
		return ok
	}
	it := rt.Iter(iterable)
	if it == Nil {
		return false
	}
	defer rt.Decref(it)
	if *dqMaxlen(rt, d) == 0 {
		for {
			v := rt.Next(it)
			if v == Nil {
				return !rt.Occurred()
			}
			rt.Decref(v)
		}
	}
	for {
		v := rt.Next(it)
		if v == Nil {
			return !rt.Occurred()
		}
		var ok bool
		if left {
			ok = dqPushLeft(rt, d, v)
		} else {
			ok = dqPushRight(rt, d, v)
		}
		if !ok {
			return false
		}
	}
}

// dqInplaceRepeat is d *= n (CPython's deque_inplace_repeat).
func dqInplaceRepeat(rt *object.Runtime, d Ref, n int) Ref {
	size := dqLen(rt, d)
	if size == 0 || n == 1 {
		return rt.New(d)
	}
	if n <= 0 {
		dqClear(rt, d)
		return rt.New(d)
	}
	maxlen := *dqMaxlen(rt, d)
	if size == 1 {
		item := *dqAt(rt, d, 0)
		if maxlen >= 0 && int64(n) > maxlen {
			n = int(maxlen)
		}
		if n-1 > maxCap {
			return rt.NoMemory()
		}
		dqBump(rt, d)
		for i := 0; i < n-1; i++ {
			if !dqReserve(rt, d) {
				return Nil
			}
			k := dqLen(rt, d)
			*dqAt(rt, d, k) = rt.New(item)
			*u32(rt, d, dqOffLen) = uint32(k + 1)
		}
		return rt.New(d)
	}
	if size > math.MaxInt/n || size*n > maxCap {
		return rt.NoMemory()
	}
	seq := rt.SequenceList(d)
	if seq == Nil {
		return Nil
	}
	defer rt.Decref(seq)
	if maxlen >= 0 && int64(n*size) > maxlen {
		n = int((maxlen + int64(size) - 1) / int64(size))
	}
	for i := 0; i < n-1; i++ {
		if !dqExtend(rt, d, seq, false) {
			return Nil
		}
	}
	return rt.New(d)
}
