// Go-side temporaries for big-int arithmetic without Go allocations: each Runtime
// keeps a few big.Ints whose word slices are reused, and results are written to the
// private heap straight from their words.

package object

import (
	"math/big"
	"unsafe"
)

// numScratch holds the reusable big.Ints: two operands, a result and a second
// result (divmod's remainder).
type numScratch struct {
	z     [4]big.Int
	words [2][]big.Word
	one   big.Int
}

// bigOne returns the scratch 1 (the caller must not change it).
func (rt *Runtime) bigOne() *big.Int { return rt.num.scratch.one.SetInt64(1) }

// bigArg returns the value of the int r in scratch operand i (0 or 1), valid until
// the next call with the same i. The digits are copied as bytes: on a
// little-endian machine, 32-bit digits d0 d1 d2 ... are the 64-bit words
// d0|d1<<32, d2|d3<<32, ... (an odd count leaves the top word's high half 0).
func (rt *Runtime) bigArg(r Ref, i int) *big.Int {
	z := &rt.num.scratch.z[i]
	if v, ok := rt.IntAsInt64(r); ok {
		return z.SetInt64(v)
	}
	d := rt.intDigits(r)
	nw := (len(d) + 1) / 2
	w := rt.num.scratch.words[i]
	if cap(w) < nw {
		w = make([]big.Word, nw, nw+nw/4)
	}
	w = w[:nw]
	w[nw-1] = 0
	copy(unsafe.Slice((*byte)(unsafe.Pointer(&w[0])), nw*8), unsafe.Slice((*byte)(unsafe.Pointer(&d[0])), len(d)*4))
	if nw <= maxScratchWords {
		rt.num.scratch.words[i] = w
	}
	z.SetBits(w)
	if rt.intSize(r) < 0 {
		z.Neg(z)
	}
	return z
}

// bigOut returns the scratch result big.Int; bigOut2 the second one.
func (rt *Runtime) bigOut() *big.Int  { return &rt.num.scratch.z[2] }
func (rt *Runtime) bigOut2() *big.Int { return &rt.num.scratch.z[3] }

// maxScratchWords bounds the words the scratch big.Ints keep between operations
// (64-bit words: 256 KiB): a computation on huge ints does not pin its Go memory.
const maxScratchWords = 1 << 15

// bigReserve gives the scratch result z room for n words, with a quarter more:
// math/big grows a result by only 4 words over what it needs, so ints that grow a
// little at every step (pidigits) would otherwise leave a Go array behind at
// almost every operation. It returns z.
func bigReserve(z *big.Int, n int) *big.Int {
	if cap(z.Bits()) < n && n <= maxScratchWords {
		z.SetBits(make([]big.Word, 0, n+n/4+4))
	}
	return z
}

// intWords returns the number of 64-bit words of |r| (an int).
func (rt *Runtime) intWords(r Ref) int {
	if _, ok := rt.IntAsInt64(r); ok {
		return 1
	}
	return (len(rt.intDigits(r)) + 1) / 2
}

// bigStore returns the int b (a small int when it fits), copying its words to the
// private heap without Go allocations.
func (rt *Runtime) bigStore(b *big.Int) Ref {
	if cap(b.Bits()) > maxScratchWords && (b == rt.bigOut() || b == rt.bigOut2()) {
		// A huge result: do not keep its words in the scratch for ever.
		defer b.SetBits(nil)
	}
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
	r := rt.allocInt(rt.IntType, uintptr(n))
	if r == Nil {
		return Nil
	}
	d := unsafe.Slice((*uint32)(rt.field(r, intOffDigits)), n)
	copy(unsafe.Slice((*byte)(unsafe.Pointer(&d[0])), n*4), unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), n*4))
	size := int32(n)
	if b.Sign() < 0 {
		size = -size
	}
	*(*int32)(rt.field(r, intOffSize)) = size
	return r
}

// allocInt allocates an int of type t (IntType) with room for n digits, which the
// caller fills: only the header and the size field are set, the digits are not
// cleared first.
func (rt *Runtime) allocInt(t *Type, n uintptr) Ref {
	r := rt.alloc(intOffDigits + n*4)
	if r == Nil {
		return Nil
	}
	h := rt.hdr(r)
	h.refcnt = 1
	h.typ = t.Ref
	*(*int32)(rt.field(r, intOffSize)) = 0
	return r
}
