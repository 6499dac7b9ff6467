// Go-side temporaries for big-int arithmetic without Go allocations: each Runtime
// keeps a few big.Ints whose word slices are reused, and results are written to the
// private heap straight from their words.

package object

import (
	"math/big"
	"unsafe"
)

// numScratch holds the reusable big.Ints: two operands and a result.
type numScratch struct {
	z     [3]big.Int
	words [2][]big.Word
}

// bigArg returns the value of the int r in scratch operand i (0 or 1), valid until
// the next call with the same i.
func (rt *Runtime) bigArg(r Ref, i int) *big.Int {
	z := &rt.num.scratch.z[i]
	if v, ok := rt.IntAsInt64(r); ok {
		return z.SetInt64(v)
	}
	d := rt.intDigits(r)
	w := rt.num.scratch.words[i][:0]
	for k := 0; k < len(d); k += 2 {
		x := uint64(d[k])
		if k+1 < len(d) {
			x |= uint64(d[k+1]) << 32
		}
		w = append(w, big.Word(x))
	}
	rt.num.scratch.words[i] = w
	z.SetBits(w)
	if rt.intSize(r) < 0 {
		z.Neg(z)
	}
	return z
}

// bigOut returns the scratch result big.Int.
func (rt *Runtime) bigOut() *big.Int { return &rt.num.scratch.z[2] }

// bigStore returns the int b (a small int when it fits), copying its words to the
// private heap without Go allocations.
func (rt *Runtime) bigStore(b *big.Int) Ref {
	if b.IsInt64() {
		return rt.newIntResult(b.Int64())
	}
	if b.BitLen() > maxIntBits {
		return rt.NoMemory()
	}
	words := b.Bits()
	n := 2 * len(words)
	if uint64(words[len(words)-1])>>32 == 0 {
		n--
	}
	r := rt.AllocObject(rt.IntType, intOffDigits+uintptr(n)*4)
	if r == Nil {
		return Nil
	}
	d := unsafe.Slice((*uint32)(rt.field(r, intOffDigits)), n)
	for k, w := range words {
		d[2*k] = uint32(w)
		if 2*k+1 < n {
			d[2*k+1] = uint32(uint64(w) >> 32)
		}
	}
	size := int32(n)
	if b.Sign() < 0 {
		size = -size
	}
	*(*int32)(rt.field(r, intOffSize)) = size
	return r
}
