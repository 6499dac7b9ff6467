package math

import (
	"fmt"
	"go/format"
	gomath "math"
	"math/big"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"
)

// quickCount is the number of random arguments per generator in the sameness
// tests: PYHEAP_QUICK_N overrides it (the default keeps go test quick; the
// change that added quick.go was checked with tens of millions).
func quickCount(t *testing.T, def int) int {
	if s := os.Getenv("PYHEAP_QUICK_N"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if testing.Short() {
		return def / 10
	}
	return def
}

func sameFloat(a, b float64) bool {
	return gomath.Float64bits(a) == gomath.Float64bits(b) || gomath.IsNaN(a) && gomath.IsNaN(b)
}

// argGen yields test arguments: random ones in a family, or the i-th of a fixed
// list.
type argGen struct {
	name string
	gen  func(r *rand.Rand) float64
}

func randBits(r *rand.Rand) float64 { return gomath.Float64frombits(r.Uint64()) }

// nearMultiples returns arguments within a few ulps of k*step for random k below
// kmax: the hardest cases of sin and cos's reduction.
func nearMultiples(step float64, kmax int64) func(r *rand.Rand) float64 {
	return func(r *rand.Rand) float64 {
		v := float64(r.Int63n(kmax)+1) * step
		bits := int64(gomath.Float64bits(v)) + r.Int63n(9) - 4
		x := gomath.Float64frombits(uint64(bits))
		if r.Intn(2) == 0 {
			x = -x
		}
		return x
	}
}

var trigGens = []argGen{
	{"uniform[-8,8]", func(r *rand.Rand) float64 { return (r.Float64()*2 - 1) * 8 }},
	{"log-uniform 2^-30..2^22", func(r *rand.Rand) float64 {
		x := gomath.Ldexp(r.Float64()+0.5, r.Intn(52)-30)
		if r.Intn(2) == 0 {
			x = -x
		}
		return x
	}},
	{"random bits", randBits},
	{"subnormal", func(r *rand.Rand) float64 {
		x := gomath.Float64frombits(uint64(r.Int63n(1 << 52)))
		if r.Intn(2) == 0 {
			x = -x
		}
		return x
	}},
	{"near k*pi/2", nearMultiples(gomath.Pi/2, 1<<21)},
	{"near k*pi/128", nearMultiples(gomath.Pi/128, 1<<27)},
	{"near k*pi (small k)", nearMultiples(gomath.Pi, 64)},
	{"near 2^20", func(r *rand.Rand) float64 {
		return gomath.Float64frombits(gomath.Float64bits(0x1p20) + uint64(r.Int63n(1<<30)) - 1<<29)
	}},
	{"near 2^-26, 2^-27", func(r *rand.Rand) float64 {
		b := gomath.Float64bits(0x1p-26)
		if r.Intn(2) == 0 {
			b = gomath.Float64bits(0x1p-27)
		}
		return gomath.Float64frombits(b + uint64(r.Int63n(1<<20)) - 1<<19)
	}},
}

var logGens = []argGen{
	{"uniform(0,100]", func(r *rand.Rand) float64 { return r.Float64()*100 + 0x1p-60 }},
	{"random positive bits", func(r *rand.Rand) float64 { return gomath.Abs(randBits(r)) }},
	{"subnormal", func(r *rand.Rand) float64 { return gomath.Float64frombits(uint64(r.Int63n(1<<52)) + 1) }},
	{"within 2^-20 of 1", func(r *rand.Rand) float64 { return 1 + (r.Float64()*2-1)*0x1p-20 }},
	{"ulps from 1", func(r *rand.Rand) float64 {
		return gomath.Float64frombits(gomath.Float64bits(1) + uint64(r.Int63n(1<<16)) - 1<<15)
	}},
	{"near table points", func(r *rand.Rand) float64 {
		c := 1 + float64(r.Intn(193)-64)/256
		return gomath.Ldexp(gomath.Float64frombits(gomath.Float64bits(c)+uint64(r.Int63n(64))-32), r.Intn(200)-100)
	}},
	{"near 0.75, 1.5 and powers of 2", func(r *rand.Rand) float64 {
		c := []float64{0.75, 1.5, 1, 2, 0.5}[r.Intn(5)]
		return gomath.Ldexp(gomath.Float64frombits(gomath.Float64bits(c)+uint64(r.Int63n(1024))-512), r.Intn(2000)-1000)
	}},
}

var expGens = []argGen{
	{"uniform(-708,709)", func(r *rand.Rand) float64 { return r.Float64()*1417 - 708 }},
	{"uniform(-1,1)", func(r *rand.Rand) float64 { return r.Float64()*2 - 1 }},
	{"log-uniform 2^-60..2^-4", func(r *rand.Rand) float64 {
		x := gomath.Ldexp(r.Float64()+0.5, r.Intn(56)-60)
		if r.Intn(2) == 0 {
			x = -x
		}
		return x
	}},
	{"random bits", randBits},
	{"near k*ln2/128", nearMultiples(gomath.Ln2/128, 130000)},
	{"near -708, 709, 710, -745", func(r *rand.Rand) float64 {
		c := []float64{-708, 709, 709.782712893384, 710, -745.1332191019411}[r.Intn(5)]
		return gomath.Float64frombits(gomath.Float64bits(c) + uint64(r.Int63n(1<<40)) - 1<<39)
	}},
}

var fixedTrig = []float64{0, gomath.Copysign(0, -1), 5e-324, -5e-324, 0x1p-1022, 0x1p-26, -0x1p-26,
	0x1p-27, gomath.Nextafter(0x1p-26, 0), gomath.Nextafter(0x1p-27, 0), 0x1p20, gomath.Nextafter(0x1p20, 0),
	-gomath.Nextafter(0x1p20, 0), gomath.Pi, gomath.Pi / 2, gomath.Pi / 4, 2 * gomath.Pi, 1e22, gomath.MaxFloat64,
	gomath.Inf(1), gomath.Inf(-1), gomath.NaN(), 1, 2, 3, 6381956970095103.0 * 0x1p797, 355, 103993, 104348, 833719}

var fixedLog = []float64{0, gomath.Copysign(0, -1), -1, 5e-324, 0x1p-1022, gomath.Nextafter(0x1p-1022, 0), 1,
	gomath.Nextafter(1, 0), gomath.Nextafter(1, 2), 2, 0.5, 0.75, 1.5, gomath.E, 10, gomath.MaxFloat64,
	gomath.Inf(1), gomath.Inf(-1), gomath.NaN()}

// TestQuickSameAsReference checks that sin, cos and log with the quick first step
// return exactly what the reference functions return, on edge cases and on
// random arguments of many families.
func TestQuickSameAsReference(t *testing.T) {
	type fn struct {
		name      string
		quick     func(float64) float64
		reference func(float64) float64
		gens      []argGen
		fixed     []float64
	}
	fns := []fn{
		{"sin", zivSin, crSin, trigGens, fixedTrig},
		{"cos", zivCos, crCos, trigGens, fixedTrig},
		{"tan", zivTan, crTan, trigGens, fixedTrig},
		{"log", zivLog, crLog, logGens, fixedLog},
	}
	n := quickCount(t, 40000)
	for _, f := range fns {
		check := func(x float64) {
			if got, want := f.quick(x), f.reference(x); !sameFloat(got, want) {
				t.Errorf("%s(%v = %#x): %v (%#x), reference %v (%#x)", f.name, x, gomath.Float64bits(x),
					got, gomath.Float64bits(got), want, gomath.Float64bits(want))
			}
		}
		for _, x := range f.fixed {
			check(x)
		}
		for k := int64(-600); k <= 600; k++ { // multiples of pi/2 and pi/128, small integers
			check(float64(k) * gomath.Pi / 2)
			check(float64(k) * gomath.Pi / 128)
			check(float64(k))
		}
		for gi, g := range f.gens {
			r := rand.New(rand.NewSource(int64(gi + 1)))
			for i := 0; i < n; i++ {
				check(g.gen(r))
			}
		}
	}
}

// TestQuickErrorBound measures the quick steps' actual errors against math/big
// values: each must be well inside the claimed bound (an eighth of it), so that
// the bound's margin is real, and the steps must rarely decline.
func TestQuickErrorBound(t *testing.T) {
	n := quickCount(t, 20000)
	type fn struct {
		name  string
		parts func(float64) (hi, lo, err float64)
		exact func(float64) *big.Float
		gens  []argGen
		ok    func(float64) bool
	}
	sinExact := func(x float64) *big.Float { s, _ := crSinCos(x); return s }
	cosExact := func(x float64) *big.Float { _, c := crSinCos(x); return c }
	inTrig := func(x float64) bool { a := gomath.Abs(x); return a >= 0x1p-26 && a < 0x1p20 }
	fns := []fn{
		{"sin", func(x float64) (float64, float64, float64) { return quickSinCosParts(x, false) }, sinExact, trigGens, inTrig},
		{"cos", func(x float64) (float64, float64, float64) { return quickSinCosParts(x, true) }, cosExact, trigGens, inTrig},
		{"tan", quickTanParts, func(x float64) *big.Float { s, c := crSinCos(x); return nf().Quo(s, c) },
			trigGens, func(x float64) bool { a := gomath.Abs(x); return a >= 0x1p-27 && a < 0x1p20 }},
		{"log", quickLogParts, logBig, logGens, func(x float64) bool { return x > 0 && x < gomath.Inf(1) && x != 1 }},
		{"exp", func(x float64) (float64, float64, float64) { hi, lo, err, _ := quickExpParts(x); return hi, lo, err },
			func(x float64) *big.Float {
				_, _, _, k := quickExpParts(x)
				v := expBig(nf().SetFloat64(x))
				return v.SetMantExp(v, -k)
			},
			expGens, func(x float64) bool { return x > -708 && x < 709 && gomath.Abs(x) >= 0x1p-54 }},
	}
	for _, f := range fns {
		worst, worstX, tried, declined := 0.0, 0.0, 0, 0
		for gi, g := range f.gens {
			r := rand.New(rand.NewSource(int64(100 + gi)))
			for i := 0; i < n; i++ {
				x := g.gen(r)
				if !f.ok(x) {
					continue
				}
				tried++
				hi, lo, bound := f.parts(x)
				if !roundsTo(hi, lo, bound) {
					declined++
				}
				if gomath.Abs(lo) > gomath.Abs(hi)*0x1p-52 {
					t.Errorf("%s(%v): lo %v not below half an ulp of hi %v", f.name, x, lo, hi)
				}
				want := nfp(300).Set(f.exact(x))
				got := nfp(300).SetFloat64(hi)
				got.Add(got, nfp(300).SetFloat64(lo))
				diff, _ := got.Sub(got, want).Float64()
				if ratio := gomath.Abs(diff) / bound; ratio > worst {
					worst, worstX = ratio, x
				}
			}
		}
		t.Logf("%s: %d arguments, worst error %.3g of the bound (at %v), %d declined", f.name, tried, worst, worstX, declined)
		if worst > 0.125 {
			t.Errorf("%s: an error reached %.3g of the bound at %v", f.name, worst, worstX)
		}
		if float64(declined) > 0.01*float64(tried) {
			t.Errorf("%s: declined %d of %d", f.name, declined, tried)
		}
	}
}

func BenchmarkQuick(b *testing.B) {
	for _, bc := range []struct {
		name string
		f    func(float64) float64
	}{{"sin", zivSin}, {"cos", zivCos}, {"log", zivLog}, {"tan", zivTan}, {"exp", glibcExp}, {"crSin", crSin}, {"crExp", crExp}, {"crLog", crLog}} {
		b.Run(bc.name, func(b *testing.B) {
			x, s := 0.001, 0.0
			for i := 0; i < b.N; i++ {
				s += bc.f(x)
				x += 0.001
			}
			_ = s
		})
	}
}

// TestQuickTables checks quick_tables.go against math/big; with
// PYHEAP_GEN_QUICK_TABLES=1 it writes the file instead.
func TestQuickTables(t *testing.T) {
	sinCos, logTab, expTab, consts := quickTables()
	names := []string{"qP1", "qP2", "qP3", "qInvP", "qL1", "qL2", "qE1", "qE2", "qE3", "qEInv"}
	if os.Getenv("PYHEAP_GEN_QUICK_TABLES") == "1" {
		hex := func(v float64) string { return strconv.FormatFloat(v, 'x', -1, 64) }
		var b strings.Builder
		b.WriteString("// Code generated by TestQuickTables (PYHEAP_GEN_QUICK_TABLES=1 go test -run QuickTables); DO NOT EDIT.\n\n")
		b.WriteString("// The tables and constants of quick.go, computed with math/big by quickTables.\n\npackage math\n\n")
		b.WriteString("const (\n")
		for _, n := range names {
			fmt.Fprintf(&b, "\t%s float64 = %s\n", n, hex(consts[n]))
		}
		b.WriteString(")\n\n// qSinCos holds sin and cos of j*pi/128, j = 0..255, as double-doubles.\nvar qSinCos = [256]struct{ sin, cos dd }{\n")
		for _, e := range sinCos {
			fmt.Fprintf(&b, "\t{dd{%s, %s}, dd{%s, %s}},\n", hex(e.sin.hi), hex(e.sin.lo), hex(e.cos.hi), hex(e.cos.lo))
		}
		b.WriteString("}\n\n// qLogTab holds log(1 + j/256), j = -64..128, as double-doubles.\nvar qLogTab = [193]dd{\n")
		for _, e := range logTab {
			fmt.Fprintf(&b, "\t{%s, %s},\n", hex(e.hi), hex(e.lo))
		}
		b.WriteString("}\n\n// qExpTab holds 2^(j/128), j = 0..127, as double-doubles.\nvar qExpTab = [128]dd{\n")
		for _, e := range expTab {
			fmt.Fprintf(&b, "\t{%s, %s},\n", hex(e.hi), hex(e.lo))
		}
		b.WriteString("}\n")
		src, err := format.Source([]byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("quick_tables.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got := map[string]float64{"qP1": qP1, "qP2": qP2, "qP3": qP3, "qInvP": qInvP, "qL1": qL1, "qL2": qL2,
		"qE1": qE1, "qE2": qE2, "qE3": qE3, "qEInv": qEInv}
	for _, n := range names {
		if !sameFloat(got[n], consts[n]) {
			t.Errorf("%s = %v, math/big gives %v", n, got[n], consts[n])
		}
	}
	if sinCos != qSinCos {
		t.Error("qSinCos differs from math/big's values")
	}
	if logTab != qLogTab {
		t.Error("qLogTab differs from math/big's values")
	}
	if expTab != qExpTab {
		t.Error("qExpTab differs from math/big's values")
	}
}

// quickTables computes the quick steps' tables and constants with math/big: the
// source of quick_tables.go, which holds them as literals (so the first call
// costs nothing), and the reference TestQuickTables checks that file against.
func quickTables() (sinCos [256]struct{ sin, cos dd }, logTab [193]dd, expTab [128]dd, consts map[string]float64) {
	initConsts()
	p := uint(400)
	piBy128 := nfp(p).Quo(bigPiHuge, nfp(p).SetInt64(128))
	p1 := truncBits(toFloat(piBy128), 27)
	rest := nfp(p).Sub(piBy128, nfp(p).SetFloat64(p1))
	p2 := toFloat(rest)
	rest.Sub(rest, nfp(p).SetFloat64(p2))
	l1 := truncBits(toFloat(bigLn2), 42)
	consts = map[string]float64{
		"qP1":   p1,
		"qP2":   p2,
		"qP3":   toFloat(rest),
		"qInvP": toFloat(nfp(p).Quo(nfp(p).SetInt64(128), bigPiHuge)),
		"qL1":   l1,
		"qL2":   toFloat(nfp(256).Sub(bigLn2, nfp(256).SetFloat64(l1))),
	}
	// ln2/128 = qE1 + qE2 + qE3, qE1 with 36 significant bits.
	ln2By128 := nfp(256).Quo(bigLn2, nfp(256).SetInt64(128))
	e1 := truncBits(toFloat(ln2By128), 36)
	erest := nfp(256).Sub(ln2By128, nfp(256).SetFloat64(e1))
	e2 := toFloat(erest)
	erest.Sub(erest, nfp(256).SetFloat64(e2))
	consts["qE1"], consts["qE2"], consts["qE3"] = e1, e2, toFloat(erest)
	consts["qEInv"] = toFloat(nfp(256).Quo(nfp(256).SetInt64(128), bigLn2))
	for j := range expTab { // 2^(j/128)
		expTab[j] = ddFromBig(expBig(nfp(256).Mul(ln2By128, nfp(256).SetInt64(int64(j)))))
	}
	var sinTab [65]dd // sin(k*pi/128)
	for k := range sinTab {
		s, _ := sinCosBig(nfp(p).Mul(piBy128, nfp(p).SetInt64(int64(k))))
		sinTab[k] = ddFromBig(s)
	}
	sinTab[64] = dd{1, 0}
	neg := func(v dd) dd { return dd{-v.hi, -v.lo} }
	for j := range sinCos {
		sk, ck := sinTab[j&63], sinTab[64-j&63]
		e := &sinCos[j]
		switch j >> 6 {
		case 0:
			e.sin, e.cos = sk, ck
		case 1:
			e.sin, e.cos = ck, neg(sk)
		case 2:
			e.sin, e.cos = neg(sk), neg(ck)
		default:
			e.sin, e.cos = neg(ck), sk
		}
	}
	for j := -64; j <= 128; j++ {
		if j != 0 {
			logTab[j+64] = ddFromBig(logBig(1 + float64(j)/256))
		}
	}
	return sinCos, logTab, expTab, consts
}

// truncBits returns x with only its n leading significant bits.
func truncBits(x float64, n uint) float64 {
	return gomath.Float64frombits(gomath.Float64bits(x) &^ (1<<(53-n) - 1))
}

// TestQuickPowSameAsReference compares pow with the quick step against crPow on
// pairs of many families, among them exact results and exact midpoints (squares
// of 27-bit numbers), which only the reference may decide.
func TestQuickPowSameAsReference(t *testing.T) {
	n := quickCount(t, 40000)
	pos := func(r *rand.Rand) float64 { return gomath.Abs(randBits(r)) }
	gens := []struct {
		name string
		gen  func(r *rand.Rand) (float64, float64)
	}{
		{"uniform", func(r *rand.Rand) (float64, float64) { return r.Float64() * 100, r.Float64()*100 - 50 }},
		{"x near 1, large y", func(r *rand.Rand) (float64, float64) {
			return 1 + (r.Float64()*2-1)*0x1p-20, (r.Float64()*2 - 1) * 1e8
		}},
		{"small integer y", func(r *rand.Rand) (float64, float64) { return r.Float64() * 10, float64(r.Intn(41) - 20) }},
		{"y in {0.5, 2, 3, -1, -0.5, 1/3}", func(r *rand.Rand) (float64, float64) {
			return gomath.Ldexp(r.Float64()+0.5, r.Intn(200)-100), []float64{0.5, 2, 3, -1, -0.5, 1.0 / 3}[r.Intn(6)]
		}},
		{"squares of 27-bit numbers", func(r *rand.Rand) (float64, float64) {
			m := float64(r.Int63n(1<<26) | 1<<26)
			return gomath.Ldexp(m, r.Intn(60)-40), 2
		}},
		{"roots of exact squares", func(r *rand.Rand) (float64, float64) {
			m := float64(r.Int63n(1<<26) | 1<<26)
			return m * m * gomath.Ldexp(1, 2*(r.Intn(60)-40)), 0.5
		}},
		{"cubes of 17-bit numbers", func(r *rand.Rand) (float64, float64) {
			return float64(r.Int63n(1<<17) | 1), 3
		}},
		{"random positive x, y for t in range", func(r *rand.Rand) (float64, float64) {
			x := pos(r)
			l := gomath.Log(x)
			if l == 0 || gomath.IsInf(l, 0) || gomath.IsNaN(l) {
				return x, 1.5
			}
			return x, (r.Float64()*1400 - 700) / l
		}},
		{"t near 709 and -708", func(r *rand.Rand) (float64, float64) {
			x := r.Float64()*10 + 1.5
			tt := []float64{709, -708, 708.9999, -707.9999, 709.78, -745}[r.Intn(6)]
			return x, tt / gomath.Log(x) * (1 + (r.Float64()*2-1)*1e-12)
		}},
		{"subnormal x", func(r *rand.Rand) (float64, float64) {
			return gomath.Float64frombits(uint64(r.Int63n(1<<52)) + 1), -(r.Float64() * 0.95)
		}},
		{"random bits", func(r *rand.Rand) (float64, float64) { return randBits(r), randBits(r) }},
	}
	fixed := [][2]float64{{2, 10}, {2, 0.5}, {10, -1}, {1, 5}, {5, 1}, {5, 0}, {0, 2}, {-2, 3}, {-2, 0.5}, {gomath.Inf(1), 2},
		{2, gomath.Inf(-1)}, {gomath.NaN(), 0}, {1.5, 2}, {0.1, 3}, {3, 0.1}, {2, 1023}, {2, -1022}, {2, -1074}, {2, 1024}}
	check := func(x, y float64) {
		if got, want := zivPow(x, y), crPow(x, y); !sameFloat(got, want) {
			t.Errorf("pow(%v, %v): %v (%#x), reference %v (%#x)", x, y, got, gomath.Float64bits(got), want, gomath.Float64bits(want))
		}
	}
	for _, p := range fixed {
		check(p[0], p[1])
	}
	declined, tried := 0, 0
	for gi, g := range gens {
		r := rand.New(rand.NewSource(int64(200 + gi)))
		for i := 0; i < n; i++ {
			x, y := g.gen(r)
			check(x, y)
			if x > 0 && x < gomath.Inf(1) && x != 1 && y-y == 0 && y != 0 && y != 1 {
				if th := y * gomath.Log(x); th > -700 && th < 700 {
					tried++
					if _, ok := quickPow(x, y); !ok {
						declined++
					}
				}
			}
		}
	}
	t.Logf("pow: quick step declined %d of %d", declined, tried)
	if float64(declined) > 0.05*float64(tried) {
		t.Errorf("pow: declined %d of %d", declined, tried)
	}
}
