// pow(x, y) for floats, correctly rounded in practice: CPython calls the C
// library's pow, which glibc computes to within 0.52 ULP (so almost always the
// correctly rounded result); Go's math.Pow is off by an ULP or more on many
// inputs. powDD evaluates exp(y·log(x)) in double-double arithmetic (about 100
// bits) and rounds once.

package object

import (
	"math"
	"math/big"
	"sync"
)

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

func quickTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return
}

func ddAdd(x, y dd) dd {
	s, e := twoSum(x.hi, y.hi)
	t, f := twoSum(x.lo, y.lo)
	e += t
	s, e = quickTwoSum(s, e)
	e += f
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func ddMul(x, y dd) dd {
	p := x.hi * y.hi
	e := math.FMA(x.hi, y.hi, -p)
	e += x.hi*y.lo + x.lo*y.hi
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddMulF(x dd, y float64) dd {
	p := x.hi * y
	e := math.FMA(x.hi, y, -p)
	e += x.lo * y
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddDiv(x, y dd) dd {
	q1 := x.hi / y.hi
	r := ddAdd(x, ddMulF(y, -q1))
	q2 := r.hi / y.hi
	r = ddAdd(r, ddMulF(y, -q2))
	q3 := r.hi / y.hi
	s, e := quickTwoSum(q1, q2)
	return ddAdd(dd{s, e}, dd{q3, 0})
}

var ddLn2 = dd{0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56}

// atanhCoef[k] = 1/(2k+1) in double-double, for the series of log.
var atanhCoef = func() (c [24]dd) {
	for k := range c {
		c[k] = ddDiv(dd{1, 0}, dd{float64(2*k + 1), 0})
	}
	return
}()

// invFact[k] = 1/k! in double-double, for the series of exp.
var invFact = func() (c [12]dd) {
	f := dd{1, 0}
	for k := range c {
		if k > 0 {
			f = ddMulF(f, float64(k))
		}
		c[k] = ddDiv(dd{1, 0}, f)
	}
	return
}()

// ddLogSlow returns log(x) for finite x > 0 (the series without a table; it
// builds the tables of ddLog).
func ddLogSlow(x float64) dd {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// log(m) = 2 atanh(s), s = (m-1)/(m+1); m-1 is exact (Sterbenz).
	hi, lo := twoSum(m, 1)
	s := ddDiv(dd{m - 1, 0}, dd{hi, lo})
	s2 := ddMul(s, s)
	acc := atanhCoef[len(atanhCoef)-1]
	for k := len(atanhCoef) - 2; k >= 0; k-- {
		acc = ddAdd(atanhCoef[k], ddMul(s2, acc))
	}
	l := ddMulF(ddMul(s, acc), 2)
	return ddAdd(ddMulF(ddLn2, float64(e)), l)
}

// ddExpSlow returns exp(z) as acc·2**k (the series without a table; it builds
// the table of ddExpRound).
func ddExpSlow(z dd) (acc dd, k int) {
	kf := math.Round(z.hi / ddLn2.hi)
	r := ddAdd(z, ddMulF(ddLn2, -kf))
	// exp(r) = exp(r/1024)^1024, with the Taylor series for the small argument.
	const squarings = 10
	r = dd{math.Ldexp(r.hi, -squarings), math.Ldexp(r.lo, -squarings)}
	acc = invFact[len(invFact)-1]
	for i := len(invFact) - 2; i >= 0; i-- {
		acc = ddAdd(invFact[i], ddMul(r, acc))
	}
	for i := 0; i < squarings; i++ {
		acc = ddMul(acc, acc)
	}
	return acc, int(kf)
}

// powTab holds the tables of ddLog and ddExpRound, built on first use.
type powTab struct {
	// logR[i] is 1/c for c = 1 + (i+0.5)/128, logL[i] = log(logR[i]).
	logR [128]float64
	logL [128]dd
	// exp2[j] = 2**(j/256).
	exp2 [256]dd
}

var powTables = sync.OnceValue(func() *powTab {
	t := new(powTab)
	for i := range t.logR {
		t.logR[i] = 1 / (1 + (float64(i)+0.5)/128)
		t.logL[i] = ddLogSlow(t.logR[i])
	}
	for j := range t.exp2 {
		acc, k := ddExpSlow(ddMulF(ddLn2, float64(j)/256))
		t.exp2[j] = dd{math.Ldexp(acc.hi, k), math.Ldexp(acc.lo, k)}
	}
	return t
})

// ddLog returns log(x) for finite x > 0: x = 2**e·m, m·r = 1+t with r from a table
// so that |t| <= 2**-8, log(1+t) = 2·atanh(t/(2+t)) with a short series.
func ddLog(x float64) dd {
	tab := powTables()
	m, e := math.Frexp(x)
	m *= 2
	e--
	i := int((m - 1) * 128)
	r := tab.logR[i]
	p := m * r
	pe := math.FMA(m, r, -p)
	th, tl := twoSum(p-1, pe) // p-1 is exact (Sterbenz)
	t := dd{th, tl}
	s := ddDiv(t, ddAdd(dd{2, 0}, t))
	s2 := ddMul(s, s)
	acc := atanhCoef[7]
	for k := 6; k >= 0; k-- {
		acc = ddAdd(atanhCoef[k], ddMul(s2, acc))
	}
	l := ddMulF(ddMul(s, acc), 2)
	l = ddAdd(l, dd{-tab.logL[i].hi, -tab.logL[i].lo})
	return ddAdd(ddMulF(ddLn2, float64(e)), l)
}

// ddLn2x256 is log(2)/256: exact scaling of ddLn2.
var ddLn2x256 = dd{ddLn2.hi / 256, ddLn2.lo / 256}

// ddExpRound returns exp(z) rounded to the nearest float64 (±Inf on overflow):
// z = (256q + j)·log(2)/256 + r, exp(z) = 2**q · 2**(j/256) · exp(r), |r| <=
// log(2)/512, exp(r) by its Taylor series.
func ddExpRound(z dd) float64 {
	if z.hi > 710 {
		return math.Inf(1)
	}
	if z.hi < -746 {
		return 0
	}
	tab := powTables()
	kf := math.Round(z.hi / ddLn2x256.hi)
	r := ddAdd(z, ddMulF(ddLn2x256, -kf))
	acc := invFact[10]
	for i := 9; i >= 0; i-- {
		acc = ddAdd(invFact[i], ddMul(r, acc))
	}
	k := int(kf)
	acc = ddMul(acc, tab.exp2[k&255])
	ki := k >> 8
	if ki > -1000 && ki < 1000 {
		return math.Ldexp(acc.hi+acc.lo, ki)
	}
	// Near overflow or in the subnormal range: round once, exactly.
	f := new(big.Float).SetPrec(128).SetFloat64(acc.hi)
	f.Add(f, new(big.Float).SetFloat64(acc.lo))
	f.SetMantExp(f, ki)
	v, _ := f.Float64()
	return v
}

// powIntDD returns x**n for an integer n, |n| <= 64, whose result is well inside
// the normal range: square and multiply in double-double, one rounding.
func powIntDD(x float64, n int) float64 {
	r := ddPowUint(x, abs(n))
	if n < 0 {
		r = ddDiv(dd{1, 0}, r)
	}
	return r.hi + r.lo
}

func ddPowUint(x float64, n int) dd {
	r, b := dd{1, 0}, dd{x, 0}
	for n > 0 {
		if n&1 != 0 {
			r = ddMul(r, b)
		}
		n >>= 1
		if n > 0 {
			b = ddMul(b, b)
		}
	}
	return r
}

// powHalfDD returns x**(n+0.5) for an integer n, |n| <= 64 (x**1.5, x**-1.5 in
// physics code), with the same range condition: x**n times sqrt(x), both in
// double-double.
func powHalfDD(x float64, n int) float64 {
	s := math.Sqrt(x)
	sq := dd{s, math.FMA(-s, s, x) / (2 * s)} // one Newton step: s + (x - s²)/2s
	p := ddPowUint(x, abs(n))
	var r dd
	if n < 0 {
		r = ddDiv(sq, p)
	} else {
		r = ddMul(p, sq)
	}
	return r.hi + r.lo
}

// powDD returns x**y for finite x > 0 and finite y.
func powDD(x, y float64) float64 {
	l := ddLog(x)
	if p := l.hi * y; p > 1000 || p < -1000 {
		if p > 0 {
			return math.Inf(1)
		}
		return 0
	}
	return ddExpRound(ddMulF(l, y))
}
