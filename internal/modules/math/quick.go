// First steps of Ziv's strategy for sin, cos, tan, log and exp: a table-driven
// evaluation in double arithmetic (with FMA for the exact products) that yields
// the result as an unevaluated sum hi + lo together with a rigorous bound on its
// error. When every value within the bound rounds to hi, hi is the correctly
// rounded result, which is what the slower paths (the double-double ones in
// ddmath.go and ddtrig.go, then math/big) return too: they stay as the second and
// third steps, and as the reference the tests compare against (quick_test.go).
// About one argument in a few hundred is declined and takes the slower path.
//
// sin and cos: x = N*pi/128 + r with |r| <= pi/256 (Cody and Waite's reduction
// with pi/128 in three parts, the first short enough that N*p1 is exact), then
// sin(a + r) = sin(a) cos(r) + cos(a) sin(r) with sin(a) and cos(a) from a table
// for a = j*pi/128, j = 0..255, as double-doubles (built by symmetry from
// sin(k*pi/128), k = 0..64), and short Taylor polynomials for
// sin(r) - r and cos(r) - 1 + r*r/2. The leading terms are summed exactly (TwoSum,
// FMA products); only terms below 2^-15 of the result carry rounding errors. tan
// is their quotient, corrected by its exact remainder.
//
// log: x = 2^e * m with m in [0.75, 1.5), m = c*(1 + u) with c = 1 + j/256 and
// |u| <= 2^-8.5, log(x) = e*ln2 + log(c) + log1p(u) with log(c) from a table of
// double-doubles and a degree-8 polynomial for log1p(u) whose terms past u - u*u/2
// are below 2^-18 of the result.
//
// exp: x = N*ln2/128 + r with |r| <= ln2/256, exp(x) = 2^(N>>7) * 2^(j/128) *
// exp(r), j = N mod 128, with 2^(j/128) from a table of double-doubles and a
// degree-7 polynomial for exp(r), again with the leading terms summed exactly.
//
// How each error bound was derived is written beside it; TestQuickErrorBound
// measures the actual errors against math/big (they stay below a tenth of the
// bounds) and TestQuickSameAsReference compares the results with the reference
// paths.
//
// The tables and the split constants are literals in quick_tables.go, which
// TestQuickTables generates from math/big and checks.

package math

import gomath "math"

// roundsTo reports whether every value within err of hi + lo rounds to hi, for
// |lo| <= ulp(hi)/2 and err at least 2^-45 ulp(hi) (so the rounding of lo ± err
// cannot matter) or zero with hi + lo exact.
func roundsTo(hi, lo, err float64) bool {
	return hi+(lo+err) == hi && hi+(lo-err) == hi
}

// Taylor coefficients: sin(r) - r = r*z*(s3 + z*(s5 + z*(s7 + z*s9))) and
// cos(r) - 1 + z/2 = z*z*(c4 + z*(c6 + z*(c8 + z*c10))), z = r*r. For |r| <=
// pi/256 the truncation errors are below 2^-88 of r and 2^-90 absolute.
const (
	qs3  = -1.0 / 6
	qs5  = 1.0 / 120
	qs7  = -1.0 / 5040
	qs9  = 1.0 / 362880
	qc4  = 1.0 / 24
	qc6  = -1.0 / 720
	qc8  = 1.0 / 40320
	qc10 = -1.0 / 3628800
)

// quickSinCos returns sin(x) (cos(x) when cos) for 2^-26 <= |x| < 2^20 as hi,
// and whether hi is certainly the correctly rounded result.
func quickSinCos(x float64, cos bool) (float64, bool) {
	hi, lo, err := quickSinCosParts(x, cos)
	return hi, roundsTo(hi, lo, err)
}

// quickSinCosParts returns sin(x) or cos(x) as hi + lo (|lo| <= ulp(hi)/2) and a
// bound on the absolute error of hi + lo.
func quickSinCosParts(x float64, cos bool) (hi, lo, err float64) {
	n := gomath.Round(x * qInvP) // |n| < 2^26: n*qP1 is exact
	// r = x - n*pi/128 as rh + rl. x - n*qP1 is exact (Sterbenz's lemma: n*qP1 is
	// within a factor 2 of x, or n is 0); n*qP2 is split exactly by FMA.
	t := x - n*qP1
	q2 := n * qP2
	q2l := gomath.FMA(n, qP2, -q2)
	sh := t - q2
	bb := sh - t
	sl := (t - (sh - bb)) + (-q2 - bb)
	lo = sl - q2l - n*qP3
	rh := sh + lo
	bb = rh - sh
	rl := (sh - (rh - bb)) + (lo - bb)
	// The reduction's error: the ignored part of pi/128 times n (< 2^-113) and the
	// rounding of the three terms of lo (each below 2^-57, < 2^-108 together).
	const reduceErr = 0x1p-106

	// sin or cos of x is A*cos(r) + B*sin(r): for sin A = sin(a), B = cos(a), for
	// cos A = cos(a), B = -sin(a), a = n*pi/128.
	e := &qSinCos[uint8(int64(n))] // n mod 256
	a, b := e.sin, e.cos
	if cos {
		a, b = e.cos, dd{-e.sin.hi, -e.sin.lo}
	}
	z := rh * rh
	zl := gomath.FMA(rh, rh, -z)
	ps := z * (qs3 + z*(qs5+z*(qs7+z*qs9)))
	pc := z * z * (qc4 + z*(qc6+z*(qc8+z*qc10)))
	// Exact leading terms: A.hi, B.hi*rh, -A.hi*z/2.
	p := b.hi * rh
	pl := gomath.FMA(b.hi, rh, -p)
	hz := -0.5 * z
	h := a.hi * hz
	hl := gomath.FMA(a.hi, hz, -h)
	s1 := a.hi + p
	bb = s1 - a.hi
	s1l := (a.hi - (s1 - bb)) + (p - bb)
	s2 := s1 + h
	bb = s2 - s1
	s2l := (s1 - (s2 - bb)) + (h - bb)
	// The rest, each below 2^-52 of |A| + |r| but the last (below 2^-15 of it).
	tail := s1l + s2l + pl + hl + a.lo + b.hi*rl + b.lo*rh +
		a.hi*(pc-0.5*zl-rh*rl) + a.lo*hz
	tail += b.hi * (rh * ps)
	hi = s2 + tail
	bb = hi - s2
	lo = (s2 - (hi - bb)) + (tail - bb)
	// The rounding errors: ps and the products after it (6 roundings of a term
	// below 2^-15.3 (|A|+|r|)), the last sum, the small terms: below 2^-65.5
	// (|A|+|r|); 2^-62 leaves a margin of 11.
	err = 0x1p-62*(gomath.Abs(a.hi)+gomath.Abs(rh)) + reduceErr
	return hi, lo, err
}

// quickTanParts returns tan(x) for 2^-27 <= |x| < 2^20 as hi + lo and a bound
// on the error of hi + lo: sin(x)/cos(x) from quickSinCosParts, the quotient
// corrected by its exact remainder (FMA). The relative errors of the two parts
// add up, plus the quotient's own (below 2^-100).
func quickTanParts(x float64) (hi, lo, err float64) {
	sh, sl, se := quickSinCosParts(x, false)
	ch, cl, ce := quickSinCosParts(x, true)
	q := sh / ch
	rem := gomath.FMA(-q, ch, sh) // exact
	ql := (rem + sl - q*cl) / ch
	hi = q + ql
	lo = ql - (hi - q)
	rel := se/gomath.Abs(sh) + ce/gomath.Abs(ch)
	err = gomath.Abs(hi) * (rel*(1+0x1p-20) + 0x1p-96)
	return hi, lo, err
}

// Coefficients of log1p(u) - u + u*u/2 = u^3*(l3 + u*(l4 + ... + u*l8)); for
// |u| <= 2^-8.5 the truncation error is below 2^-80 of u.
const (
	ql3 = 1.0 / 3
	ql4 = -1.0 / 4
	ql5 = 1.0 / 5
	ql6 = -1.0 / 6
	ql7 = 1.0 / 7
	ql8 = -1.0 / 8
)

// quickLog returns log(x) for a positive finite x other than 1 as hi, and
// whether hi is certainly the correctly rounded result.
func quickLog(x float64) (float64, bool) {
	hi, lo, err := quickLogParts(x)
	return hi, roundsTo(hi, lo, err)
}

// quickLogParts returns log(x) as hi + lo (|lo| <= ulp(hi)/2) and a bound on the
// absolute error of hi + lo.
func quickLogParts(x float64) (hi, lo, err float64) {
	bits := gomath.Float64bits(x)
	e := int(bits>>52) - 1023
	if bits>>52 == 0 { // subnormal: scale into the normal range
		bits = gomath.Float64bits(x * 0x1p54)
		e = int(bits>>52) - 1023 - 54
	}
	m := gomath.Float64frombits(bits&(1<<52-1) | 1023<<52) // [1, 2)
	if m >= 1.5 {
		m *= 0.5
		e++
	}
	j := int(gomath.Round((m - 1) * 256)) // -64..128
	c := 1 + float64(j)*(1.0/256)
	num := m - c // exact (Sterbenz)
	u := num / c
	ul := gomath.FMA(-u, c, num) / c // u + ul = num/c to 2^-104 relative
	tab := qLogTab[j+64]
	ef := float64(e)
	eh := ef * qL1 // exact: |e| < 2^11
	// Exact leading terms: e*L1, log(c).hi, u, -u*u/2.
	s1 := eh + tab.hi
	bb := s1 - eh
	s1l := (eh - (s1 - bb)) + (tab.hi - bb)
	s2 := s1 + u
	bb = s2 - s1
	s2l := (s1 - (s2 - bb)) + (u - bb)
	z := u * u
	zl := gomath.FMA(u, u, -z)
	h := -0.5 * z
	s3 := s2 + h
	bb = s3 - s2
	s3l := (s2 - (s3 - bb)) + (h - bb)
	tail := s1l + s2l + s3l + ef*qL2 + tab.lo + ul - 0.5*zl - u*ul
	tail += u * z * (ql3 + u*(ql4+u*(ql5+u*(ql6+u*(ql7+u*ql8)))))
	hi = s3 + tail
	bb = hi - s3
	lo = (s3 - (hi - bb)) + (tail - bb)
	// The polynomial term is below 2^-18.8 |u| (below 2^-27.3 absolute) and
	// carries about 6 roundings: below 2^-69 of |u| when e and j are 0, of |log c|
	// (>= 2^-8) otherwise; the others are below 2^-42 of the total and carry a
	// few, and the ignored part of ln 2 times e is below 2^-86: the error is below
	// 2^-68.5 of |e*ln2| + |log c| + |u|; 2^-66 leaves a margin of 5 (pow needs a
	// tight bound: its argument to exp is y times this).
	err = 0x1p-66 * (gomath.Abs(eh) + gomath.Abs(tab.hi) + gomath.Abs(u))
	return hi, lo, err
}

// Coefficients of exp(r) - 1 - r - r*r/2 = r^3*(e3 + r*(e4 + r*(e5 + r*(e6 +
// r*e7)))); for |r| <= ln2/256 the truncation error is below 2^-82.
const (
	qe3 = 1.0 / 6
	qe4 = 1.0 / 24
	qe5 = 1.0 / 120
	qe6 = 1.0 / 720
	qe7 = 1.0 / 5040
)

// quickExpParts returns exp(x) = 2^k * (hi + lo) for -708 < x < 709 (where the
// result is a normal double), with a bound on the error of hi + lo, which lies in
// [0.7, 1.5): x = N*ln2/128 + r (ln2/128 in three parts, N*qE1 exact), k = N>>7,
// hi + lo = 2^(j/128) * exp(r) with j = N mod 128 from a table of double-doubles.
func quickExpParts(x float64) (hi, lo, err float64, k int) {
	return quickExpDD(x, 0)
}

// quickExpDD is quickExpParts for the argument x + xl, |xl| <= ulp(x).
func quickExpDD(x, xl float64) (hi, lo, err float64, k int) {
	n := (x*qEInv + 0x1.8p52) - 0x1.8p52 // round to nearest: |x*qEInv| < 2^17
	t := x - n*qE1                       // exact (Sterbenz's lemma, or n is 0)
	p := n * qE2
	pl := gomath.FMA(n, qE2, -p)
	sh := t - p
	bb := sh - t
	sl := (t - (sh - bb)) + (-p - bb)
	sl += xl - (pl + n*qE3)
	rh := sh + sl // renormalized: |rl| <= ulp(rh)/2
	bb = rh - sh
	rl := (sh - (rh - bb)) + (sl - bb)
	// |r| <= ln2/256 + |xl|; the ignored part of ln2/128 times n is below 2^-130.
	ni := int64(n)
	k = int(ni >> 7)
	tab := qExpTab[ni&127]
	z := rh * rh
	zl := gomath.FMA(rh, rh, -z)
	// Exact leading terms: T, T*rh, T*z/2.
	m := tab.hi * rh
	ml := gomath.FMA(tab.hi, rh, -m)
	hz := 0.5 * z
	h := tab.hi * hz
	hl := gomath.FMA(tab.hi, hz, -h)
	s1 := tab.hi + m
	bb = s1 - tab.hi
	s1l := (tab.hi - (s1 - bb)) + (m - bb)
	s2 := s1 + h
	bb = s2 - s1
	s2l := (s1 - (s2 - bb)) + (h - bb)
	tail := s1l + s2l + ml + hl + tab.lo + tab.lo*(rh+hz) + tab.hi*(rl+0.5*zl+rh*rl)
	tail += tab.hi * (rh * z * (qe3 + rh*(qe4+rh*(qe5+rh*(qe6+rh*qe7)))))
	hi = s2 + tail
	bb = hi - s2
	lo = (s2 - (hi - bb)) + (tail - bb)
	// The polynomial term is below 2^-27 of the result and carries about 8
	// roundings, T.lo*r^3/6 (left out) is below 2^-80, the other small terms are
	// below 2^-50 of the result: the error is below 2^-77 of hi; 2^-72 leaves a
	// margin of 32.
	err = 0x1p-72 * hi
	return hi, lo, err, k
}

// quickPow returns x**y for a positive finite x other than 1 and a finite y
// other than 0 and 1, when y*log(x) is in (-708, 709), and whether it is
// certainly the correctly rounded result: exp(t) for t = y*(log x) as a
// double-double. An absolute error d in t is a relative error of about d in
// exp(t), added to exp's own bound.
func quickPow(x, y float64) (float64, bool) {
	lh, ll, lerr := quickLogParts(x)
	th := y * lh
	if !(th > -708 && th < 709) {
		return 0, false
	}
	tl := gomath.FMA(y, lh, -th) + y*ll
	hi, lo, err, k := quickExpDD(th, tl)
	// y*lerr, the rounding of y*ll and of the sum (below 2^-100 of t), with
	// room for the product of the relative errors.
	terr := (gomath.Abs(y)*lerr + 0x1p-100*gomath.Abs(th)) * (1 + 0x1p-20)
	if !roundsTo(hi, lo, err+terr*hi*(1+0x1p-20)) {
		return 0, false
	}
	return hi * gomath.Float64frombits(uint64(k+1023)<<52), true
}

// zivPow is pow with glibc's (correctly rounded) results: the quick step for a
// positive x, else crPow.
func zivPow(x, y float64) float64 {
	if x > 0 && x < gomath.Inf(1) && x != 1 && y-y == 0 && y != 0 && y != 1 {
		if r, ok := quickPow(x, y); ok {
			return r
		}
	}
	return crPow(x, y)
}

// zivSin, zivCos, zivTan and zivLog are sin, cos, tan and log with glibc's (correctly rounded)
// results: the quick step, else the reference functions (crSin, crCos, crTan,
// crLog).
func zivSin(x float64) float64 {
	if a := gomath.Abs(x); a < 0x1p20 && a >= 0x1p-26 {
		if r, ok := quickSinCos(x, false); ok {
			return r
		}
	} else if a < 0x1p-26 {
		// |sin(x) - x| < x^3/6 is below half an ulp of x (zero stays zero).
		return x
	}
	return crSin(x)
}

func zivCos(x float64) float64 {
	if a := gomath.Abs(x); a < 0x1p20 && a >= 0x1p-27 {
		if r, ok := quickSinCos(x, true); ok {
			return r
		}
	} else if a < 0x1p-27 {
		// 1 - cos(x) < x^2/2 is below half an ulp of 1 from below.
		return 1
	}
	return crCos(x)
}

func zivTan(x float64) float64 {
	if a := gomath.Abs(x); a < 0x1p20 && a >= 0x1p-27 {
		if hi, lo, err := quickTanParts(x); roundsTo(hi, lo, err) {
			return hi
		}
	} else if a < 0x1p-27 {
		// tan(x) - x < x^3/3 is below half an ulp of x (zero stays zero).
		return x
	}
	return crTan(x)
}

func zivLog(x float64) float64 {
	if x > 0 && x < gomath.Inf(1) && x != 1 {
		if r, ok := quickLog(x); ok {
			return r
		}
	}
	return crLog(x)
}
