// The int type's representation and core conversions. Arithmetic, formatting and
// methods are in int_ops.go. See doc.go.

package object

import (
	"math/big"
	"unsafe"
)

// An int in [SmallIntMin, SmallIntMax] is a small int: it lives inside its Ref (low
// bit 1) and has no memory (ref.go). Other ints, and bool's True and False, are heap
// objects holding a magnitude in base 2^32:
//
//	offset 0   header
//	       8   size    int32    number of digits, negative for a negative value, 0 for 0
//	      12   digits  uint32   |size| digits, least significant first, the top one non-zero
//
// An int that needs up to 32 bits takes 16 bytes (CPython: 28 bytes, a 32-byte block).
// Every int operation must give the same result for the two forms; a result that
// fits a small int is always returned as one, so `is` behaves like CPython's cache of
// -5..256 and beyond (any two equal small results are identical).
const (
	intOffSize   = 8
	intOffDigits = 12
)

func (rt *Runtime) intSize(r Ref) int32 { return *(*int32)(rt.field(r, intOffSize)) }

func (rt *Runtime) intDigits(r Ref) []uint32 {
	n := rt.intSize(r)
	if n < 0 {
		n = -n
	}
	return unsafe.Slice((*uint32)(rt.field(r, intOffDigits)), n)
}

// IsInt reports whether r is an int (or an instance of a subclass, bool included).
func (rt *Runtime) IsInt(r Ref) bool {
	return r&1 != 0 || r != Nil && rt.TypeOf(r).Flags&TypeIntSubclass != 0
}

// NewInt returns the int v (a small int when it fits).
func (rt *Runtime) NewInt(v int64) Ref {
	if FitsSmallInt(v) {
		return MakeSmallInt(v)
	}
	neg := v < 0
	m := uint64(v)
	if neg {
		m = uint64(-v)
	}
	n := int32(1)
	if m>>32 != 0 {
		n = 2
	}
	r := rt.AllocObject(rt.IntType, intOffDigits+uintptr(n)*4)
	if r == Nil {
		return Nil
	}
	d := unsafe.Slice((*uint32)(rt.field(r, intOffDigits)), n)
	d[0] = uint32(m)
	if n == 2 {
		d[1] = uint32(m >> 32)
	}
	if neg {
		n = -n
	}
	*(*int32)(rt.field(r, intOffSize)) = n
	return r
}

// IntAsInt64 returns the value of an int (small, heap or bool); ok is false when it
// does not fit an int64 (no exception is set).
func (rt *Runtime) IntAsInt64(r Ref) (int64, bool) {
	if r&1 != 0 {
		return r.SmallInt(), true
	}
	d := rt.intDigits(r)
	var m uint64
	switch len(d) {
	case 0:
		return 0, true
	case 1:
		m = uint64(d[0])
	case 2:
		m = uint64(d[0]) | uint64(d[1])<<32
	default:
		return 0, false
	}
	if rt.intSize(r) < 0 {
		if m > 1<<63 {
			return 0, false
		}
		return -int64(m), true
	}
	if m >= 1<<63 {
		return 0, false
	}
	return int64(m), true
}

// IntBig returns the value of an int as a *big.Int (a Go-side copy).
func (rt *Runtime) IntBig(r Ref) *big.Int {
	if v, ok := rt.IntAsInt64(r); ok {
		return big.NewInt(v)
	}
	d := rt.intDigits(r)
	words := make([]big.Word, 0, (len(d)+1)/2)
	for i := 0; i < len(d); i += 2 {
		w := uint64(d[i])
		if i+1 < len(d) {
			w |= uint64(d[i+1]) << 32
		}
		words = append(words, big.Word(w))
	}
	b := new(big.Int).SetBits(words)
	if rt.intSize(r) < 0 {
		b.Neg(b)
	}
	return b
}

// NewIntFromBig returns the int with value b (a small int when it fits).
func (rt *Runtime) NewIntFromBig(b *big.Int) Ref {
	if b.IsInt64() {
		return rt.NewInt(b.Int64())
	}
	words := b.Bits()
	var digits []uint32
	for _, w := range words {
		digits = append(digits, uint32(w), uint32(uint64(w)>>32))
	}
	for len(digits) > 0 && digits[len(digits)-1] == 0 {
		digits = digits[:len(digits)-1]
	}
	r := rt.AllocObject(rt.IntType, intOffDigits+uintptr(len(digits))*4)
	if r == Nil {
		return Nil
	}
	copy(unsafe.Slice((*uint32)(rt.field(r, intOffDigits)), len(digits)), digits)
	n := int32(len(digits))
	if b.Sign() < 0 {
		n = -n
	}
	*(*int32)(rt.field(r, intOffSize)) = n
	return r
}
