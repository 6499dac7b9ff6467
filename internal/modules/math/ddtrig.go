// Double-double fast paths for sin, cos and tan of arguments below 2**20 (Cody and
// Waite's reduction with pi/2 in three parts), declining to the math/big code
// when the rounding is in doubt.

package math

import (
	gomath "math"
	"math/big"
	"sync"
)

var (
	trigOnce     sync.Once
	pio2a, pio2b dd      // pi/2 = pio2a + pio2b + pio2c
	pio2c        float64 // third part
	twoOverPi    float64
	sinC, cosC   [16]dd // (-1)^k / (2k+1)!, (-1)^k / (2k)!
)

func initTrig() {
	trigOnce.Do(func() {
		initConsts()
		p := uint(400)
		h := new(big.Float).SetPrec(p).Quo(bigPiHuge, new(big.Float).SetInt64(2))
		a := ddFromBig(h)
		rest := new(big.Float).SetPrec(p).Sub(h, new(big.Float).SetFloat64(a.hi))
		rest.Sub(rest, new(big.Float).SetFloat64(a.lo))
		b := ddFromBig(rest)
		rest.Sub(rest, new(big.Float).SetFloat64(b.hi))
		rest.Sub(rest, new(big.Float).SetFloat64(b.lo))
		c, _ := rest.Float64()
		// Split so that n * part is computed exactly as a double-double.
		pio2a, pio2b, pio2c = dd{a.hi, 0}, dd{a.lo, b.hi}, b.lo+c
		tp := new(big.Float).SetPrec(p).Quo(new(big.Float).SetInt64(2), bigPiHuge)
		twoOverPi, _ = tp.Float64()
		f := new(big.Float).SetPrec(p).SetInt64(1)
		for k := 1; k <= 32; k++ {
			f.Mul(f, new(big.Float).SetInt64(int64(k)))
			v := ddFromBig(new(big.Float).SetPrec(p).Quo(new(big.Float).SetPrec(p).SetInt64(1), f))
			sign := 1.0
			if (k/2)%2 == 1 {
				sign = -1
			}
			v = dd{sign * v.hi, sign * v.lo}
			if k%2 == 1 && k/2 < 16 {
				sinC[k/2] = v
			} else if k%2 == 0 && k/2 < 16 {
				cosC[k/2] = v
			}
		}
		cosC[0] = dd{1, 0}
	})
}

// sinCosDD returns sin(x) and cos(x) as double-doubles and an absolute error
// bound on the reduced argument.
func sinCosDD(x float64) (dd, dd, float64) {
	n := gomath.Round(x * twoOverPi)
	r := dd{x, 0}
	for _, part := range []float64{pio2a.hi, pio2b.hi, pio2b.lo, pio2c} {
		r = ddAdd(r, twoProd(-n, part))
	}
	z := ddMul(r, r)
	zh := z.hi
	// sin(r) = r * sum sinC[k] z^k, cos(r) = sum cosC[k] z^k
	st, ct := 0.0, 0.0
	for k := 15; k >= 8; k-- {
		st = sinC[k].hi + zh*st
		ct = cosC[k].hi + zh*ct
	}
	s, c := dd{st, 0}, dd{ct, 0}
	for k := 7; k >= 0; k-- {
		s = ddAdd(sinC[k], ddMul(s, z))
		c = ddAdd(cosC[k], ddMul(c, z))
	}
	s = ddMul(s, r)
	switch int64(n) & 3 {
	case 1:
		s, c = c, dd{-s.hi, -s.lo}
	case 2:
		s, c = dd{-s.hi, -s.lo}, dd{-c.hi, -c.lo}
	case 3:
		s, c = dd{-c.hi, -c.lo}, s
	}
	return s, c, gomath.Abs(n)*0x1p-150 + 0x1p-200
}

func trigOK(v dd, errAbs float64) bool {
	if v.hi == 0 {
		return false
	}
	return roundOK(v, 0x1p-95+errAbs/gomath.Abs(v.hi))
}

func fastSin(x float64) (float64, bool) {
	if !(gomath.Abs(x) < 0x1p20) || x == 0 {
		return 0, false
	}
	initTrig()
	s, _, e := sinCosDD(x)
	if trigOK(s, e) {
		return s.hi, true
	}
	return 0, false
}

func fastCos(x float64) (float64, bool) {
	if !(gomath.Abs(x) < 0x1p20) {
		return 0, false
	}
	initTrig()
	_, c, e := sinCosDD(x)
	if trigOK(c, e) {
		return c.hi, true
	}
	return 0, false
}

func fastTan(x float64) (float64, bool) {
	if !(gomath.Abs(x) < 0x1p20) || x == 0 {
		return 0, false
	}
	initTrig()
	s, c, e := sinCosDD(x)
	if c.hi == 0 {
		return 0, false
	}
	q := s.hi / c.hi
	// q + (s - q*c)/c
	qc := ddMulD(c, q)
	rem := ddAdd(s, dd{-qc.hi, -qc.lo})
	t := quickTwoSum(q, rem.hi/c.hi)
	if trigOK(t, 4*e/gomath.Abs(c.hi)) {
		return t.hi, true
	}
	return 0, false
}
