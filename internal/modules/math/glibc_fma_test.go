package math

import (
	gomath "math"
	"math/rand"
	"testing"
)

// TestGlibcOrders checks both evaluation orders (glibc's baseline build and its
// FMA build) of exp, expm1 and log1p on the special cases, and that on ordinary
// arguments they agree with each other and with Go's fdlibm ports within an ulp:
// the corpus (tests/modules/math_expm1_log1p_bits.py) pins the order this
// machine's glibc uses bit for bit.
func TestGlibcOrders(t *testing.T) {
	inf, nan := gomath.Inf(1), gomath.NaN()
	for _, fused := range []bool{false, true} {
		for _, tc := range []struct {
			name    string
			f       func(float64, bool) float64
			x, want float64
		}{
			{"expm1", expm1Order, 0, 0},
			{"expm1", expm1Order, inf, inf},
			{"expm1", expm1Order, -inf, -1},
			{"expm1", expm1Order, -800, -1},
			{"expm1", expm1Order, 1e-300, 1e-300},
			{"expm1", expm1Order, 710, inf},
			{"log1p", log1pOrder, 0, 0},
			{"log1p", log1pOrder, -1, -inf},
			{"log1p", log1pOrder, inf, inf},
			{"log1p", log1pOrder, 1e-300, 1e-300},
			{"log1p", log1pOrder, gomath.E - 1, 1},
			{"exp", expOrder, 0, 1},
			{"exp", expOrder, 1, gomath.E},
			{"exp", expOrder, -inf, 0},
			{"exp", expOrder, inf, inf},
			{"exp", expOrder, 1000, inf},
			{"exp", expOrder, -1000, 0},
			{"exp", expOrder, 0x1p-60, 1},
			{"exp", expOrder, -745.13, 0x1p-1074},
			{"exp2", func(x float64, _ bool) float64 { return glibcExp2(x) }, 10, 1024},
			{"exp2", func(x float64, _ bool) float64 { return glibcExp2(x) }, -1074, 0x1p-1074},
			{"exp2", func(x float64, _ bool) float64 { return glibcExp2(x) }, -1076, 0},
			{"exp2", func(x float64, _ bool) float64 { return glibcExp2(x) }, 1024, inf},
			{"exp2", func(x float64, _ bool) float64 { return glibcExp2(x) }, 0.5, gomath.Sqrt2},
		} {
			if got := tc.f(tc.x, fused); got != tc.want || gomath.Signbit(got) != gomath.Signbit(tc.want) {
				t.Errorf("%s(%v) fused=%v = %v, want %v", tc.name, tc.x, fused, got, tc.want)
			}
		}
		for _, f := range []func(float64, bool) float64{expm1Order, log1pOrder, expOrder} {
			if got := f(nan, fused); !gomath.IsNaN(got) {
				t.Errorf("NaN gave %v", got)
			}
		}
		if got := log1pOrder(-2, fused); !gomath.IsNaN(got) {
			t.Errorf("log1p(-2) = %v", got)
		}
	}
	ulps := func(a, b float64) int64 {
		d := int64(gomath.Float64bits(a)) - int64(gomath.Float64bits(b))
		if d < 0 {
			d = -d
		}
		return d
	}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 200000; i++ {
		x := (r.Float64()*2 - 1) * gomath.Pow(10, float64(r.Intn(12)-10))
		if r.Intn(2) == 0 {
			x = r.Float64()*60 - 30
		}
		if a, b := expOrder(x, false), expOrder(x, true); ulps(a, b) > 1 || ulps(a, gomath.Exp(x)) > 1 {
			t.Fatalf("exp(%v): unfused %v fused %v Go %v", x, a, b, gomath.Exp(x))
		}
		if a, b := expm1Order(x, false), expm1Order(x, true); ulps(a, b) > 1 || ulps(a, gomath.Expm1(x)) > 1 {
			t.Fatalf("expm1(%v): unfused %v fused %v Go %v", x, a, b, gomath.Expm1(x))
		}
		if x <= -1 {
			continue
		}
		if a, b := log1pOrder(x, false), log1pOrder(x, true); ulps(a, b) > 1 || ulps(a, gomath.Log1p(x)) > 1 {
			t.Fatalf("log1p(%v): unfused %v fused %v Go %v", x, a, b, gomath.Log1p(x))
		}
	}
}
