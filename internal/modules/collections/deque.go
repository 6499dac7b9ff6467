// The deque's storage: the ring buffer and the operations that move items. See
// the package comment (collections.go) for the layout.

package collections

import (
	"math"
	"unsafe"

	"github.com/pyheap/pyheap/internal/object"
)

// dequeObj is the deque's layout (see the package comment), viewed through a
// pointer into the private heap for the length of one operation: objects never
// move, but the ring block does, so ring is re-read after anything that can
// run Python code.
type dequeObj struct {
	_      [object.HeapTypeFirstField]byte // object header and GC header
	ring   Ref
	cap    uint32
	head   uint32
	len    uint32
	state  uint32
	weak   Ref
	maxlen int64
}

const (
	dequeSize = unsafe.Sizeof(dequeObj{})
	dqOffWeak = unsafe.Offsetof(dequeObj{}.weak)

	// minCap is the smallest ring: 32 bytes, one small pool block.
	minCap = 8
	// maxCap bounds the ring so that its byte size and every index fit in
	// uint32 arithmetic.
	maxCap = 1 << 30
)

// Compile-time checks of the layout the package comment gives.
var (
	_ = [1]struct{}{}[unsafe.Offsetof(dequeObj{}.ring)-16]
	_ = [1]struct{}{}[unsafe.Offsetof(dequeObj{}.maxlen)-40]
	_ = [1]struct{}{}[dequeSize-48]
)

// dq returns the view of deque d.
func dq(rt *object.Runtime, d Ref) *dequeObj { return (*dequeObj)(rt.Ptr(d)) }

func dqLen(rt *object.Runtime, d Ref) int { return int(dq(rt, d).len) }

func dqMaxlen(rt *object.Runtime, d Ref) *int64 { return &dq(rt, d).maxlen }

func dqBump(rt *object.Runtime, d Ref) { dq(rt, d).state++ }

// slot returns a pointer to ring slot i (i < cap).
func (o *dequeObj) slot(rt *object.Runtime, i uint32) *Ref {
	return (*Ref)(unsafe.Add(rt.Ptr(o.ring), uintptr(i)*4))
}

// at returns a pointer to the slot of item i (0 <= i < len).
func (o *dequeObj) at(rt *object.Runtime, i uint32) *Ref {
	return o.slot(rt, (o.head+i)&(o.cap-1))
}

// dqRing returns the ring's cap slots (a view invalidated by any change to the
// deque and by any call that can run Python code) and the index mask.
func dqRing(rt *object.Runtime, d Ref) ([]Ref, uint32) {
	o := dq(rt, d)
	if o.cap == 0 {
		return nil, 0
	}
	return unsafe.Slice((*Ref)(rt.Ptr(o.ring)), o.cap), o.cap - 1
}

// dqAt returns a pointer to the slot of item i (0 <= i < len).
func dqAt(rt *object.Runtime, d Ref, i int) *Ref { return dq(rt, d).at(rt, uint32(i)) }

// dqResize moves the items into a new ring of newCap slots (a power of two at
// least len), leftmost item first. It returns false with MemoryError set.
func dqResize(rt *object.Runtime, d Ref, newCap uint32) bool {
	h := rt.Heap()
	nb := Ref(h.Alloc(uintptr(newCap) * 4))
	if nb == Nil {
		rt.NoMemory()
		return false
	}
	o := dq(rt, d)
	n := int(o.len)
	dst := unsafe.Slice((*Ref)(rt.Ptr(nb)), newCap)
	if old, mask := dqRing(rt, d); old != nil {
		first := min(n, int(mask+1-o.head))
		copy(dst, old[o.head:int(o.head)+first])
		copy(dst[first:n], old[:n-first])
		h.Free(o.ring.Heap())
	}
	o.ring, o.cap, o.head = nb, newCap, 0
	return true
}

// grow makes room for one more item in a full ring. It returns false with
// MemoryError set.
func (o *dequeObj) grow(rt *object.Runtime, d Ref) bool {
	if o.cap >= maxCap {
		rt.NoMemory()
		return false
	}
	return dqResize(rt, d, max(minCap, o.cap*2))
}

// dqReserve makes room for one more item. It returns false with MemoryError set.
func dqReserve(rt *object.Runtime, d Ref) bool {
	if o := dq(rt, d); o.len == o.cap {
		return o.grow(rt, d)
	}
	return true
}

// shrink halves the ring when it is at most a quarter full. Failing to shrink
// is not an error: the ring stays as it is.
func (o *dequeObj) shrink(rt *object.Runtime, d Ref) {
	if o.cap > minCap && o.len*4 <= o.cap {
		if !dqResize(rt, d, o.cap/2) {
			rt.ClearErr()
		}
	}
}

// needsTrim is CPython's NEEDS_TRIM: 0 <= maxlen < len.
func (o *dequeObj) needsTrim() bool { return o.maxlen >= 0 && o.maxlen < int64(o.len) }

// dqPushRight appends v (stolen) and trims the left end past maxlen. It returns
// false with MemoryError set (v dropped).
func dqPushRight(rt *object.Runtime, d, v Ref) bool {
	o := dq(rt, d)
	if o.len == o.cap && !o.grow(rt, d) {
		rt.Decref(v)
		return false
	}
	*o.at(rt, o.len) = v
	o.len++
	if o.needsTrim() {
		rt.Decref(dqTakeLeft(rt, d))
	} else {
		o.state++
	}
	return true
}

// dqPushLeft prepends v (stolen) and trims the right end past maxlen.
func dqPushLeft(rt *object.Runtime, d, v Ref) bool {
	o := dq(rt, d)
	if o.len == o.cap && !o.grow(rt, d) {
		rt.Decref(v)
		return false
	}
	o.head = (o.head - 1) & (o.cap - 1)
	o.len++
	*o.slot(rt, o.head) = v
	if o.needsTrim() {
		rt.Decref(dqTakeRight(rt, d))
	} else {
		o.state++
	}
	return true
}

// dqTakeLeft removes the leftmost item of a non-empty deque and returns it (the
// deque's reference, now the caller's).
func dqTakeLeft(rt *object.Runtime, d Ref) Ref {
	o := dq(rt, d)
	v := *o.slot(rt, o.head)
	o.head = (o.head + 1) & (o.cap - 1)
	o.len--
	o.state++
	o.shrink(rt, d)
	return v
}

// dqTakeRight removes the rightmost item of a non-empty deque and returns it.
func dqTakeRight(rt *object.Runtime, d Ref) Ref {
	o := dq(rt, d)
	o.len--
	v := *o.at(rt, o.len)
	o.state++
	o.shrink(rt, d)
	return v
}

// dqClear empties the deque: it detaches the ring first, so that code run by the
// items' destructors sees an empty deque, then drops the items and frees it.
func dqClear(rt *object.Runtime, d Ref) {
	o := dq(rt, d)
	n, ringRef, c, head := int(o.len), o.ring, o.cap, o.head
	if ringRef == Nil {
		return
	}
	o.ring, o.cap, o.head, o.len = Nil, 0, 0, 0
	if n > 0 {
		o.state++
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
	o := dq(rt, d)
	head := o.head
	if uint32(length) == mask+1 {
		// A full ring rotates by moving its head.
		o.head = (head - uint32(n)) & mask
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
	o.head = head
}

// dqInsertAt inserts v (stolen) before item i (0 < i < len), moving the shorter
// side. It returns false with MemoryError set.
func dqInsertAt(rt *object.Runtime, d Ref, i int, v Ref) bool {
	if !dqReserve(rt, d) {
		rt.Decref(v)
		return false
	}
	o := dq(rt, d)
	n := int(o.len)
	ring, mask := dqRing(rt, d)
	head := o.head
	if i < n/2 {
		head = (head - 1) & mask
		for j := 0; j < i; j++ {
			ring[(head+uint32(j))&mask] = ring[(head+uint32(j)+1)&mask]
		}
		o.head = head
	} else {
		for j := n; j > i; j-- {
			ring[(head+uint32(j))&mask] = ring[(head+uint32(j)-1)&mask]
		}
	}
	ring[(head+uint32(i))&mask] = v
	o.len++
	o.state++
	return true
}

// dqRemoveAt removes item i (0 <= i < len) and returns it (a reference now the
// caller's), moving the shorter side.
func dqRemoveAt(rt *object.Runtime, d Ref, i int) Ref {
	o := dq(rt, d)
	n := int(o.len)
	ring, mask := dqRing(rt, d)
	head := o.head
	v := ring[(head+uint32(i))&mask]
	if i < n/2 {
		for j := i; j > 0; j-- {
			ring[(head+uint32(j))&mask] = ring[(head+uint32(j)-1)&mask]
		}
		o.head = (head + 1) & mask
	} else {
		for j := i; j < n-1; j++ {
			ring[(head+uint32(j))&mask] = ring[(head+uint32(j)+1)&mask]
		}
	}
	o.len--
	o.state++
	o.shrink(rt, d)
	return v
}

// dqReverse reverses the items in place. Like CPython's, it leaves state alone.
func dqReverse(rt *object.Runtime, d Ref) {
	n := dqLen(rt, d)
	ring, mask := dqRing(rt, d)
	head := dq(rt, d).head
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
			o := dq(rt, d)
			*o.at(rt, o.len) = rt.New(item)
			o.len++
		}
		return rt.New(d)
	}
	if size > math.MaxInt/n {
		return rt.NoMemory()
	}
	if maxlen >= 0 && int64(n*size) > maxlen {
		n = int((maxlen + int64(size) - 1) / int64(size))
	}
	if size*n > maxCap {
		return rt.NoMemory()
	}
	seq := rt.SequenceList(d)
	if seq == Nil {
		return Nil
	}
	defer rt.Decref(seq)
	for i := 0; i < n-1; i++ {
		if !dqExtend(rt, d, seq, false) {
			return Nil
		}
	}
	return rt.New(d)
}
