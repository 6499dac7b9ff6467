// The methods of random.Random: random.py's code, ported.

package random

import (
	gomath "math"
	"math/big"

	pymath "github.com/pyheap/pyheap/internal/modules/math"
	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

var (
	log  = pymath.Log
	exp  = pymath.Exp
	cos  = pymath.Cos
	sin  = pymath.Sin
	acos = pymath.Acos
	pow  = pymath.Pow
	sqrt = gomath.Sqrt
)

// toFloat converts a distribution's parameter.
func toFloat(rt *object.Runtime, v Ref) (float64, bool) {
	if rt.IsFloat(v) {
		return rt.FloatValue(v), true
	}
	if rt.IsInt(v) {
		return rt.IntAsFloat(v)
	}
	f := rt.NumberFloat(v)
	if f == Nil {
		return 0, false
	}
	defer rt.Decref(f)
	return rt.FloatValue(f), true
}

// floats converts the given parameters, using defaults for the missing ones.
func floats(rt *object.Runtime, v []Ref, defaults ...float64) ([]float64, bool) {
	out := make([]float64, len(v))
	for i, x := range v {
		if x == Nil {
			out[i] = defaults[i]
			continue
		}
		f, ok := toFloat(rt, x)
		if !ok {
			return nil, false
		}
		out[i] = f
	}
	return out, true
}

// pyMod is float % float.
func pyMod(x, y float64) float64 {
	mod := gomath.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = gomath.Copysign(0, y)
	}
	return mod
}

// index is operator.index with randrange's fallback to int() for integral
// values; what names the argument in the ValueError.
func index(rt *object.Runtime, v Ref, what string) (*big.Int, bool) {
	i := rt.NumberIndex(v)
	if i != Nil {
		defer rt.Decref(i)
		return rt.IntBig(i), true
	}
	if !rt.ErrMatchesName("TypeError") {
		return nil, false
	}
	rt.ClearErr()
	i = rt.NumberLong(v)
	if i == Nil {
		return nil, false
	}
	defer rt.Decref(i)
	c := rt.RichCompareBool(i, v, object.NE)
	if c < 0 {
		return nil, false
	}
	if c == 1 {
		rt.Raise("ValueError", "non-integer %s for randrange()", what)
		return nil, false
	}
	return rt.IntBig(i), true
}

func randrange(rt *object.Runtime, self, start, stop, step Ref) Ref {
	g := gen(rt, self)
	if r, ok := randrangeSmall(rt, g, start, stop, step); ok {
		return r
	}
	istart, ok := index(rt, start, "arg 1")
	if !ok {
		return Nil
	}
	if stop == Nil || stop == rt.None {
		if step != Nil {
			rt.Raise("TypeError", "Missing a non-None stop argument")
			return Nil
		}
		if istart.Sign() > 0 {
			return rt.NewIntFromBig(randbelow(g, istart))
		}
		rt.Raise("ValueError", "empty range for randrange()")
		return Nil
	}
	istop, ok := index(rt, stop, "stop")
	if !ok {
		return Nil
	}
	width := new(big.Int).Sub(istop, istart)
	istep := big.NewInt(1)
	if step != Nil {
		if istep, ok = index(rt, step, "step"); !ok {
			return Nil
		}
	}
	if istep.Cmp(big.NewInt(1)) == 0 {
		if width.Sign() > 0 {
			return rt.NewIntFromBig(new(big.Int).Add(istart, randbelow(g, width)))
		}
		rt.Raise("ValueError", "empty range for randrange() (%s, %s, %s)", istart, istop, width)
		return Nil
	}
	var n *big.Int
	switch istep.Sign() {
	case 1:
		n = floorDiv(new(big.Int).Sub(new(big.Int).Add(width, istep), big.NewInt(1)), istep)
	case -1:
		n = floorDiv(new(big.Int).Add(new(big.Int).Add(width, istep), big.NewInt(1)), istep)
	default:
		rt.Raise("ValueError", "zero step for randrange()")
		return Nil
	}
	if n.Sign() <= 0 {
		rt.Raise("ValueError", "empty range for randrange()")
		return Nil
	}
	r := randbelow(g, n)
	return rt.NewIntFromBig(r.Add(istart, r.Mul(istep, r)))
}

// randrangeSmall is randrange for int arguments whose range fits in int64 (the
// randint(1, 10) of every simulation), without big.Int: the same draws from the
// generator as the general path. ok is false when the general path must run.
func randrangeSmall(rt *object.Runtime, g source, start, stop, step Ref) (Ref, bool) {
	small := func(v Ref) (int64, bool) {
		if !rt.IsInt(v) {
			return 0, false
		}
		x, ok := rt.IntAsInt64(v)
		return x, ok && x > -1<<62 && x < 1<<62
	}
	a, ok := small(start)
	if !ok {
		return Nil, false
	}
	if stop == Nil || stop == rt.None {
		if step != Nil || a <= 0 {
			return Nil, false
		}
		return rt.NewInt(int64(randbelowSmall(g, uint64(a)))), true
	}
	b, ok := small(stop)
	if !ok || b <= a {
		return Nil, false
	}
	if step != Nil {
		if s, ok := small(step); !ok || s != 1 {
			return Nil, false
		}
	}
	return rt.NewInt(a + int64(randbelowSmall(g, uint64(b-a)))), true
}

func floorDiv(a, b *big.Int) *big.Int {
	q, m := new(big.Int).DivMod(a, b, new(big.Int))
	// DivMod is Euclidean; adjust to floor division for negative b.
	if b.Sign() < 0 && m.Sign() != 0 {
		q.Sub(q, big.NewInt(1))
	}
	return q
}

// seqLen is len(x) for choice, shuffle and friends.
func seqLen(rt *object.Runtime, x Ref) (int, bool) {
	n := rt.Len(x)
	return n, n >= 0
}

func isSequence(rt *object.Runtime, x Ref) bool {
	t := rt.TypeOf(x)
	for _, s := range []*object.Type{rt.ListType, rt.TupleType, rt.StrType, rt.BytesType, rt.ByteArrayType, rt.RangeType} {
		if rt.IsSubtype(t, s) {
			return true
		}
	}
	return false
}

func methods() []object.MethodDef {
	none := func(v Ref, rt *object.Runtime) Ref {
		if v == Nil {
			return rt.None
		}
		return v
	}
	return []object.MethodDef{
		meth(&modargs.Spec{Name: "seed", Names: names("a", "version")}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			version := v[1]
			if version == Nil {
				version = object.MakeSmallInt(2)
			}
			if !seed(rt, self, none(v[0], rt), version) {
				return Nil
			}
			return rt.None
		}),
		{Name: "random", Fn: func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("Random.random", args, kw, 0, 0) {
				return Nil
			}
			return rt.NewFloat(gen(rt, self).random())
		}},
		{Name: "getrandbits", Fn: func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("Random.getrandbits", args, kw, 1, 1) {
				return Nil
			}
			if rt.IsFloat(args[0]) {
				rt.Raise("TypeError", "'float' object cannot be interpreted as an integer")
				return Nil
			}
			k, ok := rt.AsIndex(args[0], "OverflowError")
			if !ok {
				return Nil
			}
			if k < 0 {
				rt.Raise("ValueError", "number of bits must be non-negative")
				return Nil
			}
			if k > gomath.MaxInt32 {
				rt.Raise("OverflowError", "Python int too large to convert to C int")
				return Nil
			}
			return rt.NewIntFromBig(getrandbits(gen(rt, self), k))
		}},
		{Name: "getstate", Fn: func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("Random.getstate", args, kw, 0, 0) {
				return Nil
			}
			g := mtOf(rt, self)
			items := make([]Ref, 0, mtN+1)
			for _, w := range &g.p.state {
				items = append(items, rt.NewInt(int64(w)))
			}
			items = append(items, rt.NewInt(int64(g.p.index)))
			inner := rt.TuplePack(items...)
			return rt.TuplePack(rt.NewInt(3), inner, rt.New(none(*gaussSlot(rt, self), rt)))
		}},
		meth(&modargs.Spec{Name: "setstate", Names: names("state"), Required: 1}, setstate),
		meth(&modargs.Spec{Name: "_randbelow", Names: names("n"), Required: 1}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			if !rt.IsInt(v[0]) {
				rt.Raise("AttributeError", "'%s' object has no attribute 'bit_length'", rt.TypeNameOf(v[0]))
				return Nil
			}
			n := rt.IntBig(v[0])
			if n.Sign() <= 0 {
				// getrandbits(0) is 0, and 0 >= n loops forever in CPython for n <= 0
				// except n == 0... keep CPython's result for n == 0.
				if n.Sign() == 0 {
					return rt.NewInt(0)
				}
			}
			return rt.NewIntFromBig(randbelow(gen(rt, self), n))
		}),
		meth(&modargs.Spec{Name: "randbytes", Names: names("n"), Required: 1}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			if rt.IsFloat(v[0]) {
				rt.Raise("TypeError", "can't multiply sequence by non-int of type 'float'")
				return Nil
			}
			n, ok := rt.AsIndex(v[0], "OverflowError")
			if !ok {
				return Nil
			}
			if n < 0 {
				rt.Raise("ValueError", "number of bits must be non-negative")
				return Nil
			}
			b := getrandbits(gen(rt, self), n*8).Bytes()
			out := make([]byte, n)
			for i := range b {
				out[i] = b[len(b)-1-i]
			}
			return rt.NewBytes(out)
		}),
		meth(&modargs.Spec{Name: "randrange", Names: names("start", "stop", "step"), Required: 1}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			return randrange(rt, self, v[0], v[1], v[2])
		}),
		meth(&modargs.Spec{Name: "randint", Names: names("a", "b"), Required: 2}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			b1 := rt.BinaryOp(v[1], object.MakeSmallInt(1), object.OpAdd)
			if b1 == Nil {
				return Nil
			}
			defer rt.Decref(b1)
			return randrange(rt, self, v[0], b1, Nil)
		}),
		meth(&modargs.Spec{Name: "choice", Names: names("seq"), Required: 1}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			n, ok := seqLen(rt, v[0])
			if !ok {
				return Nil
			}
			if n == 0 {
				rt.Raise("IndexError", "Cannot choose from an empty sequence")
				return Nil
			}
			i := randbelowSmall(gen(rt, self), uint64(n))
			return rt.GetItem(v[0], rt.NewInt(int64(i)))
		}),
		meth(&modargs.Spec{Name: "shuffle", Names: names("x"), Required: 1}, shuffle),
		meth(&modargs.Spec{Name: "sample", Names: names("population", "k", "counts"), Required: 2, KwOnly: 2}, sample),
		meth(&modargs.Spec{Name: "choices", Names: names("population", "weights", "cum_weights", "k"), Required: 1, KwOnly: 2}, choices),
		meth(&modargs.Spec{Name: "uniform", Names: names("a", "b"), Required: 2}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			// a + (b - a) * self.random()
			d := rt.BinaryOp(v[1], v[0], object.OpSub)
			if d == Nil {
				return Nil
			}
			r := rt.NewFloat(gen(rt, self).random())
			p := rt.BinaryOp(d, r, object.OpMul)
			rt.Decref(d)
			rt.Decref(r)
			if p == Nil {
				return Nil
			}
			defer rt.Decref(p)
			return rt.BinaryOp(v[0], p, object.OpAdd)
		}),
		meth(&modargs.Spec{Name: "triangular", Names: names("low", "high", "mode")}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			u := gen(rt, self).random()
			mode := v[2]
			v[2] = Nil
			f, ok := floats(rt, v[:2], 0.0, 1.0)
			if !ok {
				return Nil
			}
			low, high := f[0], f[1]
			c := 0.5
			if mode != Nil && mode != rt.None {
				m, ok := toFloat(rt, mode)
				if !ok {
					return Nil
				}
				if high-low == 0 {
					if v[0] == Nil {
						return rt.NewFloat(0.0)
					}
					return rt.New(v[0])
				}
				c = (m - low) / (high - low)
			}
			if u > c {
				u = 1.0 - u
				c = 1.0 - c
				low, high = high, low
			}
			return rt.NewFloat(low + (high-low)*sqrt(u*c))
		}),
		meth(&modargs.Spec{Name: "normalvariate", Names: names("mu", "sigma")}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			f, ok := floats(rt, v, 0.0, 1.0)
			if !ok {
				return Nil
			}
			return rt.NewFloat(normalvariate(gen(rt, self), f[0], f[1]))
		}),
		meth(&modargs.Spec{Name: "gauss", Names: names("mu", "sigma")}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			f, ok := floats(rt, v, 0.0, 1.0)
			if !ok {
				return Nil
			}
			g := gen(rt, self)
			slot := gaussSlot(rt, self)
			zr := *slot
			*slot = Nil
			var z float64
			if zr == Nil || zr == rt.None {
				rt.Decref(zr)
				x2pi := g.random() * twoPi
				g2rad := sqrt(-2.0 * log(1.0-g.random()))
				z = cos(x2pi) * g2rad
				*slot = rt.NewFloat(sin(x2pi) * g2rad)
			} else {
				zf, ok := toFloat(rt, zr)
				rt.Decref(zr)
				if !ok {
					return Nil
				}
				z = zf
			}
			return rt.NewFloat(f[0] + z*f[1])
		}),
		meth(&modargs.Spec{Name: "lognormvariate", Names: names("mu", "sigma"), Required: 2}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			f, ok := floats(rt, v)
			if !ok {
				return Nil
			}
			return rt.NewFloat(exp(normalvariate(gen(rt, self), f[0], f[1])))
		}),
		meth(&modargs.Spec{Name: "expovariate", Names: names("lambd"), Required: 1}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			f, ok := floats(rt, v)
			if !ok {
				return Nil
			}
			r := -log(1.0 - gen(rt, self).random())
			if f[0] == 0 {
				rt.Raise("ZeroDivisionError", "float division by zero")
				return Nil
			}
			return rt.NewFloat(r / f[0])
		}),
		meth(&modargs.Spec{Name: "vonmisesvariate", Names: names("mu", "kappa"), Required: 2}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			f, ok := floats(rt, v)
			if !ok {
				return Nil
			}
			mu, kappa := f[0], f[1]
			g := gen(rt, self)
			if kappa <= 1e-6 {
				return rt.NewFloat(twoPi * g.random())
			}
			s := 0.5 / kappa
			r := s + sqrt(1.0+s*s)
			var z float64
			for {
				u1 := g.random()
				z = cos(gomath.Pi * u1)
				d := z / (r + z)
				u2 := g.random()
				if u2 < 1.0-d*d || u2 <= (1.0-d)*exp(d) {
					break
				}
			}
			q := 1.0 / r
			ff := (q + z) / (1.0 + q*z)
			u3 := g.random()
			if u3 > 0.5 {
				return rt.NewFloat(pyMod(mu+acos(ff), twoPi))
			}
			return rt.NewFloat(pyMod(mu-acos(ff), twoPi))
		}),
		meth(&modargs.Spec{Name: "gammavariate", Names: names("alpha", "beta"), Required: 2}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			f, ok := floats(rt, v)
			if !ok {
				return Nil
			}
			r, ok := gammavariate(rt, gen(rt, self), f[0], f[1])
			if !ok {
				return Nil
			}
			return rt.NewFloat(r)
		}),
		meth(&modargs.Spec{Name: "betavariate", Names: names("alpha", "beta"), Required: 2}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			f, ok := floats(rt, v)
			if !ok {
				return Nil
			}
			g := gen(rt, self)
			y, ok := gammavariate(rt, g, f[0], 1.0)
			if !ok {
				return Nil
			}
			if y != 0 {
				y2, ok := gammavariate(rt, g, f[1], 1.0)
				if !ok {
					return Nil
				}
				return rt.NewFloat(y / (y + y2))
			}
			return rt.NewFloat(0.0)
		}),
		meth(&modargs.Spec{Name: "paretovariate", Names: names("alpha"), Required: 1}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			f, ok := floats(rt, v)
			if !ok {
				return Nil
			}
			u := 1.0 - gen(rt, self).random()
			if f[0] == 0 {
				rt.Raise("ZeroDivisionError", "float division by zero")
				return Nil
			}
			return rt.NewFloat(pow(u, -1.0/f[0]))
		}),
		meth(&modargs.Spec{Name: "weibullvariate", Names: names("alpha", "beta"), Required: 2}, func(rt *object.Runtime, self Ref, v []Ref) Ref {
			f, ok := floats(rt, v)
			if !ok {
				return Nil
			}
			u := 1.0 - gen(rt, self).random()
			if f[1] == 0 {
				rt.Raise("ZeroDivisionError", "float division by zero")
				return Nil
			}
			return rt.NewFloat(f[0] * pow(-log(u), 1.0/f[1]))
		}),
	}
}

func normalvariate(g source, mu, sigma float64) float64 {
	var z float64
	for {
		u1 := g.random()
		u2 := 1.0 - g.random()
		z = nvMagicConst * (u1 - 0.5) / u2
		zz := z * z / 4.0
		if zz <= -log(u2) {
			break
		}
	}
	return mu + z*sigma
}

func gammavariate(rt *object.Runtime, g source, alpha, beta float64) (float64, bool) {
	if alpha <= 0.0 || beta <= 0.0 {
		rt.Raise("ValueError", "gammavariate: alpha and beta must be > 0.0")
		return 0, false
	}
	if alpha > 1.0 {
		ainv := sqrt(2.0*alpha - 1.0)
		bbb := alpha - log4
		ccc := alpha + ainv
		for {
			u1 := g.random()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - g.random()
			v := log(u1/(1.0-u1)) / ainv
			x := alpha * exp(v)
			z := u1 * u1 * u2
			r := bbb + ccc*v - x
			if r+sgMagicConst-4.5*z >= 0.0 || r >= log(z) {
				return x * beta, true
			}
		}
	}
	if alpha == 1.0 {
		return -log(1.0-g.random()) * beta, true
	}
	var x float64
	for {
		u := g.random()
		b := (gomath.E + alpha) / gomath.E
		p := b * u
		if p <= 1.0 {
			x = pow(p, 1.0/alpha)
		} else {
			x = -log((b - p) / alpha)
		}
		u1 := g.random()
		if p > 1.0 {
			if u1 <= pow(x, alpha-1.0) {
				break
			}
		} else if u1 <= exp(-x) {
			break
		}
	}
	return x * beta, true
}

func setstate(rt *object.Runtime, self Ref, v []Ref) Ref {
	state := v[0]
	version := rt.GetItem(state, object.MakeSmallInt(0))
	if version == Nil {
		return Nil
	}
	defer rt.Decref(version)
	is3 := rt.RichCompareBool(version, object.MakeSmallInt(3), object.EQ)
	is2 := rt.RichCompareBool(version, object.MakeSmallInt(2), object.EQ)
	if is3 < 0 || is2 < 0 {
		return Nil
	}
	if is3 == 0 && is2 == 0 {
		vs := rt.Str(version)
		if vs == Nil {
			return Nil
		}
		defer rt.Decref(vs)
		rt.Raise("ValueError", "state with version %s passed to Random.setstate() of version 3", rt.GoString(vs))
		return Nil
	}
	parts := rt.SequenceTuple(state)
	if parts == Nil {
		return Nil
	}
	defer rt.Decref(parts)
	if n := rt.TupleLen(parts); n != 3 {
		if n > 3 {
			rt.Raise("ValueError", "too many values to unpack (expected 3)")
		} else {
			rt.Raise("ValueError", "not enough values to unpack (expected 3, got %d)", n)
		}
		return Nil
	}
	internal, gauss := rt.TupleItems(parts)[1], rt.TupleItems(parts)[2]
	if !rt.IsTuple(internal) {
		if is2 == 1 {
			rt.Raise("TypeError", "'%s' object is not iterable", rt.TypeNameOf(internal))
		} else {
			rt.Raise("TypeError", "state vector must be a tuple")
		}
		return Nil
	}
	items := rt.TupleItems(internal)
	if len(items) != mtN+1 {
		rt.Raise("ValueError", "state vector is the wrong size")
		return Nil
	}
	var words [mtN]uint32
	mod := new(big.Int).Lsh(big.NewInt(1), 32)
	for i, it := range items[:mtN] {
		if !rt.IsInt(it) {
			rt.Raise("TypeError", "an integer is required (got type %s)", rt.TypeNameOf(it))
			return Nil
		}
		b := rt.IntBig(it)
		if is2 == 1 {
			b.Mod(b, mod)
		}
		if b.Sign() < 0 {
			rt.Raise("OverflowError", "can't convert negative value to unsigned int")
			return Nil
		}
		if !b.IsUint64() {
			rt.Raise("OverflowError", "Python int too large to convert to C unsigned long")
			return Nil
		}
		words[i] = uint32(b.Uint64())
	}
	last := items[mtN]
	if is2 == 1 {
		last = rt.BinaryOp(last, rt.NewInt(1<<32), object.OpMod)
		if last == Nil {
			return Nil
		}
		defer rt.Decref(last)
	}
	if rt.IsFloat(last) {
		rt.Raise("TypeError", "'float' object cannot be interpreted as an integer")
		return Nil
	}
	index, ok := rt.AsIndex(last, "OverflowError")
	if !ok {
		return Nil
	}
	if index < 0 || index > mtN {
		rt.Raise("ValueError", "invalid state")
		return Nil
	}
	g := mtOf(rt, self)
	g.p.state = words
	g.p.index = uint32(index)
	if gauss == rt.None {
		rt.Replace(gaussSlot(rt, self), Nil)
	} else {
		rt.Replace(gaussSlot(rt, self), rt.New(gauss))
	}
	return rt.None
}

func shuffle(rt *object.Runtime, self Ref, v []Ref) Ref {
	x := v[0]
	n, ok := seqLen(rt, x)
	if !ok {
		return Nil
	}
	g := gen(rt, self)
	for i := n - 1; i >= 1; i-- {
		j := int(randbelowSmall(g, uint64(i+1)))
		if rt.TypeOf(x) == rt.ListType && rt.ListLen(x) == n {
			items := rt.ListItems(x)
			items[i], items[j] = items[j], items[i]
			continue
		}
		ri, rj := rt.NewInt(int64(i)), rt.NewInt(int64(j))
		a := rt.GetItem(x, rj)
		if a == Nil {
			return Nil
		}
		b := rt.GetItem(x, ri)
		if b == Nil {
			rt.Decref(a)
			return Nil
		}
		r1 := rt.SetItem(x, ri, a)
		r2 := 0
		if r1 >= 0 {
			r2 = rt.SetItem(x, rj, b)
		}
		rt.Decref(a)
		rt.Decref(b)
		if r1 < 0 || r2 < 0 {
			return Nil
		}
	}
	return rt.None
}

func sample(rt *object.Runtime, self Ref, v []Ref) Ref {
	population, kr, counts := v[0], v[1], v[2]
	if !isSequence(rt, population) {
		rt.Raise("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).")
		return Nil
	}
	n, ok := seqLen(rt, population)
	if !ok {
		return Nil
	}
	g := gen(rt, self)
	if counts != Nil && counts != rt.None {
		return sampleCounts(rt, self, population, kr, counts, n)
	}
	zero := object.MakeSmallInt(0)
	c1 := rt.RichCompareBool(zero, kr, object.LE)
	if c1 < 0 {
		return Nil
	}
	c2 := 0
	if c1 == 1 {
		nr := rt.NewInt(int64(n))
		c2 = rt.RichCompareBool(kr, nr, object.LE)
		rt.Decref(nr)
		if c2 < 0 {
			return Nil
		}
	}
	if c1 == 0 || c2 == 0 {
		rt.Raise("ValueError", "Sample larger than population or is negative")
		return Nil
	}
	if rt.IsFloat(kr) {
		rt.Raise("TypeError", "can't multiply sequence by non-int of type 'float'")
		return Nil
	}
	k, ok := rt.AsIndex(kr, "OverflowError")
	if !ok {
		return Nil
	}
	result := make([]Ref, k)
	defer func() {
		for _, r := range result {
			if r != Nil {
				rt.Decref(r)
			}
		}
	}()
	setsize := 21
	if k > 5 {
		setsize += int(pow(4, gomath.Ceil(log(float64(k*3))/log(4))))
	}
	if n <= setsize {
		pool := rt.SequenceList(population)
		if pool == Nil {
			return Nil
		}
		defer rt.Decref(pool)
		for i := 0; i < k; i++ {
			j := int(randbelowSmall(g, uint64(n-i)))
			items := rt.ListItems(pool)
			result[i] = rt.New(items[j])
			rt.Replace(&items[j], rt.New(items[n-i-1]))
		}
	} else {
		selected := map[int]bool{}
		for i := 0; i < k; i++ {
			j := int(randbelowSmall(g, uint64(n)))
			for selected[j] {
				j = int(randbelowSmall(g, uint64(n)))
			}
			selected[j] = true
			item := rt.GetItem(population, rt.NewInt(int64(j)))
			if item == Nil {
				return Nil
			}
			result[i] = item
		}
	}
	return rt.ListFrom(result...)
}

// accumulate returns the running sums of iterable (itertools.accumulate).
func accumulate(rt *object.Runtime, iterable Ref) ([]Ref, bool) {
	it := rt.Iter(iterable)
	if it == Nil {
		return nil, false
	}
	defer rt.Decref(it)
	var out []Ref
	fail := func() ([]Ref, bool) {
		for _, r := range out {
			rt.Decref(r)
		}
		return nil, false
	}
	for {
		x := rt.Next(it)
		if x == Nil {
			if rt.Occurred() {
				return fail()
			}
			return out, true
		}
		if len(out) == 0 {
			out = append(out, x)
			continue
		}
		s := rt.BinaryOp(out[len(out)-1], x, object.OpAdd)
		rt.Decref(x)
		if s == Nil {
			return fail()
		}
		out = append(out, s)
	}
}

func sampleCounts(rt *object.Runtime, self, population, kr, counts Ref, n int) Ref {
	cum, ok := accumulate(rt, counts)
	if !ok {
		return Nil
	}
	defer func() {
		for _, r := range cum {
			rt.Decref(r)
		}
	}()
	if len(cum) != n {
		rt.Raise("ValueError", "The number of counts does not match the population")
		return Nil
	}
	total := cum[len(cum)-1]
	cum = cum[:len(cum)-1]
	defer rt.Decref(total)
	if !rt.IsInt(total) {
		rt.Raise("TypeError", "Counts must be integers")
		return Nil
	}
	if c := rt.RichCompareBool(total, object.MakeSmallInt(0), object.LE); c != 0 {
		if c == 1 {
			rt.Raise("ValueError", "Total of counts must be greater than zero")
		}
		return Nil
	}
	rng := rt.NewRange(object.MakeSmallInt(0), total, object.MakeSmallInt(1))
	if rng == Nil {
		return Nil
	}
	defer rt.Decref(rng)
	sel := sample(rt, self, []Ref{rng, kr, Nil})
	if sel == Nil {
		return Nil
	}
	defer rt.Decref(sel)
	out := rt.NewList(0)
	for _, s := range rt.ListItems(sel) {
		// bisect_right(cum_counts, s)
		lo, hi := 0, len(cum)
		for lo < hi {
			mid := (lo + hi) / 2
			c := rt.RichCompareBool(s, cum[mid], object.LT)
			if c < 0 {
				rt.Decref(out)
				return Nil
			}
			if c == 1 {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		item := rt.GetItem(population, rt.NewInt(int64(lo)))
		if item == Nil {
			rt.Decref(out)
			return Nil
		}
		rt.ListAppend(out, item)
		rt.Decref(item)
	}
	return out
}

func choices(rt *object.Runtime, self Ref, v []Ref) Ref {
	population, weights, cumWeights, kr := v[0], v[1], v[2], v[3]
	if kr == Nil {
		kr = object.MakeSmallInt(1)
	}
	g := gen(rt, self)
	n, ok := seqLen(rt, population)
	if !ok {
		return Nil
	}
	kcount := func() (int, bool) {
		if rt.IsFloat(kr) || !rt.IsInt(kr) && (rt.TypeOf(kr).Number == nil || rt.TypeOf(kr).Number.Index == nil) {
			rt.Raise("TypeError", "'%s' object cannot be interpreted as an integer", rt.TypeNameOf(kr))
			return 0, false
		}
		k, ok := rt.AsIndex(kr, "OverflowError")
		return max(k, 0), ok
	}
	if cumWeights == Nil || cumWeights == rt.None {
		if weights == Nil || weights == rt.None {
			k, ok := kcount()
			if !ok {
				return Nil
			}
			nf := float64(n)
			out := rt.NewList(0)
			for i := 0; i < k; i++ {
				idx := gomath.Floor(g.random() * nf)
				item := rt.GetItem(population, rt.NewInt(int64(idx)))
				if item == Nil {
					rt.Decref(out)
					return Nil
				}
				rt.ListAppend(out, item)
				rt.Decref(item)
			}
			return out
		}
		cum, ok := accumulate(rt, weights)
		if !ok {
			if rt.ErrMatchesName("TypeError") && rt.IsInt(weights) {
				rt.ClearErr()
				ks := rt.Repr(weights)
				rt.Raise("TypeError", "The number of choices must be a keyword argument: k=%s", rt.GoString(ks))
				rt.Decref(ks)
			}
			return Nil
		}
		l := rt.ListFrom(cum...)
		for _, c := range cum {
			rt.Decref(c)
		}
		defer rt.Decref(l)
		cumWeights = l
	} else if weights != Nil && weights != rt.None {
		rt.Raise("TypeError", "Cannot specify both weights and cumulative weights")
		return Nil
	}
	m, ok := seqLen(rt, cumWeights)
	if !ok {
		return Nil
	}
	if m != n {
		rt.Raise("ValueError", "The number of weights does not match the population")
		return Nil
	}
	last := rt.GetItem(cumWeights, object.MakeSmallInt(-1))
	if last == Nil {
		return Nil
	}
	zero := rt.NewFloat(0.0)
	totalR := rt.BinaryOp(last, zero, object.OpAdd)
	rt.Decref(last)
	rt.Decref(zero)
	if totalR == Nil {
		return Nil
	}
	total := rt.FloatValue(totalR)
	rt.Decref(totalR)
	if total <= 0.0 {
		rt.Raise("ValueError", "Total of weights must be greater than zero")
		return Nil
	}
	if gomath.IsInf(total, 0) || gomath.IsNaN(total) {
		rt.Raise("ValueError", "Total of weights must be finite")
		return Nil
	}
	k, ok := kcount()
	if !ok {
		return Nil
	}
	hi0 := n - 1
	out := rt.NewList(0)
	for i := 0; i < k; i++ {
		x := rt.NewFloat(g.random() * total)
		lo, hi := 0, hi0
		for lo < hi {
			mid := (lo + hi) / 2
			item := rt.GetItem(cumWeights, rt.NewInt(int64(mid)))
			if item == Nil {
				rt.Decref(x)
				rt.Decref(out)
				return Nil
			}
			c := rt.RichCompareBool(x, item, object.LT)
			rt.Decref(item)
			if c < 0 {
				rt.Decref(x)
				rt.Decref(out)
				return Nil
			}
			if c == 1 {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		rt.Decref(x)
		item := rt.GetItem(population, rt.NewInt(int64(lo)))
		if item == Nil {
			rt.Decref(out)
			return Nil
		}
		rt.ListAppend(out, item)
		rt.Decref(item)
	}
	return out
}
