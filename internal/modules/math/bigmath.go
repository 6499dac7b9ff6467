// Correctly rounded elementary functions, computed with math/big at about 128
// bits and rounded once to the nearest double. glibc's exp, log, pow, exp2, log2,
// sin, cos, tan, atan, atan2, asin and acos return the correctly rounded result
// (the IBM Accurate Mathematical Library and the ARM optimized routines), so this
// reproduces CPython-on-glibc's last bits where Go's math differs (Go's Log on
// amd64 even mishandles subnormals). The price is speed: a few microseconds per
// call instead of tens of nanoseconds.

package math

import (
	gomath "math"
	"math/big"
	"sync"
)

const prec = 128

var (
	constOnce sync.Once
	bigLn2    *big.Float // at 256 bits
	bigPiHuge *big.Float // pi at 1400 bits, for reducing huge arguments
	bigHalfPi *big.Float // pi/2 at 256 bits
	bigPi     *big.Float
	bigLn10   *big.Float
)

func nf() *big.Float { return new(big.Float).SetPrec(prec) }

func nfp(p uint) *big.Float { return new(big.Float).SetPrec(p) }

// atanhInv returns atanh(1/n) at precision p (sum of 1/((2k+1) n^(2k+1))).
func atanhInv(n int64, p uint) *big.Float {
	sum := nfp(p)
	pow := nfp(p).Quo(nfp(p).SetInt64(1), nfp(p).SetInt64(n))
	n2 := nfp(p).SetInt64(n * n)
	eps := nfp(p).SetMantExp(big.NewFloat(1), -int(p)-8)
	for k := int64(0); ; k++ {
		term := nfp(p).Quo(pow, nfp(p).SetInt64(2*k+1))
		sum.Add(sum, term)
		if term.Cmp(eps) < 0 {
			break
		}
		pow.Quo(pow, n2)
	}
	return sum
}

// atanInv returns atan(1/n) at precision p.
func atanInv(n int64, p uint) *big.Float {
	sum := nfp(p)
	pow := nfp(p).Quo(nfp(p).SetInt64(1), nfp(p).SetInt64(n))
	n2 := nfp(p).SetInt64(n * n)
	eps := nfp(p).SetMantExp(big.NewFloat(1), -int(p)-8)
	for k := int64(0); ; k++ {
		term := nfp(p).Quo(pow, nfp(p).SetInt64(2*k+1))
		if k%2 == 0 {
			sum.Add(sum, term)
		} else {
			sum.Sub(sum, term)
		}
		if term.Cmp(eps) < 0 {
			break
		}
		pow.Quo(pow, n2)
	}
	return sum
}

func initConsts() {
	constOnce.Do(func() {
		bigLn2 = nfp(256).Mul(nfp(256).SetInt64(2), atanhInv(3, 256))
		// Machin: pi = 16 atan(1/5) - 4 atan(1/239).
		p := uint(1400)
		pi := nfp(p).Sub(nfp(p).Mul(nfp(p).SetInt64(16), atanInv(5, p)), nfp(p).Mul(nfp(p).SetInt64(4), atanInv(239, p)))
		bigPiHuge = pi
		bigPi = nfp(256).Set(pi)
		bigHalfPi = nfp(256).Quo(bigPi, nfp(256).SetInt64(2))
		// ln 10 = 3 ln 2 + ln(5/4) = 3 ln2 + 2 atanh(1/9)
		bigLn10 = nfp(256).Add(nfp(256).Mul(nfp(256).SetInt64(3), bigLn2), nfp(256).Mul(nfp(256).SetInt64(2), atanhInv(9, 256)))
	})
}

func toFloat(f *big.Float) float64 {
	v, _ := f.Float64()
	return v
}

// expBig returns e**x for a big x (|x| < 2000).
func expBig(x *big.Float) *big.Float {
	initConsts()
	// x = k ln2 + r
	kf := nf().Quo(x, bigLn2)
	k, _ := kf.Int64()
	if kf.Sign() < 0 {
		k--
	}
	r := nfp(prec+16).Sub(x, nfp(prec+16).Mul(nfp(prec+16).SetInt64(k), bigLn2))
	// r in [0, ln2); scale by 2^-12 and use Taylor.
	const sq = 12
	r.SetMantExp(r, -sq)
	sum := nfp(prec + 16).SetInt64(1)
	term := nfp(prec + 16).SetInt64(1)
	eps := nfp(prec).SetMantExp(big.NewFloat(1), -prec-16)
	for i := int64(1); ; i++ {
		term.Mul(term, r)
		term.Quo(term, nfp(prec+16).SetInt64(i))
		sum.Add(sum, term)
		if term.Sign() == 0 || new(big.Float).Abs(term).Cmp(eps) < 0 {
			break
		}
	}
	for i := 0; i < sq; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// logBig returns ln(x) for a positive finite x.
func logBig(x float64) *big.Float {
	initConsts()
	m, e := gomath.Frexp(x) // m in [0.5, 1)
	if m < gomath.Sqrt2/2 {
		m *= 2
		e--
	}
	// ln(m) = 2 atanh(z), z = (m-1)/(m+1)
	p := uint(prec + 16)
	bm := nfp(p).SetFloat64(m)
	one := nfp(p).SetInt64(1)
	z := nfp(p).Quo(nfp(p).Sub(bm, one), nfp(p).Add(bm, one))
	z2 := nfp(p).Mul(z, z)
	sum := nfp(p)
	pow := nfp(p).Set(z)
	eps := nfp(p).SetMantExp(big.NewFloat(1), -int(p)-4)
	for k := int64(0); ; k++ {
		term := nfp(p).Quo(pow, nfp(p).SetInt64(2*k+1))
		sum.Add(sum, term)
		if term.Sign() == 0 || new(big.Float).Abs(term).Cmp(eps) < 0 {
			break
		}
		pow.Mul(pow, z2)
	}
	sum.Mul(sum, nfp(p).SetInt64(2))
	return sum.Add(sum, nfp(p).Mul(nfp(p).SetInt64(int64(e)), bigLn2))
}

func crExp(x float64) float64 {
	switch {
	case gomath.IsNaN(x):
		return x
	case x > 710:
		return gomath.Inf(1)
	case x < -746:
		return 0
	case x == 0:
		return 1
	}
	if r, ok := fastExp(x); ok {
		return r
	}
	return toFloat(expBig(nf().SetFloat64(x)))
}

func crLog(x float64) float64 {
	if x <= 0 || gomath.IsNaN(x) || gomath.IsInf(x, 1) {
		return gomath.Log(x)
	}
	if x == 1 {
		return 0
	}
	if r, ok := fastLog(x); ok {
		return r
	}
	return toFloat(logBig(x))
}

func crLog2(x float64) float64 {
	if x <= 0 || gomath.IsNaN(x) || gomath.IsInf(x, 1) {
		return gomath.Log2(x)
	}
	if m, e := gomath.Frexp(x); m == 0.5 {
		return float64(e - 1)
	}
	initConsts()
	return toFloat(nf().Quo(logBig(x), bigLn2))
}

// glibcLog10 is glibc's __ieee754_log10 (fdlibm's algorithm) over the correctly
// rounded log.
func glibcLog10(x float64) float64 {
	const (
		two54     = 1.80143985094819840000e+16
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	bits := gomath.Float64bits(x)
	hx := int32(bits >> 32)
	lx := uint32(bits)
	k := int32(0)
	if hx < 0x00100000 {
		if (hx&0x7fffffff)|int32(lx) == 0 {
			return -two54 / gomath.Abs(x)
		}
		if hx < 0 {
			return gomath.NaN()
		}
		k -= 54
		x *= two54
		hx = int32(gomath.Float64bits(x) >> 32)
	}
	if hx >= 0x7ff00000 {
		return x + x
	}
	k += (hx >> 20) - 1023
	i := int32((uint32(k) & 0x80000000) >> 31)
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
	y := float64(k + i)
	x = gomath.Float64frombits(uint64(uint32(hx))<<32 | uint64(uint32(gomath.Float64bits(x))))
	z := float64(y*log10_2lo) + float64(ivln10*crLog(x))
	return z + float64(y*log10_2hi)
}

// crPow is pow for finite x and y (the special values are handled by the caller
// and by Go's Pow, whose special cases are C99's).
func crPow(x, y float64) float64 {
	if x == 0 || y == 0 || x == 1 || gomath.IsNaN(x) || gomath.IsNaN(y) || gomath.IsInf(x, 0) || gomath.IsInf(y, 0) {
		return gomath.Pow(x, y)
	}
	neg := false
	if x < 0 {
		if y != gomath.Trunc(y) {
			return gomath.NaN()
		}
		neg = gomath.Abs(gomath.Mod(y, 2)) == 1
		x = -x
	}
	if y == 1 {
		if neg {
			return -x
		}
		return x
	}
	if r, ok := fastPow(x, y); ok {
		if neg {
			return -r
		}
		return r
	}
	l := logBig(x)
	l.Mul(l, nf().SetFloat64(y))
	lf := toFloat(l)
	var r float64
	switch {
	case lf > 710:
		r = gomath.Inf(1)
	case lf < -746:
		r = 0
	default:
		r = toFloat(expBig(l))
	}
	if neg {
		return -r
	}
	return r
}

// reduce returns r = x - q*pi/2 with |r| <= pi/4 (at prec bits) and q mod 4.
func reduce(x float64) (*big.Float, int) {
	initConsts()
	_, e := gomath.Frexp(x)
	p := uint(prec + 32)
	if e > 0 {
		p += uint(e)
	}
	bx := nfp(p).SetFloat64(x)
	halfPi := nfp(p).Quo(nfp(p).Set(bigPiHuge), nfp(p).SetInt64(2))
	qf := nfp(p).Quo(bx, halfPi)
	// round to nearest integer
	qf.Add(qf, nfp(p).SetFloat64(0.5))
	qi, _ := qf.Int(nil)
	if qf.Sign() < 0 && !qf.IsInt() {
		qi.Sub(qi, big.NewInt(1))
	}
	r := nfp(p).Sub(bx, nfp(p).Mul(nfp(p).SetInt(qi), halfPi))
	q := int(new(big.Int).And(qi, big.NewInt(3)).Int64())
	return nf().Set(r), q
}

// sinCosBig returns sin(r) and cos(r) for a small r by Taylor series.
func sinCosBig(r *big.Float) (*big.Float, *big.Float) {
	p := uint(prec + 16)
	r2 := nfp(p).Mul(r, r)
	s, c := nfp(p).Set(r), nfp(p).SetInt64(1)
	ts, tc := nfp(p).Set(r), nfp(p).SetInt64(1)
	eps := nfp(p).SetMantExp(big.NewFloat(1), -int(p)-8)
	for k := int64(1); ; k++ {
		ts.Mul(ts, r2)
		ts.Quo(ts, nfp(p).SetInt64((2*k)*(2*k+1)))
		tc.Mul(tc, r2)
		tc.Quo(tc, nfp(p).SetInt64((2*k-1)*(2*k)))
		if k%2 == 1 {
			s.Sub(s, ts)
			c.Sub(c, tc)
		} else {
			s.Add(s, ts)
			c.Add(c, tc)
		}
		if new(big.Float).Abs(tc).Cmp(eps) < 0 && new(big.Float).Abs(ts).Cmp(eps) < 0 {
			break
		}
	}
	return s, c
}

func crSinCos(x float64) (*big.Float, *big.Float) {
	r, q := reduce(x)
	s, c := sinCosBig(r)
	switch q {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s, c = s.Neg(s), c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	return s, c
}

func crSin(x float64) float64 {
	if x == 0 || gomath.IsNaN(x) || gomath.IsInf(x, 0) || gomath.Abs(x) < 1e-9 && false {
		return gomath.Sin(x)
	}
	if r, ok := fastSin(x); ok {
		return r
	}
	s, _ := crSinCos(x)
	return toFloat(s)
}

func crCos(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return gomath.NaN()
	}
	if r, ok := fastCos(x); ok {
		return r
	}
	_, c := crSinCos(x)
	return toFloat(c)
}

func crTan(x float64) float64 {
	if x == 0 || gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return gomath.Tan(x)
	}
	if r, ok := fastTan(x); ok {
		return r
	}
	s, c := crSinCos(x)
	return toFloat(nf().Quo(s, c))
}

// atanBig returns atan(x) for a finite big x.
func atanBig(x *big.Float) *big.Float {
	initConsts()
	p := uint(prec + 16)
	neg := x.Sign() < 0
	a := nfp(p).Abs(x)
	one := nfp(p).SetInt64(1)
	inv := false
	if a.Cmp(one) > 0 {
		a.Quo(one, a)
		inv = true
	}
	// halve the argument: atan(a) = 2 atan(a / (1 + sqrt(1 + a^2)))
	halvings := 0
	lim := nfp(p).SetFloat64(0.05)
	for a.Cmp(lim) > 0 {
		t := nfp(p).Mul(a, a)
		t.Add(t, one)
		t.Sqrt(t)
		t.Add(t, one)
		a.Quo(a, t)
		halvings++
	}
	a2 := nfp(p).Mul(a, a)
	sum := nfp(p)
	pow := nfp(p).Set(a)
	eps := nfp(p).SetMantExp(big.NewFloat(1), -int(p)-8)
	for k := int64(0); ; k++ {
		term := nfp(p).Quo(pow, nfp(p).SetInt64(2*k+1))
		if k%2 == 0 {
			sum.Add(sum, term)
		} else {
			sum.Sub(sum, term)
		}
		if term.Sign() == 0 || term.Cmp(eps) < 0 {
			break
		}
		pow.Mul(pow, a2)
	}
	sum.SetMantExp(sum, halvings)
	if inv {
		sum.Sub(nfp(p).Set(bigHalfPi), sum)
	}
	if neg {
		sum.Neg(sum)
	}
	return sum
}

func crAtan(x float64) float64 {
	if x == 0 || gomath.IsNaN(x) || gomath.IsInf(x, 0) || gomath.Abs(x) < 1e-8 {
		if gomath.Abs(x) < 1e-8 && x != 0 && !gomath.IsNaN(x) {
			return toFloat(atanBig(nf().SetFloat64(x)))
		}
		return gomath.Atan(x)
	}
	return toFloat(atanBig(nf().SetFloat64(x)))
}

func crAtan2(y, x float64) float64 {
	// Finite, y != 0, x finite (mAtan2 handled the rest); x == 0 gives ±pi/2.
	initConsts()
	if x == 0 {
		return gomath.Copysign(toFloat(bigHalfPi), y)
	}
	q := nf().Quo(nf().SetFloat64(y), nf().SetFloat64(x))
	a := atanBig(q)
	if x < 0 {
		if y > 0 {
			a.Add(a, bigPi)
		} else {
			a.Sub(a, bigPi)
		}
	}
	return toFloat(a)
}

func crAsin(x float64) float64 {
	if gomath.IsNaN(x) || gomath.Abs(x) > 1 {
		return gomath.NaN()
	}
	if x == 0 {
		return x
	}
	initConsts()
	if gomath.Abs(x) == 1 {
		return gomath.Copysign(toFloat(bigHalfPi), x)
	}
	bx := nf().SetFloat64(x)
	one := nf().SetInt64(1)
	d := nf().Sub(one, nf().Mul(bx, bx))
	d.Sqrt(d)
	return toFloat(atanBig(nf().Quo(bx, d)))
}

func crAcos(x float64) float64 {
	if gomath.IsNaN(x) || gomath.Abs(x) > 1 {
		return gomath.NaN()
	}
	if x == 1 {
		return 0
	}
	initConsts()
	if x == -1 {
		return toFloat(bigPi)
	}
	bx := nf().SetFloat64(x)
	one := nf().SetInt64(1)
	t := nf().Quo(nf().Sub(one, bx), nf().Add(one, bx))
	t.Sqrt(t)
	a := atanBig(t)
	return toFloat(a.SetMantExp(a, 1))
}
