// fsum (Shewchuk's exact partials, as mathmodule.c's math_fsum) and the
// vector_norm behind hypot and dist.

package math

import (
	gomath "math"

	"github.com/pyheap/pyheap/internal/object"
)

// assignDouble is mathmodule.c's ASSIGN_DOUBLE.
func assignDouble(rt *object.Runtime, v Ref) (float64, bool) {
	if rt.TypeOf(v) == rt.FloatType {
		return rt.FloatValue(v), true
	}
	return asDouble(rt, v)
}

func fsum(rt *object.Runtime, seq Ref) Ref {
	it := rt.Iter(seq)
	if it == Nil {
		return Nil
	}
	defer rt.Decref(it)
	var p []float64
	specialSum, infSum := 0.0, 0.0
	for {
		item := rt.Next(it)
		if item == Nil {
			if rt.Occurred() {
				return Nil
			}
			break
		}
		x, ok := assignDouble(rt, item)
		rt.Decref(item)
		if !ok {
			return Nil
		}
		xsave := x
		i := 0
		for j := 0; j < len(p); j++ {
			y := p[j]
			if gomath.Abs(x) < gomath.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			yr := hi - x
			lo := y - yr
			if lo != 0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		if x != 0 {
			if !isFinite(x) {
				if isFinite(xsave) {
					rt.Raise("OverflowError", "intermediate overflow in fsum")
					return Nil
				}
				if gomath.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				p = p[:0]
			} else {
				p = append(p, x)
			}
		}
	}
	if specialSum != 0 {
		if gomath.IsNaN(infSum) {
			rt.Raise("ValueError", "-inf + inf in fsum")
			return Nil
		}
		return rt.NewFloat(specialSum)
	}
	hi := 0.0
	n := len(p)
	if n > 0 {
		n--
		hi = p[n]
		var lo float64
		for n > 0 {
			x := hi
			n--
			y := p[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return rt.NewFloat(hi)
}

const dblMin = 2.2250738585072014e-308

// vectorNorm is mathmodule.c's vector_norm (3.11): the Euclidean norm with an
// error-free accumulation of the squares and a final correction step.
func vectorNorm(vec []float64, max float64, foundNaN bool) float64 {
	const t27 = 134217729.0
	if gomath.IsInf(max, 0) {
		return max
	}
	if foundNaN {
		return gomath.NaN()
	}
	if max == 0 || len(vec) <= 1 {
		return max
	}
	_, maxE := gomath.Frexp(max)
	if maxE < -1023 {
		for i := range vec {
			vec[i] /= dblMin
		}
		return dblMin * vectorNorm(vec, max/dblMin, foundNaN)
	}
	scale := gomath.Ldexp(1.0, -maxE)
	csum, frac1, frac2, frac3 := 1.0, 0.0, 0.0, 0.0
	for _, x := range vec {
		x *= scale
		t := float64(x * t27)
		hi := t - (t - x)
		lo := x - hi
		x = float64(hi * hi)
		oldcsum := csum
		csum += x
		frac1 += (oldcsum - csum) + x
		x = float64(2.0 * hi * lo)
		oldcsum = csum
		csum += x
		frac2 += (oldcsum - csum) + x
		frac3 += float64(lo * lo)
	}
	h := gomath.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3))
	x := h
	t := float64(x * t27)
	hi := t - (t - x)
	lo := x - hi
	x = float64(-hi * hi)
	oldcsum := csum
	csum += x
	frac1 += (oldcsum - csum) + x
	x = float64(-2.0 * hi * lo)
	oldcsum = csum
	csum += x
	frac2 += (oldcsum - csum) + x
	x = float64(-lo * lo)
	oldcsum = csum
	csum += x
	frac3 += (oldcsum - csum) + x
	x = csum - 1.0 + (frac1 + frac2 + frac3)
	return (h + x/(2.0*h)) / scale
}

func hypot(rt *object.Runtime, args []Ref) Ref {
	vec := make([]float64, len(args))
	max, foundNaN := 0.0, false
	for i, a := range args {
		x, ok := assignDouble(rt, a)
		if !ok {
			return Nil
		}
		x = gomath.Abs(x)
		vec[i] = x
		foundNaN = foundNaN || gomath.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return rt.NewFloat(vectorNorm(vec, max, foundNaN))
}

func dist(rt *object.Runtime, a []Ref) Ref {
	p, q := a[0], a[1]
	if !rt.IsTuple(p) {
		if p = rt.SequenceTuple(p); p == Nil {
			return Nil
		}
		defer rt.Decref(p)
	}
	if !rt.IsTuple(q) {
		if q = rt.SequenceTuple(q); q == Nil {
			return Nil
		}
		defer rt.Decref(q)
	}
	pi, qi := rt.TupleItems(p), rt.TupleItems(q)
	if len(pi) != len(qi) {
		rt.Raise("ValueError", "both points must have the same number of dimensions")
		return Nil
	}
	vec := make([]float64, len(pi))
	max, foundNaN := 0.0, false
	for i := range pi {
		px, ok := assignDouble(rt, pi[i])
		if !ok {
			return Nil
		}
		qx, ok := assignDouble(rt, qi[i])
		if !ok {
			return Nil
		}
		x := gomath.Abs(px - qx)
		vec[i] = x
		foundNaN = foundNaN || gomath.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return rt.NewFloat(vectorNorm(vec, max, foundNaN))
}
