// Fast paths for the correctly rounded exp, log and pow: the result is computed
// in double-double arithmetic (about 100 good bits, tables from math/big at first
// use) and returned when its rounding to a double is unambiguous, which is all but
// a vanishing fraction of arguments; the others go to the math/big code.

package math

import (
	gomath "math"
	"math/big"
	"sync"
)

type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, gomath.FMA(a, b, -p)}
}

func ddAdd(a, b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = quickTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return quickTwoSum(s.hi, s.lo)
}

func ddMul(a, b dd) dd {
	p := twoProd(a.hi, b.hi)
	p.lo += a.hi*b.lo + a.lo*b.hi
	return quickTwoSum(p.hi, p.lo)
}

func ddMulD(a dd, b float64) dd {
	p := twoProd(a.hi, b)
	p.lo += a.lo * b
	return quickTwoSum(p.hi, p.lo)
}

func ddFromBig(f *big.Float) dd {
	hi, _ := f.Float64()
	r := new(big.Float).SetPrec(256).Sub(f, new(big.Float).SetFloat64(hi))
	lo, _ := r.Float64()
	return dd{hi, lo}
}

var (
	ddOnce    sync.Once
	ddLn2     dd      // ln 2
	ddLn2by64 dd      // ln 2 / 64
	expTable  [64]dd  // 2**(j/64)
	logTable  [129]dd // ln(1 + j/128)
	invFact   [14]dd  // 1/k!
	invK      [20]dd  // 1/k
	ddReady   bool
)

func initDD() {
	ddOnce.Do(func() {
		initConsts()
		p := uint(256)
		ddLn2 = ddFromBig(bigLn2)
		ddLn2by64 = ddFromBig(new(big.Float).SetPrec(p).Quo(bigLn2, new(big.Float).SetInt64(64)))
		for j := 0; j < 64; j++ {
			// 2**(j/64) = exp(j ln2 / 64)
			x := new(big.Float).SetPrec(p).Mul(bigLn2, new(big.Float).SetPrec(p).Quo(new(big.Float).SetInt64(int64(j)), new(big.Float).SetInt64(64)))
			expTable[j] = ddFromBig(expBig(x))
		}
		for j := 0; j <= 128; j++ {
			c := 1 + float64(j)/128
			if j == 0 {
				continue
			}
			logTable[j] = ddFromBig(logBig(c))
		}
		f := new(big.Float).SetPrec(p).SetInt64(1)
		for k := 0; k < len(invFact); k++ {
			if k > 0 {
				f.Mul(f, new(big.Float).SetInt64(int64(k)))
			}
			invFact[k] = ddFromBig(new(big.Float).SetPrec(p).Quo(new(big.Float).SetPrec(p).SetInt64(1), f))
		}
		for k := 1; k < len(invK); k++ {
			invK[k] = ddFromBig(new(big.Float).SetPrec(p).Quo(new(big.Float).SetPrec(p).SetInt64(1), new(big.Float).SetInt64(int64(k))))
		}
		ddReady = true
	})
}

// roundOK reports whether v (normalized) rounds to v.hi for every value within
// relative distance eps of it.
func roundOK(v dd, eps float64) bool {
	hi := v.hi
	if hi == 0 || gomath.IsInf(hi, 0) || gomath.IsNaN(hi) {
		return false
	}
	var ulp float64
	if (v.lo < 0) == (hi > 0) {
		ulp = gomath.Abs(hi - gomath.Nextafter(hi, 0))
	} else {
		ulp = gomath.Abs(gomath.Nextafter(hi, gomath.Inf(1)*hi) - hi)
	}
	return ulp/2-gomath.Abs(v.lo) > eps*gomath.Abs(hi)
}

// expDD returns e**t for a double-double t with |t| <= 708, and its error bound.
func expDD(t dd) dd {
	n := gomath.Round(t.hi / ddLn2by64.hi)
	// r = t - n*ln2/64
	r := ddAdd(t, ddMulD(dd{-ddLn2by64.hi, -ddLn2by64.lo}, n))
	ni := int(n)
	k, j := ni>>6, ni&63
	// p = exp(r) - 1 = r + r^2/2! + ... (|r| <= 0.0055)
	rh := r.hi
	tail := rh * (invFact[9].hi + rh*(invFact[10].hi+rh*(invFact[11].hi+rh*invFact[12].hi)))
	p := dd{tail, 0}
	for d := 8; d >= 1; d-- {
		p = ddAdd(invFact[d], ddMul(p, r))
	}
	p = ddMul(p, r) // r + r^2/2 + ...
	res := ddAdd(expTable[j], ddMul(expTable[j], p))
	return dd{gomath.Ldexp(res.hi, k), gomath.Ldexp(res.lo, k)}
}

func fastExp(x float64) (float64, bool) {
	if !(x > -708 && x < 709) {
		return 0, false
	}
	if gomath.Abs(x) < 0x1p-54 {
		return 1 + x, true
	}
	initDD()
	v := expDD(dd{x, 0})
	if roundOK(v, 0x1p-96) {
		return v.hi, true
	}
	return 0, false
}

// logDD returns ln(x) for a positive finite normal x.
func logDD(x float64) dd {
	m, e := gomath.Frexp(x) // [0.5, 1)
	m *= 2
	e--
	j := int(gomath.Round((m - 1) * 128))
	c := 1 + float64(j)/128
	num := m - c // exact
	q := num / c
	rem := gomath.FMA(-q, c, num)
	u := dd{q, rem / c}
	u = quickTwoSum(u.hi, u.lo)
	// log1p(u) = u - u^2/2 + u^3/3 - ...  (|u| <= 1/256)
	uh := u.hi
	tail := 0.0
	for k := 19; k >= 9; k-- {
		sign := 1.0
		if k%2 == 0 {
			sign = -1
		}
		tail = sign*invK[k].hi + uh*tail
	}
	p := dd{tail, 0}
	for k := 8; k >= 1; k-- {
		ck := invK[k]
		if k%2 == 0 {
			ck = dd{-ck.hi, -ck.lo}
		}
		p = ddAdd(ck, ddMul(p, u))
	}
	p = ddMul(p, u)
	res := ddAdd(logTable[j], p)
	if e != 0 {
		res = ddAdd(ddMulD(ddLn2, float64(e)), res)
	}
	return res
}

func fastLog(x float64) (float64, bool) {
	if !(x >= 0x1p-1022 && x < gomath.Inf(1)) || x == 1 {
		return 0, false
	}
	initDD()
	v := logDD(x)
	if roundOK(v, 0x1p-95) {
		return v.hi, true
	}
	return 0, false
}

// fastPow is pow for positive finite x and finite y.
func fastPow(x, y float64) (float64, bool) {
	if !(x >= 0x1p-1022 && x < gomath.Inf(1)) {
		return 0, false
	}
	initDD()
	l := logDD(x)
	t := ddMulD(l, y)
	if !(t.hi > -708 && t.hi < 709) {
		return 0, false
	}
	v := expDD(t)
	if roundOK(v, 0x1p-85) {
		return v.hi, true
	}
	return 0, false
}
