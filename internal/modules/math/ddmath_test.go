package math

import (
	gomath "math"
	"math/rand"
	"testing"
)

// TestFastPathsAgree checks the double-double fast paths against the math/big
// results on random arguments: they must give the same double or decline.
func TestFastPathsAgree(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	declined := 0
	for i := 0; i < 3000; i++ {
		x := (rnd.Float64()*2 - 1) * 700
		if r, ok := fastExp(x); ok {
			if want := toFloat(expBig(nf().SetFloat64(x))); r != want {
				t.Errorf("exp(%v): fast %v, big %v", x, r, want)
			}
		} else {
			declined++
		}
		y := gomath.Ldexp(rnd.Float64()+0.5, rnd.Intn(2000)-1000)
		if r, ok := fastLog(y); ok {
			if want := toFloat(logBig(y)); r != want {
				t.Errorf("log(%v): fast %v, big %v", y, r, want)
			}
		} else {
			declined++
		}
		a, b := rnd.Float64()*100, (rnd.Float64()*2-1)*50
		if r, ok := fastPow(a, b); ok {
			l := logBig(a)
			l.Mul(l, nf().SetFloat64(b))
			if want := toFloat(expBig(l)); r != want {
				t.Errorf("pow(%v, %v): fast %v, big %v", a, b, r, want)
			}
		} else {
			declined++
		}
	}
	if declined > 30 {
		t.Errorf("the fast paths declined %d of 9000 arguments", declined)
	}
}

func TestFastTrigAgree(t *testing.T) {
	rnd := rand.New(rand.NewSource(2))
	declined := 0
	for i := 0; i < 3000; i++ {
		x := (rnd.Float64()*2 - 1) * gomath.Ldexp(1, rnd.Intn(24)-4)
		s, c := crSinCos(x)
		if r, ok := fastSin(x); ok {
			if want := toFloat(s); r != want {
				t.Errorf("sin(%v): fast %v, big %v", x, r, want)
			}
		} else {
			declined++
		}
		if r, ok := fastCos(x); ok {
			if want := toFloat(c); r != want {
				t.Errorf("cos(%v): fast %v, big %v", x, r, want)
			}
		} else {
			declined++
		}
		if r, ok := fastTan(x); ok {
			if want := toFloat(nf().Quo(s, c)); r != want {
				t.Errorf("tan(%v): fast %v, big %v", x, r, want)
			}
		} else {
			declined++
		}
	}
	if declined > 400 {
		t.Errorf("the trig fast paths declined %d of 9000 arguments", declined)
	}
}
