// The math module's functions.

package math

import (
	gomath "math"
	"math/big"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

// methO is a one-argument function (METH_O): "math.sqrt() takes exactly one
// argument (2 given)".
func methO(name string, f func(rt *object.Runtime, x Ref) Ref) *object.MethodDef {
	full := "math." + name // built once: the check runs on every call
	return &object.MethodDef{Name: name, Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if len(args) != 1 || kw != Nil {
			if !rt.CheckArgs(full, args, kw, 1, 1) {
				return Nil
			}
		}
		return f(rt, args[0])
	}}
}

// floatArg returns an exact float's or a small int's value without the number
// protocol: the common arguments of the one-argument functions, which then cost
// about what abs(x) costs. ok is false for anything else (asDouble handles it).
func floatArg(rt *object.Runtime, a Ref) (float64, bool) {
	if a&1 != 0 {
		return float64(a.SmallInt()), true
	}
	if a != Nil && rt.TypeRefOf(a) == rt.FloatType.Ref {
		return *rt.FloatSlot(a), true
	}
	return 0, false
}

// fast is a positional-only function checked as _PyArg_CheckPositional does.
func fast(name string, lo, hi int, f func(rt *object.Runtime, a []Ref) Ref) *object.MethodDef {
	return &object.MethodDef{Name: name, Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if kw != Nil || len(args) < lo || hi >= 0 && len(args) > hi {
			if !rt.NoKwargs(name, kw) || !rt.CheckArgs(name, args, kw, lo, hi) {
				return Nil
			}
		}
		return f(rt, args)
	}}
}

func func1(name string, f func(float64) float64, canOverflow bool) *object.MethodDef {
	full := "math." + name
	// One closure, not methO's two: the common call is an exact float argument
	// and a finite result, which is never an error.
	return &object.MethodDef{Name: name, Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if len(args) != 1 || kw != Nil {
			if !rt.CheckArgs(full, args, kw, 1, 1) {
				return Nil
			}
		}
		a := args[0]
		if x, ok := floatArg(rt, a); ok {
			if r := f(x); r-r == 0 {
				return rt.NewFloat(r)
			}
		}
		return math1(rt, a, f, canOverflow)
	}}
}

// func1a is math_1a: the C function reports errors through errno.
func func1a(name string, f func(float64) (float64, int)) *object.MethodDef {
	return methO(name, func(rt *object.Runtime, a Ref) Ref {
		x, ok := asDouble(rt, a)
		if !ok {
			return Nil
		}
		r, errno := f(x)
		if isError(rt, errno, r) {
			return Nil
		}
		return rt.NewFloat(r)
	})
}

func func2(name string, f func(x, y float64) float64) *object.MethodDef {
	return fast(name, 2, 2, func(rt *object.Runtime, a []Ref) Ref { return math2(rt, a[0], a[1], f) })
}

func noErr(f func(float64) float64) func(float64) (float64, int) {
	return func(x float64) (float64, int) { return f(x), errNone }
}

// rounding implements ceil and floor: __ceil__/__floor__ when the type has one,
// else the float's.
func rounding(name, dunder string, f func(float64) float64) *object.MethodDef {
	return methO(name, func(rt *object.Runtime, x Ref) Ref {
		if rt.TypeOf(x) != rt.FloatType {
			if rt.IsInt(x) && rt.TypeOf(x) == rt.IntType {
				return rt.New(x)
			}
			if r, found := callSpecial(rt, x, dunder); found {
				return r
			}
			if rt.IsInt(x) {
				return rt.NumberIndex(x)
			}
		}
		v, ok := asDouble(rt, x)
		if !ok {
			return Nil
		}
		return rt.IntFromFloat(f(v))
	})
}

// callSpecial calls type(x).dunder(x) when the type defines it.
func callSpecial(rt *object.Runtime, x Ref, dunder string) (Ref, bool) {
	name := rt.InternString(dunder)
	defer rt.Decref(name)
	if rt.LookupType(rt.TypeOf(x), name) == Nil {
		return Nil, false
	}
	m := rt.GetAttr(x, name)
	if m == Nil {
		return Nil, true
	}
	defer rt.Decref(m)
	return rt.Call(m, nil, Nil), true
}

func index(rt *object.Runtime, x Ref) (*big.Int, bool) {
	i := rt.NumberIndex(x)
	if i == Nil {
		return nil, false
	}
	defer rt.Decref(i)
	return rt.IntBig(i), true
}

func functions() []*object.MethodDef {
	return []*object.MethodDef{
		func1("acos", acos, false),
		func1("acosh", acosh, false),
		func1("asin", asin, false),
		func1("asinh", asinh, false),
		func1("atan", atan, false),
		func2("atan2", mAtan2),
		func1("atanh", atanh, false),
		func1("cbrt", cbrt, false),
		rounding("ceil", "__ceil__", gomath.Ceil),
		func2("copysign", gomath.Copysign),
		func1("cos", cos, false),
		func1("cosh", cosh, true),
		methO("degrees", func(rt *object.Runtime, a Ref) Ref {
			x, ok := asDouble(rt, a)
			if !ok {
				return Nil
			}
			return rt.NewFloat(x * (180.0 / pi))
		}),
		fast("dist", 2, 2, dist),
		func1a("erf", noErr(erf)),
		func1a("erfc", noErr(erfc)),
		func1("exp", exp, true),
		func1("exp2", exp2, true),
		func1("expm1", expm1, true),
		func1("fabs", gomath.Abs, false),
		methO("factorial", factorial),
		rounding("floor", "__floor__", gomath.Floor),
		fast("fmod", 2, 2, func(rt *object.Runtime, a []Ref) Ref {
			x, ok := asDouble(rt, a[0])
			if !ok {
				return Nil
			}
			y, ok := asDouble(rt, a[1])
			if !ok {
				return Nil
			}
			if gomath.IsInf(y, 0) && isFinite(x) {
				return rt.NewFloat(x)
			}
			r := gomath.Mod(x, y)
			if gomath.IsNaN(r) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
				return domainError(rt)
			}
			return rt.NewFloat(r)
		}),
		methO("frexp", func(rt *object.Runtime, a Ref) Ref {
			x, ok := asDouble(rt, a)
			if !ok {
				return Nil
			}
			if gomath.IsNaN(x) || gomath.IsInf(x, 0) || x == 0 {
				return rt.TuplePack(rt.NewFloat(x), rt.NewInt(0))
			}
			f, e := gomath.Frexp(x)
			return rt.TuplePack(rt.NewFloat(f), rt.NewInt(int64(e)))
		}),
		methO("fsum", fsum),
		&object.MethodDef{Name: "gcd", Fn: gcdLcm(false)},
		func1a("gamma", mTgamma),
		fast("hypot", 0, -1, hypot),
		modargs.Func(&modargs.Spec{Name: "isclose", Names: []string{"a", "b", "rel_tol", "abs_tol"}, Required: 2, KwOnly: 2}, isclose),
		methO("isfinite", func(rt *object.Runtime, a Ref) Ref {
			x, ok := asDouble(rt, a)
			if !ok {
				return Nil
			}
			return rt.NewBool(isFinite(x))
		}),
		methO("isinf", func(rt *object.Runtime, a Ref) Ref {
			x, ok := asDouble(rt, a)
			if !ok {
				return Nil
			}
			return rt.NewBool(gomath.IsInf(x, 0))
		}),
		methO("isnan", func(rt *object.Runtime, a Ref) Ref {
			x, ok := asDouble(rt, a)
			if !ok {
				return Nil
			}
			return rt.NewBool(gomath.IsNaN(x))
		}),
		methO("isqrt", func(rt *object.Runtime, a Ref) Ref {
			n, ok := index(rt, a)
			if !ok {
				return Nil
			}
			if n.Sign() < 0 {
				rt.Raise("ValueError", "isqrt() argument must be nonnegative")
				return Nil
			}
			return rt.NewIntFromBig(new(big.Int).Sqrt(n))
		}),
		&object.MethodDef{Name: "lcm", Fn: gcdLcm(true)},
		fast("ldexp", 2, 2, ldexp),
		func1a("lgamma", mLgamma),
		&object.MethodDef{Name: "log", Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
			if !rt.NoKwargs("log", kw) {
				return Nil
			}
			if len(args) < 1 || len(args) > 2 {
				rt.Raise("TypeError", "math.log requires 1 to 2 arguments")
				return Nil
			}
			if len(args) == 1 {
				// A positive finite float or small int: loghelper would compute
				// log(float(x)) too, and there is no error.
				if x, ok := floatArg(rt, args[0]); ok && x > 0 && x < gomath.Inf(1) {
					return rt.NewFloat(log(x))
				}
			}
			num, ok := loghelper(rt, args[0], log)
			if !ok {
				return Nil
			}
			if len(args) == 1 {
				return rt.NewFloat(num)
			}
			den, ok := loghelper(rt, args[1], log)
			if !ok {
				return Nil
			}
			if den == 0 {
				rt.Raise("ZeroDivisionError", "float division by zero")
				return Nil
			}
			return rt.NewFloat(num / den)
		}},
		methO("log10", func(rt *object.Runtime, a Ref) Ref {
			r, ok := loghelper(rt, a, log10)
			if !ok {
				return Nil
			}
			return rt.NewFloat(r)
		}),
		func1("log1p", func(x float64) float64 {
			if x == 0 {
				return x
			}
			return log1p(x)
		}, false),
		methO("log2", func(rt *object.Runtime, a Ref) Ref {
			r, ok := loghelper(rt, a, log2)
			if !ok {
				return Nil
			}
			return rt.NewFloat(r)
		}),
		methO("modf", func(rt *object.Runtime, a Ref) Ref {
			x, ok := asDouble(rt, a)
			if !ok {
				return Nil
			}
			if gomath.IsInf(x, 0) {
				return rt.TuplePack(rt.NewFloat(gomath.Copysign(0, x)), rt.NewFloat(x))
			}
			if gomath.IsNaN(x) {
				return rt.TuplePack(rt.NewFloat(x), rt.NewFloat(x))
			}
			ip, fp := gomath.Modf(x)
			return rt.TuplePack(rt.NewFloat(fp), rt.NewFloat(ip))
		}),
		fast("nextafter", 2, 2, func(rt *object.Runtime, a []Ref) Ref {
			x, ok := asDouble(rt, a[0])
			if !ok {
				return Nil
			}
			y, ok := asDouble(rt, a[1])
			if !ok {
				return Nil
			}
			if x == y {
				return rt.NewFloat(y)
			}
			return rt.NewFloat(gomath.Nextafter(x, y))
		}),
		fast("perm", 1, 2, perm),
		fast("comb", 2, 2, comb),
		fast("pow", 2, 2, mathPow),
		modargs.Func(&modargs.Spec{Name: "prod", Names: []string{"iterable", "start"}, Required: 1, PosOnly: 1, KwOnly: 1}, prod),
		methO("radians", func(rt *object.Runtime, a Ref) Ref {
			x, ok := asDouble(rt, a)
			if !ok {
				return Nil
			}
			return rt.NewFloat(x * (pi / 180.0))
		}),
		func2("remainder", mRemainder),
		func1("sin", sin, false),
		func1("sinh", sinh, true),
		methO("sqrt", func(rt *object.Runtime, a Ref) Ref {
			// sqrt is one instruction: called directly, not through func1's f.
			if x, ok := floatArg(rt, a); ok && x >= 0 {
				return rt.NewFloat(gomath.Sqrt(x))
			}
			return math1(rt, a, gomath.Sqrt, false)
		}),
		func1("tan", tan, false),
		func1("tanh", tanh, false),
		methO("trunc", func(rt *object.Runtime, x Ref) Ref {
			if rt.TypeOf(x) == rt.FloatType {
				return rt.IntFromFloat(gomath.Trunc(rt.FloatValue(x)))
			}
			if rt.TypeOf(x) == rt.IntType {
				return rt.New(x)
			}
			if r, found := callSpecial(rt, x, "__trunc__"); found {
				return r
			}
			if rt.IsFloat(x) {
				return rt.IntFromFloat(gomath.Trunc(rt.FloatValue(x)))
			}
			if rt.IsInt(x) {
				return rt.NumberIndex(x)
			}
			rt.Raise("TypeError", "type %s doesn't define __trunc__ method", rt.TypeNameOf(x))
			return Nil
		}),
		methO("ulp", func(rt *object.Runtime, a Ref) Ref {
			x, ok := asDouble(rt, a)
			if !ok {
				return Nil
			}
			if gomath.IsNaN(x) {
				return rt.NewFloat(x)
			}
			x = gomath.Abs(x)
			if gomath.IsInf(x, 0) {
				return rt.NewFloat(x)
			}
			x2 := gomath.Nextafter(x, gomath.Inf(1))
			if gomath.IsInf(x2, 0) {
				x2 = gomath.Nextafter(x, -gomath.Inf(1))
				return rt.NewFloat(x - x2)
			}
			return rt.NewFloat(x2 - x)
		}),
	}
}

func mathPow(rt *object.Runtime, a []Ref) Ref {
	x, ok := floatArg(rt, a[0])
	if !ok {
		if x, ok = asDouble(rt, a[0]); !ok {
			return Nil
		}
	}
	y, ok := floatArg(rt, a[1])
	if !ok {
		if y, ok = asDouble(rt, a[1]); !ok {
			return Nil
		}
	}
	var r float64
	errno := errNone
	if !isFinite(x) || !isFinite(y) {
		switch {
		case gomath.IsNaN(x):
			if y == 0 {
				r = 1
			} else {
				r = x
			}
		case gomath.IsNaN(y):
			if x == 1 {
				r = 1
			} else {
				r = y
			}
		case gomath.IsInf(x, 0):
			oddY := isFinite(y) && gomath.Mod(gomath.Abs(y), 2.0) == 1.0
			switch {
			case y > 0:
				if oddY {
					r = x
				} else {
					r = gomath.Abs(x)
				}
			case y == 0:
				r = 1
			default:
				if oddY {
					r = gomath.Copysign(0, x)
				} else {
					r = 0
				}
			}
		default: // y infinite
			switch {
			case gomath.Abs(x) == 1:
				r = 1
			case y > 0 && gomath.Abs(x) > 1:
				r = y
			case y < 0 && gomath.Abs(x) < 1:
				r = -y
			default:
				r = 0
			}
		}
	} else {
		r = pow(x, y)
		if !isFinite(r) {
			if gomath.IsNaN(r) {
				errno = errDom
			} else if x == 0 {
				errno = errDom
			} else {
				errno = errRange
			}
		}
	}
	if isError(rt, errno, r) {
		return Nil
	}
	return rt.NewFloat(r)
}

func ldexp(rt *object.Runtime, a []Ref) Ref {
	x, ok := asDouble(rt, a[0])
	if !ok {
		return Nil
	}
	if !rt.IsInt(a[1]) {
		rt.Raise("TypeError", "Expected an int as second argument to ldexp.")
		return Nil
	}
	var e int64
	if v, ok := rt.IntAsInt64(a[1]); ok {
		e = v
	} else if rt.IntBig(a[1]).Sign() < 0 {
		e = gomath.MinInt64
	} else {
		e = gomath.MaxInt64
	}
	var r float64
	errno := errNone
	switch {
	case x == 0 || !isFinite(x):
		r = x
	case e > gomath.MaxInt32:
		r = gomath.Copysign(gomath.Inf(1), x)
		errno = errRange
	case e < gomath.MinInt32:
		r = gomath.Copysign(0, x)
	default:
		r = gomath.Ldexp(x, int(e))
		if gomath.IsInf(r, 0) {
			errno = errRange
		}
	}
	if isError(rt, errno, r) {
		return Nil
	}
	return rt.NewFloat(r)
}

func isclose(rt *object.Runtime, _ Ref, v []Ref) Ref {
	a, ok := asDouble(rt, v[0])
	if !ok {
		return Nil
	}
	b, ok := asDouble(rt, v[1])
	if !ok {
		return Nil
	}
	relTol, absTol := 1e-09, 0.0
	if v[2] != Nil {
		if relTol, ok = asDouble(rt, v[2]); !ok {
			return Nil
		}
	}
	if v[3] != Nil {
		if absTol, ok = asDouble(rt, v[3]); !ok {
			return Nil
		}
	}
	if relTol < 0 || absTol < 0 {
		rt.Raise("ValueError", "tolerances must be non-negative")
		return Nil
	}
	if a == b {
		return rt.True
	}
	if gomath.IsInf(a, 0) || gomath.IsInf(b, 0) {
		return rt.False
	}
	diff := gomath.Abs(b - a)
	return rt.NewBool(diff <= gomath.Abs(relTol*b) || diff <= gomath.Abs(relTol*a) || diff <= absTol)
}

func factorial(rt *object.Runtime, a Ref) Ref {
	n, ok := index(rt, a)
	if !ok {
		return Nil
	}
	if !n.IsInt64() {
		if n.Sign() < 0 {
			rt.Raise("ValueError", "factorial() not defined for negative values")
		} else {
			rt.Raise("OverflowError", "factorial() argument should not exceed %d", int64(gomath.MaxInt64))
		}
		return Nil
	}
	v := n.Int64()
	if v < 0 {
		rt.Raise("ValueError", "factorial() not defined for negative values")
		return Nil
	}
	if v <= 20 {
		r := int64(1)
		for i := int64(2); i <= v; i++ {
			r *= i
		}
		return rt.NewInt(r)
	}
	return rt.NewIntFromBig(new(big.Int).MulRange(1, v))
}

func gcdLcm(lcm bool) object.MethodFunc {
	name := "gcd"
	if lcm {
		name = "lcm"
	}
	return func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.NoKwargs("math."+name, kw) {
			return Nil
		}
		if len(args) == 0 {
			if lcm {
				return rt.NewInt(1)
			}
			return rt.NewInt(0)
		}
		if !lcm {
			// gcd of small ints (the common case) in uint64, no big.Int.
			g, small := uint64(0), true
			for _, a := range args {
				x, ok := rt.IntAsInt64(a)
				if !ok || !rt.IsInt(a) {
					small = false
					break
				}
				u := uint64(x)
				if x < 0 {
					u = -u
				}
				for u != 0 {
					g, u = u, g%u
				}
			}
			if small && g <= gomath.MaxInt64 {
				return rt.NewInt(int64(g))
			}
		}
		res, ok := index(rt, args[0])
		if !ok {
			return Nil
		}
		res.Abs(res)
		for _, a := range args[1:] {
			x, ok := index(rt, a)
			if !ok {
				return Nil
			}
			x.Abs(x)
			if lcm {
				if res.Sign() == 0 || x.Sign() == 0 {
					res.SetInt64(0)
					continue
				}
				g := new(big.Int).GCD(nil, nil, res, x)
				res.Mul(res, new(big.Int).Quo(x, g))
			} else {
				res.GCD(nil, nil, res, x)
			}
		}
		return rt.NewIntFromBig(res)
	}
}

func nonNegative(rt *object.Runtime, a Ref, which string) (*big.Int, bool) {
	n, ok := index(rt, a)
	if !ok {
		return nil, false
	}
	if n.Sign() < 0 {
		rt.Raise("ValueError", "%s must be a non-negative integer", which)
		return nil, false
	}
	return n, true
}

func perm(rt *object.Runtime, a []Ref) Ref {
	if len(a) == 1 || a[1] == rt.None {
		return factorial(rt, a[0])
	}
	n, ok := nonNegative(rt, a[0], "n")
	if !ok {
		return Nil
	}
	k, ok := nonNegative(rt, a[1], "k")
	if !ok {
		return Nil
	}
	if n.Cmp(k) < 0 {
		return rt.NewInt(0)
	}
	if !k.IsInt64() {
		rt.Raise("OverflowError", "k must not exceed %d", int64(gomath.MaxInt64))
		return Nil
	}
	kv := k.Int64()
	if kv == 0 {
		return rt.NewInt(1)
	}
	// n * (n-1) * ... * (n-k+1)
	lo := new(big.Int).Sub(n, big.NewInt(kv-1))
	if n.IsInt64() {
		return rt.NewIntFromBig(new(big.Int).MulRange(lo.Int64(), n.Int64()))
	}
	return rt.NewIntFromBig(rangeProduct(lo, kv))
}

// rangeProduct is lo * (lo+1) * ... * (lo+count-1) by binary splitting.
func rangeProduct(lo *big.Int, count int64) *big.Int {
	if count == 1 {
		return new(big.Int).Set(lo)
	}
	if count == 0 {
		return big.NewInt(1)
	}
	half := count / 2
	mid := new(big.Int).Add(lo, big.NewInt(half))
	return new(big.Int).Mul(rangeProduct(lo, half), rangeProduct(mid, count-half))
}

func comb(rt *object.Runtime, a []Ref) Ref {
	n, ok := nonNegative(rt, a[0], "n")
	if !ok {
		return Nil
	}
	k, ok := nonNegative(rt, a[1], "k")
	if !ok {
		return Nil
	}
	if n.Cmp(k) < 0 {
		return rt.NewInt(0)
	}
	nk := new(big.Int).Sub(n, k)
	if nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		rt.Raise("OverflowError", "min(n - k, k) must not exceed %d", int64(gomath.MaxInt64))
		return Nil
	}
	kv := k.Int64()
	if kv == 0 {
		return rt.NewInt(1)
	}
	if n.IsInt64() {
		return rt.NewIntFromBig(new(big.Int).Binomial(n.Int64(), kv))
	}
	// n! / ((n-k)! k!) = rangeProduct(n-k+1, k) / k!
	lo := new(big.Int).Sub(n, big.NewInt(kv-1))
	num := rangeProduct(lo, kv)
	return rt.NewIntFromBig(num.Quo(num, new(big.Int).MulRange(1, kv)))
}

func prod(rt *object.Runtime, _ Ref, v []Ref) Ref {
	it := rt.Iter(v[0])
	if it == Nil {
		return Nil
	}
	defer rt.Decref(it)
	var acc Ref
	if v[1] != Nil {
		acc = rt.New(v[1])
	} else {
		acc = rt.NewInt(1)
	}
	for {
		x := rt.Next(it)
		if x == Nil {
			if rt.Occurred() {
				rt.Decref(acc)
				return Nil
			}
			return acc
		}
		r := rt.BinaryOp(acc, x, object.OpMul)
		rt.Decref(x)
		rt.Decref(acc)
		if r == Nil {
			return Nil
		}
		acc = r
	}
}
