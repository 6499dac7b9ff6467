// float: arithmetic, comparison, hashing and the number-protocol slots. See
// float.go for the representation, float_methods.go for the methods, float(),
// float.hex/fromhex and __format__.
//
// Arithmetic follows CPython 3.11's Objects/floatobject.c: an int operand is
// converted with IntAsFloat (OverflowError when it is too large), % and // take
// the sign of the divisor, and ** sorts out the special cases itself before calling
// the platform pow. One deliberate difference: CPython returns a complex number for
// a negative float raised to a non-integer power ((-8.0) ** (1/3)); pyheap has no
// complex type and raises ValueError("negative number cannot be raised to a
// fractional power"), the message Python 2 used for the same case. Another: **
// is correctly rounded (num_pow.go), where glibc's pow, which CPython calls, is
// within 0.52 ULP, so about one result in a thousand differs in the last bit.

package object

import (
	"math"
	"math/big"
)

// floatOperand converts an operand of a float binary operation: a float's value,
// an int converted (ok false with OverflowError set when it does not fit), or
// handled false for other types (the slot returns NotImplemented).
func (rt *Runtime) floatOperand(r Ref) (v float64, handled, ok bool) {
	if r&1 != 0 {
		return float64(r.SmallInt()), true, true
	}
	t := rt.hdr(r).typ
	if t == rt.FloatType.Ref {
		return rt.FloatValue(r), true, true
	}
	if rt.IsInt(r) {
		v, ok = rt.IntAsFloat(r)
		return v, true, ok
	}
	if rt.IsFloat(r) {
		return rt.FloatValue(r), true, true
	}
	return 0, false, false
}

// floatBinary is the shared frame of float's binary slots.
func floatBinary(f func(rt *Runtime, x, y float64) Ref) BinaryFunc {
	return func(rt *Runtime, a, b Ref) Ref {
		x, handled, ok := rt.floatOperand(a)
		if !handled {
			return rt.notImplemented()
		}
		if !ok {
			return Nil
		}
		y, handled, ok := rt.floatOperand(b)
		if !handled {
			return rt.notImplemented()
		}
		if !ok {
			return Nil
		}
		return f(rt, x, y)
	}
}

func floatMul(rt *Runtime, a, b Ref) Ref {
	if rt.TypeRefOf(a) == rt.FloatType.Ref && rt.TypeRefOf(b) == rt.FloatType.Ref {
		return rt.NewFloat(rt.FloatValue(a) * rt.FloatValue(b))
	}
	return floatMulSlow(rt, a, b)
}

func floatAdd(rt *Runtime, a, b Ref) Ref {
	if rt.TypeRefOf(a) == rt.FloatType.Ref && rt.TypeRefOf(b) == rt.FloatType.Ref {
		return rt.NewFloat(rt.FloatValue(a) + rt.FloatValue(b))
	}
	return floatAddSlow(rt, a, b)
}

var (
	floatAddSlow = floatBinary(func(rt *Runtime, x, y float64) Ref { return rt.NewFloat(x + y) })
	floatMulSlow = floatBinary(func(rt *Runtime, x, y float64) Ref { return rt.NewFloat(x * y) })
	floatSub     = floatBinary(func(rt *Runtime, x, y float64) Ref { return rt.NewFloat(x - y) })
	floatDiv     = floatBinary(func(rt *Runtime, x, y float64) Ref {
		if y == 0 {
			rt.Raise("ZeroDivisionError", "float division by zero")
			return Nil
		}
		return rt.NewFloat(x / y)
	})
	floatMod = floatBinary(func(rt *Runtime, x, y float64) Ref {
		if y == 0 {
			rt.Raise("ZeroDivisionError", "float modulo")
			return Nil
		}
		return rt.NewFloat(floatRem(x, y))
	})
	floatFloorDiv = floatBinary(func(rt *Runtime, x, y float64) Ref {
		if y == 0 {
			rt.Raise("ZeroDivisionError", "float floor division by zero")
			return Nil
		}
		q, _ := floatDivMod(x, y)
		return rt.NewFloat(q)
	})
	floatDivmodSlot = floatBinary(func(rt *Runtime, x, y float64) Ref {
		if y == 0 {
			rt.Raise("ZeroDivisionError", "float divmod()")
			return Nil
		}
		q, m := floatDivMod(x, y)
		fq := rt.NewFloat(q)
		if fq == Nil {
			return Nil
		}
		fm := rt.NewFloat(m)
		if fm == Nil {
			rt.Decref(fq)
			return Nil
		}
		return rt.TuplePack(fq, fm)
	})
)

// floatRem is CPython's float_rem: fmod with the sign of the divisor.
func floatRem(x, y float64) float64 {
	mod := math.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return mod
}

// floatDivMod is CPython's _float_div_mod.
func floatDivMod(x, y float64) (floordiv, mod float64) {
	mod = math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

func floatPow(rt *Runtime, a, b, c Ref) Ref {
	if c != rt.None {
		rt.Raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers")
		return Nil
	}
	x, handled, ok := rt.floatOperand(a)
	if !handled {
		return rt.notImplemented()
	}
	if !ok {
		return Nil
	}
	y, handled, ok := rt.floatOperand(b)
	if !handled {
		return rt.notImplemented()
	}
	if !ok {
		return Nil
	}
	return rt.floatPowValues(x, y)
}

func isOddInteger(v float64) bool { return math.Mod(v, 2) == 1 || math.Mod(v, 2) == -1 }

// floatPowValues is CPython's float_pow on two values.
func (rt *Runtime) floatPowValues(iv, iw float64) Ref {
	switch {
	case iw == 0:
		return rt.NewFloat(1)
	case math.IsNaN(iv):
		return rt.NewFloat(iv)
	case math.IsNaN(iw):
		if iv == 1 {
			return rt.NewFloat(1)
		}
		return rt.NewFloat(iw)
	case math.IsInf(iw, 0):
		av := math.Abs(iv)
		switch {
		case av == 1:
			return rt.NewFloat(1)
		case (iw > 0) == (av > 1):
			return rt.NewFloat(math.Abs(iw))
		}
		return rt.NewFloat(0)
	case math.IsInf(iv, 0):
		odd := isOddInteger(iw)
		if iw > 0 {
			if odd {
				return rt.NewFloat(iv)
			}
			return rt.NewFloat(math.Abs(iv))
		}
		if odd {
			return rt.NewFloat(math.Copysign(0, iv))
		}
		return rt.NewFloat(0)
	case iv == 0:
		if iw < 0 {
			rt.Raise("ZeroDivisionError", "0.0 cannot be raised to a negative power")
			return Nil
		}
		if isOddInteger(iw) {
			return rt.NewFloat(iv)
		}
		return rt.NewFloat(0)
	}
	negate := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			rt.Raise("ValueError", "negative number cannot be raised to a fractional power")
			return Nil
		}
		iv = -iv
		negate = isOddInteger(iw)
	}
	if iv == 1 {
		if negate {
			return rt.NewFloat(-1)
		}
		return rt.NewFloat(1)
	}
	ix := powFinite(iv, iw)
	if negate {
		ix = -ix
	}
	if math.IsInf(ix, 0) {
		rt.raiseERANGE()
		return Nil
	}
	return rt.NewFloat(ix)
}

// raiseERANGE raises OverflowError(34, 'Numerical result out of range'), what
// CPython's PyErr_SetFromErrno(ERANGE) raises on Linux.
func (rt *Runtime) raiseERANGE() {
	msg := rt.NewStr("Numerical result out of range")
	if msg == Nil {
		return
	}
	args := rt.TuplePack(MakeSmallInt(34), msg)
	if args == Nil {
		return
	}
	defer rt.Decref(args)
	if e := rt.NewException(rt.ExcType("OverflowError"), args); e != Nil {
		rt.Restore(e)
	}
}

// powFinite is pow(x, y) for finite x > 0, x != 1, finite y != 0: exact
// shortcuts for the common exponents, else powDD (num_pow.go).
func powFinite(x, y float64) float64 {
	switch y {
	case 1:
		return x
	case 2:
		return x * x
	case -1:
		return 1 / x
	case 0.5:
		return math.Sqrt(x)
	}
	if math.Abs(y) <= 64 {
		if _, e := math.Frexp(x); math.Abs(float64(e)*y) < 900 {
			if y == math.Trunc(y) {
				return powIntDD(x, int(y))
			}
			if h := y - 0.5; h == math.Trunc(h) {
				return powHalfDD(x, int(h))
			}
		}
	}
	return powDD(x, y)
}

func floatNeg(rt *Runtime, a Ref) Ref { return rt.NewFloat(-rt.FloatValue(a)) }
func floatAbs(rt *Runtime, a Ref) Ref { return rt.NewFloat(math.Abs(rt.FloatValue(a))) }

// floatExact returns a as an exact float (itself, or a copy of a subclass's value).
func (rt *Runtime) floatExact(a Ref) Ref {
	if rt.hdr(a).typ == rt.FloatType.Ref {
		return rt.New(a)
	}
	return rt.NewFloat(rt.FloatValue(a))
}

func floatBool(rt *Runtime, a Ref) int {
	if rt.FloatValue(a) != 0 {
		return 1
	}
	return 0
}

// IntFromFloat returns int(v): v truncated, raising OverflowError for an infinity
// and ValueError for a NaN (CPython's PyLong_FromDouble).
func (rt *Runtime) IntFromFloat(v float64) Ref {
	if math.IsInf(v, 0) {
		rt.Raise("OverflowError", "cannot convert float infinity to integer")
		return Nil
	}
	if math.IsNaN(v) {
		rt.Raise("ValueError", "cannot convert float NaN to integer")
		return Nil
	}
	v = math.Trunc(v)
	if v >= -(1<<63) && v < 1<<63 {
		return rt.newIntResult(int64(v))
	}
	b, _ := new(big.Float).SetFloat64(v).Int(nil)
	return rt.bigResult(b)
}

func floatInt(rt *Runtime, a Ref) Ref { return rt.IntFromFloat(rt.FloatValue(a)) }

// compareFloatInt compares a finite float with an int exactly: -1, 0 or 1.
func (rt *Runtime) compareFloatInt(x float64, b Ref) int {
	const exact = 1 << 53
	if y, ok := rt.IntAsInt64(b); ok && -exact <= y && y <= exact {
		fy := float64(y)
		switch {
		case x < fy:
			return -1
		case x > fy:
			return 1
		}
		return 0
	}
	return new(big.Float).SetFloat64(x).Cmp(new(big.Float).SetInt(rt.IntBig(b)))
}

// floatRichCompare is CPython's float_richcompare: comparisons with ints are exact.
func floatRichCompare(rt *Runtime, a, b Ref, op CompareOp) Ref {
	i := rt.FloatValue(a)
	var j float64
	switch {
	case rt.TypeRefOf(b) == rt.FloatType.Ref || b&1 == 0 && rt.IsFloat(b):
		j = rt.FloatValue(b)
	case rt.IsInt(b):
		if math.IsNaN(i) || math.IsInf(i, 0) {
			j = 0 // any int compares with a NaN or an infinity as 0 does
			break
		}
		return rt.NewBool(compareResult(rt.compareFloatInt(i, b), op))
	default:
		return rt.notImplemented()
	}
	var r bool
	switch op {
	case LT:
		r = i < j
	case LE:
		r = i <= j
	case EQ:
		r = i == j
	case NE:
		r = i != j
	case GT:
		r = i > j
	case GE:
		r = i >= j
	}
	return rt.NewBool(r)
}

// HashFloat is CPython's _Py_HashDouble: equal to the hash of the int of the same
// value; 314159 for inf; a NaN hashes by identity (inst).
func HashFloat(inst Ref, v float64) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return hashInf
		}
		return -hashInf
	}
	if math.IsNaN(v) {
		return HashPointer(inst)
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

func floatHash(rt *Runtime, a Ref) (int64, bool) { return HashFloat(a, rt.FloatValue(a)), true }

func floatRepr(rt *Runtime, a Ref) Ref {
	var buf [MaxFloatReprLen]byte
	return rt.newStrLatin1(AppendFloatRepr(buf[:0], rt.FloatValue(a)))
}

func (rt *Runtime) initFloat() {
	t := rt.FloatType
	t.Dealloc = floatDealloc
	t.Repr = floatRepr
	t.Hash = floatHash
	t.RichCompare = floatRichCompare
	t.New = floatNew
	t.Number = &NumberSlots{
		Add:         floatAdd,
		Subtract:    floatSub,
		Multiply:    floatMul,
		Remainder:   floatMod,
		Divmod:      floatDivmodSlot,
		FloorDivide: floatFloorDiv,
		TrueDivide:  floatDiv,
		Power:       floatPow,
		Negative:    floatNeg,
		Positive:    func(rt *Runtime, a Ref) Ref { return rt.floatExact(a) },
		Absolute:    floatAbs,
		Bool:        floatBool,
		Int:         floatInt,
		Float:       func(rt *Runtime, a Ref) Ref { return rt.floatExact(a) },
	}
	t.Methods = append([]MethodDef(nil), floatMethods...)
	t.GetSets = floatGetSets
	rt.addNumberDunders(t, false)
}
