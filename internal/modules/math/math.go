// Package math is the math module with CPython 3.11's functions, constants, special
// cases and messages. The algorithms CPython writes itself are ported from
// Modules/mathmodule.c (fsum's exact partials, hypot and dist's vector_norm, the
// Lanczos gamma and lgamma, atan2, remainder, pow's IEEE special cases, the log of
// huge ints). The elementary functions reproduce glibc's libm, which CPython
// calls, bit for bit (see libm.go): correctly rounded exp, log, pow, exp2, log2,
// sin, cos, tan, atan, atan2, asin and acos (for sin, cos, tan, log and exp a quick
// table-driven step with a rigorous error bound, quick.go; then double-double
// paths; math/big when the rounding is still in doubt), and glibc's own fdlibm
// algorithms for sinh, cosh, tanh, asinh, acosh, atanh, log10, erf, erfc and cbrt
// over them. Go's math package alone differs from glibc in the last bit of many
// results. None of these files depend on the object layer, so the float type's **
// could use them too.
package math

import (
	gomath "math"
	"math/big"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

type Ref = object.Ref

const Nil = object.Nil

// New builds the math module. It returns a new reference, or Nil with an exception
// set.
func New(rt *object.Runtime) object.Ref {
	m := rt.NewModule("math")
	if m == Nil {
		return Nil
	}
	for name, v := range map[string]float64{"pi": gomath.Pi, "e": gomath.E, "tau": 2 * gomath.Pi,
		"inf": gomath.Inf(1), "nan": gomath.NaN()} {
		if !modargs.SetConst(rt, m, name, rt.NewFloat(v)) {
			rt.Decref(m)
			return Nil
		}
	}
	if !modargs.AddFuncs(rt, m, functions()) {
		rt.Decref(m)
		return Nil
	}
	return m
}

// asDouble is PyFloat_AsDouble: floats, ints, and objects with __float__ or
// __index__.
func asDouble(rt *object.Runtime, v Ref) (float64, bool) {
	if rt.IsFloat(v) {
		return rt.FloatValue(v), true
	}
	if rt.IsInt(v) {
		return rt.IntAsFloat(v)
	}
	t := rt.TypeOf(v)
	if t.Number != nil && t.Number.Float != nil {
		f := t.Number.Float(rt, v)
		if f == Nil {
			return 0, false
		}
		defer rt.Decref(f)
		if !rt.IsFloat(f) {
			rt.Raise("TypeError", "%s.__float__ returned non-float (type %s)", t.Name, rt.TypeNameOf(f))
			return 0, false
		}
		return rt.FloatValue(f), true
	}
	if t.Number != nil && t.Number.Index != nil {
		i := rt.NumberIndex(v)
		if i == Nil {
			return 0, false
		}
		defer rt.Decref(i)
		return rt.IntAsFloat(i)
	}
	rt.Raise("TypeError", "must be real number, not %s", t.Name)
	return 0, false
}

func domainError(rt *object.Runtime) Ref {
	rt.Raise("ValueError", "math domain error")
	return Nil
}

func rangeError(rt *object.Runtime) Ref {
	rt.Raise("OverflowError", "math range error")
	return Nil
}

func isFinite(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) }

// math1 is CPython's math_1: NaN from a non-NaN is a domain error, an infinity
// from a finite argument a range error (canOverflow) or a domain error.
func math1(rt *object.Runtime, arg Ref, f func(float64) float64, canOverflow bool) Ref {
	x, ok := asDouble(rt, arg)
	if !ok {
		return Nil
	}
	r := f(x)
	if gomath.IsNaN(r) && !gomath.IsNaN(x) {
		return domainError(rt)
	}
	if gomath.IsInf(r, 0) && isFinite(x) {
		if canOverflow {
			return rangeError(rt)
		}
		return domainError(rt)
	}
	return rt.NewFloat(r)
}

// errno values of the C functions CPython wraps with math_1a and friends.
const (
	errNone = iota
	errDom
	errRange
)

// isError is CPython's is_error: EDOM is ValueError, ERANGE OverflowError unless
// the result underflowed.
func isError(rt *object.Runtime, errno int, r float64) bool {
	switch errno {
	case errDom:
		domainError(rt)
		return true
	case errRange:
		if gomath.Abs(r) < 1.5 {
			return false
		}
		rangeError(rt)
		return true
	}
	return false
}

// math2 is CPython's math_2 for atan2, copysign and remainder.
func math2(rt *object.Runtime, a, b Ref, f func(x, y float64) float64) Ref {
	x, ok := asDouble(rt, a)
	if !ok {
		return Nil
	}
	y, ok := asDouble(rt, b)
	if !ok {
		return Nil
	}
	r := f(x, y)
	errno := errNone
	if gomath.IsNaN(r) {
		if !gomath.IsNaN(x) && !gomath.IsNaN(y) {
			errno = errDom
		}
	} else if gomath.IsInf(r, 0) {
		if isFinite(x) && isFinite(y) {
			errno = errRange
		}
	}
	if isError(rt, errno, r) {
		return Nil
	}
	return rt.NewFloat(r)
}

func mAtan2(y, x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsNaN(y) {
		return gomath.NaN()
	}
	if gomath.IsInf(y, 0) {
		if gomath.IsInf(x, 0) {
			if gomath.Copysign(1, x) == 1 {
				return gomath.Copysign(0.25*gomath.Pi, y)
			}
			return gomath.Copysign(0.75*gomath.Pi, y)
		}
		return gomath.Copysign(0.5*gomath.Pi, y)
	}
	if gomath.IsInf(x, 0) || y == 0 {
		if gomath.Copysign(1, x) == 1 {
			return gomath.Copysign(0, y)
		}
		return gomath.Copysign(gomath.Pi, y)
	}
	return atan2(y, x)
}

func mRemainder(x, y float64) float64 {
	if isFinite(x) && isFinite(y) {
		if y == 0 {
			return gomath.NaN()
		}
		absx, absy := gomath.Abs(x), gomath.Abs(y)
		m := gomath.Mod(absx, absy)
		c := absy - m
		var r float64
		switch {
		case m < c:
			r = m
		case m > c:
			r = -c
		default:
			r = m - 2.0*gomath.Mod(0.5*(absx-m), absy)
		}
		return gomath.Copysign(1, x) * r
	}
	if gomath.IsNaN(x) {
		return x
	}
	if gomath.IsNaN(y) {
		return y
	}
	if gomath.IsInf(x, 0) {
		return gomath.NaN()
	}
	return x
}

// mLog is CPython's m_log family: log of a positive finite, -inf/NaN with EDOM
// otherwise.
func mLog(f func(float64) float64) func(float64) (float64, int) {
	return func(x float64) (float64, int) {
		if isFinite(x) {
			if x > 0 {
				return f(x), errNone
			}
			if x == 0 {
				return gomath.Inf(-1), errDom
			}
			return gomath.NaN(), errDom
		}
		if gomath.IsNaN(x) || x > 0 {
			return x, errNone
		}
		return gomath.NaN(), errDom
	}
}

// frexpInt is _PyLong_Frexp: an int as x * 2**e with x in [0.5, 1), correctly
// rounded.
func frexpInt(b *big.Int) (float64, int) {
	f := new(big.Float).SetPrec(53).SetMode(big.ToNearestEven).SetInt(b)
	mant := new(big.Float)
	e := f.MantExp(mant)
	x, _ := mant.Float64()
	return x, e
}

// loghelper is CPython's loghelper: ints are handled exactly, even past the
// float range.
func loghelper(rt *object.Runtime, arg Ref, f func(float64) float64) (float64, bool) {
	fn := mLog(f)
	if rt.IsInt(arg) {
		b := rt.IntBig(arg)
		if b.Sign() <= 0 {
			domainError(rt)
			return 0, false
		}
		if x, ok := rt.IntAsFloat(arg); ok {
			r, _ := fn(x)
			return r, true
		}
		rt.ClearErr()
		x, e := frexpInt(b)
		r, _ := fn(x)
		two, _ := fn(2.0)
		return r + two*float64(e), true
	}
	x, ok := asDouble(rt, arg)
	if !ok {
		return 0, false
	}
	r, _ := fn(x)
	if gomath.IsNaN(r) && !gomath.IsNaN(x) || gomath.IsInf(r, 0) && isFinite(x) {
		domainError(rt)
		return 0, false
	}
	return r, true
}
