// int and bool: arithmetic, comparison, hashing and the number-protocol slots. See
// int.go for the representation; int_parse.go for int() and str(int);
// int_methods.go for the methods and __format__; num_dunder.go for __add__ and the
// other special methods as attributes; formatspec.go for the format mini-language.
//
// Every operation has up to three paths: both operands small ints (no allocation
// unless the result leaves the small range), both fitting an int64 (overflow-checked
// Go arithmetic), and math/big for the rest (Go-side temporaries, per-runtime
// scratch values for + - * & | ^ (num_big.go); the result is copied to the private
// heap). A result that fits a small int is always one.
//
// Known differences from CPython 3.11: int.__sizeof__ reports pyheap's sizes (16
// for a small int; CPython 28); the 'n' presentation type always uses the C locale
// (no grouping, '.'), as CPython does until a program calls locale.setlocale;
// int(x) through __trunc__ does not issue CPython's DeprecationWarning; results too
// large to build (2 ** 2 ** 40, 1 << 2 ** 40) raise MemoryError at once, and
// round(n, -10**30) returns 0 where CPython tries to compute 10 ** 10**30.

package object

import (
	"math"
	"math/big"
	"math/bits"
)

// hashModulus is CPython's _PyHASH_MODULUS: 2**61 - 1, a Mersenne prime; numeric
// hashes are values modulo it, so equal ints, floats and bools hash alike.
const (
	hashBits    = 61
	hashModulus = 1<<hashBits - 1
	hashInf     = 314159
)

// For sys.hash_info: the modulus of numeric hashes, its width in bits, and the
// hash of float('inf').
const (
	HashBits    = hashBits
	HashModulus = hashModulus
	HashInf     = hashInf
)

// maxIntBits bounds the ints pyheap builds (MemoryError beyond): 2**36 bits is
// 8 GiB of digits, more than a default heap holds.
const maxIntBits = 1 << 36

// newIntResult returns the int v: a small int when it fits.
func (rt *Runtime) newIntResult(v int64) Ref {
	if FitsSmallInt(v) {
		return MakeSmallInt(v)
	}
	return rt.NewInt(v)
}

// bigResult returns the int b, raising MemoryError when it is absurdly large.
func (rt *Runtime) bigResult(b *big.Int) Ref {
	if b.BitLen() > maxIntBits {
		return rt.NoMemory()
	}
	return rt.NewIntFromBig(b)
}

// intOperands reports whether both operands are ints (bools and subclasses
// included): a binary slot returns NotImplemented otherwise.
func (rt *Runtime) intOperands(a, b Ref) bool { return rt.IsInt(a) && rt.IsInt(b) }

func (rt *Runtime) notImplemented() Ref { return rt.New(rt.NotImplemented) }

func intAdd(rt *Runtime, a, b Ref) Ref {
	if a&b&1 != 0 {
		if v := a.SmallInt() + b.SmallInt(); FitsSmallInt(v) {
			return MakeSmallInt(v)
		} else {
			return rt.NewInt(v)
		}
	}
	if !rt.intOperands(a, b) {
		return rt.notImplemented()
	}
	if x, ok := rt.IntAsInt64(a); ok {
		if y, ok := rt.IntAsInt64(b); ok {
			s := x + y
			if (s > x) == (y > 0) {
				return rt.newIntResult(s)
			}
		}
	}
	out := bigReserve(rt.bigOut(), max(rt.intWords(a), rt.intWords(b))+1)
	return rt.bigStore(out.Add(rt.bigArg(a, 0), rt.bigArg(b, 1)))
}

func intSub(rt *Runtime, a, b Ref) Ref {
	if a&b&1 != 0 {
		if v := a.SmallInt() - b.SmallInt(); FitsSmallInt(v) {
			return MakeSmallInt(v)
		} else {
			return rt.NewInt(v)
		}
	}
	if !rt.intOperands(a, b) {
		return rt.notImplemented()
	}
	if x, ok := rt.IntAsInt64(a); ok {
		if y, ok := rt.IntAsInt64(b); ok {
			s := x - y
			if (s < x) == (y > 0) {
				return rt.newIntResult(s)
			}
		}
	}
	out := bigReserve(rt.bigOut(), max(rt.intWords(a), rt.intWords(b))+1)
	return rt.bigStore(out.Sub(rt.bigArg(a, 0), rt.bigArg(b, 1)))
}

// mul64 returns x*y and whether it did not overflow.
func mul64(x, y int64) (int64, bool) {
	if x == 0 || y == 0 {
		return 0, true
	}
	p := x * y
	if (x == -1 && y == math.MinInt64) || (y == -1 && x == math.MinInt64) || p/y != x {
		return 0, false
	}
	return p, true
}

func intMul(rt *Runtime, a, b Ref) Ref {
	if a&b&1 != 0 {
		if v := a.SmallInt() * b.SmallInt(); FitsSmallInt(v) {
			return MakeSmallInt(v)
		} else {
			return rt.NewInt(v)
		}
	}
	if !rt.intOperands(a, b) {
		return rt.notImplemented()
	}
	if x, ok := rt.IntAsInt64(a); ok {
		if y, ok := rt.IntAsInt64(b); ok {
			if p, ok := mul64(x, y); ok {
				return rt.newIntResult(p)
			}
		}
	}
	out := bigReserve(rt.bigOut(), rt.intWords(a)+rt.intWords(b))
	return rt.bigStore(out.Mul(rt.bigArg(a, 0), rt.bigArg(b, 1)))
}

// floorDivMod64 is Python's // and % on int64s (y != 0, not MinInt64 / -1).
func floorDivMod64(x, y int64) (q, r int64) {
	q, r = x/y, x%y
	if r != 0 && (r < 0) != (y < 0) {
		q--
		r += y
	}
	return q, r
}

// floorDivModBig is Python's // and % on big ints (y != 0).
func floorDivModBig(x, y *big.Int) (q, r *big.Int) {
	q, r = new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		r.Add(r, y)
	}
	return q, r
}

func (rt *Runtime) intIsZero(r Ref) bool {
	if r&1 != 0 {
		return r.SmallInt() == 0
	}
	return rt.intSize(r) == 0
}

// intSign returns -1, 0 or 1.
func (rt *Runtime) intSign(r Ref) int {
	if r&1 != 0 {
		v := r.SmallInt()
		switch {
		case v < 0:
			return -1
		case v > 0:
			return 1
		}
		return 0
	}
	switch n := rt.intSize(r); {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// intDivMod computes a // b and/or a % b for ints; want selects the results
// (1: quotient, 2: remainder, 3: both, as a tuple).
func (rt *Runtime) intDivMod(a, b Ref, want int) Ref {
	if rt.intIsZero(b) {
		if want == 2 {
			rt.Raise("ZeroDivisionError", "integer modulo by zero")
		} else {
			rt.Raise("ZeroDivisionError", "integer division or modulo by zero")
		}
		return Nil
	}
	var q, r Ref
	if x, ok := rt.IntAsInt64(a); ok {
		if y, ok := rt.IntAsInt64(b); ok && !(x == math.MinInt64 && y == -1) {
			qq, rr := floorDivMod64(x, y)
			switch want {
			case 1:
				return rt.newIntResult(qq)
			case 2:
				return rt.newIntResult(rr)
			}
			q, r = rt.newIntResult(qq), rt.newIntResult(rr)
			goto pack
		}
	}
	{
		wa, wb := rt.intWords(a), rt.intWords(b)
		qq := bigReserve(rt.bigOut(), max(wa-wb, 0)+2)
		rr := bigReserve(rt.bigOut2(), wa+1) // math/big's divLarge: len(u)+1
		x, y := rt.bigArg(a, 0), rt.bigArg(b, 1)
		qq.QuoRem(x, y, rr)
		if rr.Sign() != 0 && (rr.Sign() < 0) != (y.Sign() < 0) {
			qq.Sub(qq, rt.bigOne())
			rr.Add(rr, y)
		}
		switch want {
		case 1:
			return rt.bigStore(qq)
		case 2:
			return rt.bigStore(rr)
		}
		q = rt.bigStore(qq)
		if q == Nil {
			return Nil
		}
		r = rt.bigStore(rr)
	}
pack:
	if q == Nil || r == Nil {
		rt.Decref(q)
		rt.Decref(r)
		return Nil
	}
	return rt.TuplePack(q, r)
}

func intFloorDiv(rt *Runtime, a, b Ref) Ref {
	if a&b&1 != 0 && b != MakeSmallInt(0) {
		q, _ := floorDivMod64(a.SmallInt(), b.SmallInt())
		return rt.newIntResult(q)
	}
	if !rt.intOperands(a, b) {
		return rt.notImplemented()
	}
	return rt.intDivMod(a, b, 1)
}

func intMod(rt *Runtime, a, b Ref) Ref {
	if a&b&1 != 0 && b != MakeSmallInt(0) {
		_, r := floorDivMod64(a.SmallInt(), b.SmallInt())
		return MakeSmallInt(r)
	}
	if !rt.intOperands(a, b) {
		return rt.notImplemented()
	}
	return rt.intDivMod(a, b, 2)
}

func intDivmod(rt *Runtime, a, b Ref) Ref {
	if !rt.intOperands(a, b) {
		return rt.notImplemented()
	}
	return rt.intDivMod(a, b, 3)
}

func intTrueDiv(rt *Runtime, a, b Ref) Ref {
	if !rt.intOperands(a, b) {
		return rt.notImplemented()
	}
	if rt.intIsZero(b) {
		rt.Raise("ZeroDivisionError", "division by zero")
		return Nil
	}
	const exact = 1 << 53
	if x, ok := rt.IntAsInt64(a); ok && -exact <= x && x <= exact {
		if y, ok := rt.IntAsInt64(b); ok && -exact <= y && y <= exact {
			return rt.NewFloat(float64(x) / float64(y))
		}
	}
	x, y := rt.IntBig(a), rt.IntBig(b)
	f, _ := new(big.Rat).SetFrac(x, y).Float64()
	if f == 0 && (x.Sign() < 0) != (y.Sign() < 0) {
		f = math.Copysign(0, -1)
	}
	if math.IsInf(f, 0) {
		rt.Raise("OverflowError", "integer division result too large for a float")
		return Nil
	}
	return rt.NewFloat(f)
}

// IntAsFloat converts an int to the nearest float (round-half-even), raising
// OverflowError "int too large to convert to float" when it is out of range.
func (rt *Runtime) IntAsFloat(r Ref) (float64, bool) {
	if r&1 != 0 {
		return float64(r.SmallInt()), true
	}
	if v, ok := rt.IntAsInt64(r); ok {
		return float64(v), true
	}
	f, _ := new(big.Float).SetInt(rt.IntBig(r)).Float64()
	if math.IsInf(f, 0) {
		rt.Raise("OverflowError", "int too large to convert to float")
		return 0, false
	}
	return f, true
}

func intPow(rt *Runtime, a, b, c Ref) Ref {
	if !rt.intOperands(a, b) || (c != rt.None && !rt.IsInt(c)) {
		return rt.notImplemented()
	}
	if c != rt.None {
		return rt.intPowMod(a, b, c)
	}
	if rt.intSign(b) < 0 {
		// A negative exponent makes a float: float(a) ** float(b).
		x, ok := rt.IntAsFloat(a)
		if !ok {
			return Nil
		}
		y, ok := rt.IntAsFloat(b)
		if !ok {
			return Nil
		}
		return rt.floatPowValues(x, y)
	}
	x, xok := rt.IntAsInt64(a)
	y, yok := rt.IntAsInt64(b)
	if xok {
		switch x {
		case 0:
			if rt.intIsZero(b) {
				return MakeSmallInt(1)
			}
			return MakeSmallInt(0)
		case 1:
			return MakeSmallInt(1)
		case -1:
			if rt.IntBig(b).Bit(0) == 0 {
				return MakeSmallInt(1)
			}
			return MakeSmallInt(-1)
		}
	}
	if xok && yok {
		// Square and multiply in int64 while it fits.
		if y < 64 {
			res, base, e, ok := int64(1), x, y, true
			for e > 0 && ok {
				if e&1 != 0 {
					res, ok = mul64(res, base)
				}
				e >>= 1
				if e > 0 && ok {
					base, ok = mul64(base, base)
				}
			}
			if ok {
				return rt.newIntResult(res)
			}
		}
	}
	ba := rt.bigArg(a, 0) // the scratch operands: no Go copies of a and b
	if !yok || float64(ba.BitLen()-1)*float64(y) > maxIntBits {
		// |a| >= 2 here, so the result cannot be built.
		return rt.NoMemory()
	}
	bits := float64(ba.BitLen()) * float64(y)
	if !rt.HasRoom(uintptr(bits / 8)) {
		return rt.NoMemory() // math/big would build it on the Go heap first
	}
	out := bigReserve(rt.bigOut(), int(bits/64)+2)
	return rt.bigStore(out.Exp(ba, rt.bigArg(b, 1), nil))
}

// intPowMod is pow(a, b, c) for ints (CPython's long_pow with a modulus).
func (rt *Runtime) intPowMod(a, b, c Ref) Ref {
	if rt.intIsZero(c) {
		rt.Raise("ValueError", "pow() 3rd argument cannot be 0")
		return Nil
	}
	m := rt.IntBig(c)
	neg := m.Sign() < 0
	m.Abs(m)
	if m.Cmp(big.NewInt(1)) == 0 {
		return MakeSmallInt(0)
	}
	x, e := rt.IntBig(a), rt.IntBig(b)
	x.Mod(x, m)
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(x, m)
		if inv == nil || x.Sign() == 0 {
			rt.Raise("ValueError", "base is not invertible for the given modulus")
			return Nil
		}
		x = inv
		e.Neg(e)
	}
	r := new(big.Int).Exp(x, e, m)
	r.Mod(r, m)
	if neg && r.Sign() != 0 {
		r.Sub(r, m)
	}
	return rt.bigResult(r)
}

// shiftCount returns a shift count, raising ValueError for a negative one; big is
// true when it does not fit an int64.
func (rt *Runtime) shiftCount(b Ref) (n int64, big, ok bool) {
	if rt.intSign(b) < 0 {
		rt.Raise("ValueError", "negative shift count")
		return 0, false, false
	}
	v, fits := rt.IntAsInt64(b)
	return v, !fits, true
}

func intLshift(rt *Runtime, a, b Ref) Ref {
	if !rt.intOperands(a, b) {
		return rt.notImplemented()
	}
	n, huge, ok := rt.shiftCount(b)
	if !ok {
		return Nil
	}
	if rt.intIsZero(a) {
		return MakeSmallInt(0)
	}
	if huge {
		rt.Raise("OverflowError", "too many digits in integer")
		return Nil
	}
	if x, ok := rt.IntAsInt64(a); ok && n < 62 {
		if s := x << n; s>>n == x {
			return rt.newIntResult(s)
		}
	}
	if n > maxIntBits || !rt.HasRoom(uintptr(n/8)) {
		return rt.NoMemory()
	}
	return rt.bigResult(new(big.Int).Lsh(rt.IntBig(a), uint(n)))
}

func intRshift(rt *Runtime, a, b Ref) Ref {
	if !rt.intOperands(a, b) {
		return rt.notImplemented()
	}
	n, huge, ok := rt.shiftCount(b)
	if !ok {
		return Nil
	}
	if x, ok := rt.IntAsInt64(a); ok {
		if huge || n > 63 {
			n = 63
		}
		return rt.newIntResult(x >> n)
	}
	v := rt.IntBig(a)
	if huge || n > int64(v.BitLen()) {
		if v.Sign() < 0 {
			return MakeSmallInt(-1)
		}
		return MakeSmallInt(0)
	}
	return rt.bigResult(v.Rsh(v, uint(n))) // big.Int's Rsh floors, as Python does
}

func intBitwise(op byte) BinaryFunc {
	return func(rt *Runtime, a, b Ref) Ref {
		if a&b&1 != 0 {
			x, y := a.SmallInt(), b.SmallInt()
			switch op {
			case '&':
				return MakeSmallInt(x & y)
			case '|':
				return MakeSmallInt(x | y)
			}
			return MakeSmallInt(x ^ y)
		}
		if !rt.intOperands(a, b) {
			return rt.notImplemented()
		}
		if x, ok := rt.IntAsInt64(a); ok {
			if y, ok := rt.IntAsInt64(b); ok {
				switch op {
				case '&':
					return rt.newIntResult(x & y)
				case '|':
					return rt.newIntResult(x | y)
				}
				return rt.newIntResult(x ^ y)
			}
		}
		x, y, z := rt.bigArg(a, 0), rt.bigArg(b, 1), rt.bigOut()
		switch op {
		case '&':
			return rt.bigStore(z.And(x, y))
		case '|':
			return rt.bigStore(z.Or(x, y))
		}
		return rt.bigStore(z.Xor(x, y))
	}
}

func intNeg(rt *Runtime, a Ref) Ref {
	if x, ok := rt.IntAsInt64(a); ok && x != math.MinInt64 {
		return rt.newIntResult(-x)
	}
	v := rt.IntBig(a)
	return rt.bigResult(v.Neg(v))
}

func intInvert(rt *Runtime, a Ref) Ref {
	if x, ok := rt.IntAsInt64(a); ok {
		return rt.newIntResult(^x)
	}
	v := rt.IntBig(a)
	return rt.bigResult(v.Not(v))
}

func intAbs(rt *Runtime, a Ref) Ref {
	if rt.intSign(a) < 0 {
		return intNeg(rt, a)
	}
	return rt.intExact(a)
}

// intExact returns a as an exact int: itself when it already is one, else (a bool
// or an instance of a subclass) a plain int of the same value.
func (rt *Runtime) intExact(a Ref) Ref {
	if a&1 != 0 || rt.hdr(a).typ == rt.IntType.Ref {
		return rt.New(a)
	}
	if x, ok := rt.IntAsInt64(a); ok {
		return rt.newIntResult(x)
	}
	return rt.NewIntFromBig(rt.IntBig(a))
}

func intBool(rt *Runtime, a Ref) int {
	if rt.intIsZero(a) {
		return 0
	}
	return 1
}

func intFloat(rt *Runtime, a Ref) Ref {
	f, ok := rt.IntAsFloat(a)
	if !ok {
		return Nil
	}
	return rt.NewFloat(f)
}

// intCompare returns -1, 0 or 1 as a <, ==, > b (both ints).
func (rt *Runtime) intCompare(a, b Ref) int {
	if x, ok := rt.IntAsInt64(a); ok {
		if y, ok := rt.IntAsInt64(b); ok {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
	}
	return rt.bigArg(a, 0).Cmp(rt.bigArg(b, 1))
}

func compareResult(c int, op CompareOp) bool {
	switch op {
	case LT:
		return c < 0
	case LE:
		return c <= 0
	case EQ:
		return c == 0
	case NE:
		return c != 0
	case GT:
		return c > 0
	}
	return c >= 0
}

func intRichCompare(rt *Runtime, a, b Ref, op CompareOp) Ref {
	if a&b&1 != 0 {
		x, y := a.SmallInt(), b.SmallInt()
		c := 0
		if x < y {
			c = -1
		} else if x > y {
			c = 1
		}
		return rt.NewBool(compareResult(c, op))
	}
	if !rt.intOperands(a, b) {
		return rt.notImplemented()
	}
	return rt.NewBool(compareResult(rt.intCompare(a, b), op))
}

// intHash is CPython's long_hash: the value modulo 2**61-1, with the sign; -1
// becomes -2.
func intHash(rt *Runtime, a Ref) (int64, bool) {
	if x, ok := rt.IntAsInt64(a); ok {
		return hashInt64(x), true
	}
	d := rt.intDigits(a)
	var h uint64
	for i := len(d) - 1; i >= 0; i-- {
		hi, lo := bits.Mul64(h, 1<<32)
		lo, carry := bits.Add64(lo, uint64(d[i]), 0)
		hi += carry
		h = bits.Rem64(hi, lo, hashModulus)
	}
	v := int64(h)
	if rt.intSize(a) < 0 {
		v = -v
	}
	if v == -1 {
		v = -2
	}
	return v, true
}

func hashInt64(x int64) int64 {
	m := uint64(x)
	if x < 0 {
		m = uint64(-x)
	}
	v := int64(m % hashModulus)
	if x < 0 {
		v = -v
	}
	if v == -1 {
		v = -2
	}
	return v
}

// The bool type: & | ^ of two bools is a bool; everything else is int's.
func boolBitwise(op byte, intSlot BinaryFunc) BinaryFunc {
	return func(rt *Runtime, a, b Ref) Ref {
		if (a == rt.True || a == rt.False) && (b == rt.True || b == rt.False) {
			x, y := a == rt.True, b == rt.True
			switch op {
			case '&':
				return rt.NewBool(x && y)
			case '|':
				return rt.NewBool(x || y)
			}
			return rt.NewBool(x != y)
		}
		return intSlot(rt, a, b)
	}
}

func (rt *Runtime) initInt() {
	t := rt.IntType
	t.Dealloc = func(rt *Runtime, r Ref) { rt.FreeObject(r) }
	t.Repr = intRepr
	t.Hash = intHash
	t.RichCompare = intRichCompare
	t.New = intNew
	t.Number = &NumberSlots{
		Add:         intAdd,
		Subtract:    intSub,
		Multiply:    intMul,
		Remainder:   intMod,
		Divmod:      intDivmod,
		FloorDivide: intFloorDiv,
		TrueDivide:  intTrueDiv,
		Power:       intPow,
		Lshift:      intLshift,
		Rshift:      intRshift,
		And:         intBitwise('&'),
		Xor:         intBitwise('^'),
		Or:          intBitwise('|'),
		Negative:    intNeg,
		Positive:    func(rt *Runtime, a Ref) Ref { return rt.intExact(a) },
		Absolute:    intAbs,
		Invert:      intInvert,
		Bool:        intBool,
		Int:         func(rt *Runtime, a Ref) Ref { return rt.intExact(a) },
		Float:       intFloat,
		Index:       func(rt *Runtime, a Ref) Ref { return rt.intExact(a) },
	}
	t.Methods = append([]MethodDef(nil), intMethods...)
	t.GetSets = intGetSets
	rt.addNumberDunders(t, false)
}

func (rt *Runtime) initBool() {
	t := rt.BoolType
	t.Repr = func(rt *Runtime, r Ref) Ref {
		if r == rt.True {
			return rt.NewStr("True")
		}
		return rt.NewStr("False")
	}
	t.New = func(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
		if !rt.CheckArgs("bool", args, kwnames, 0, 1) {
			return Nil
		}
		if len(args) == 0 {
			return rt.False
		}
		v := rt.IsTrue(args[0])
		if v < 0 {
			return Nil
		}
		return rt.NewBool(v == 1)
	}
	n := *rt.IntType.Number
	n.And = boolBitwise('&', n.And)
	n.Or = boolBitwise('|', n.Or)
	n.Xor = boolBitwise('^', n.Xor)
	t.Number = &n
	rt.addNumberDunders(t, true)
}
