// Ports of glibc's fdlibm-derived functions (e_sinh.c, e_cosh.c, s_tanh.c,
// s_asinh.c, e_acosh.c, e_atanh.c) and of its s_cbrt.c, over the correctly rounded
// exp and log and glibc's own expm1 and log1p (glibc_fma.go), so that their
// results match CPython on glibc bit for bit.

package math

import gomath "math"

func hiWord(x float64) int32  { return int32(gomath.Float64bits(x) >> 32) }
func loWord(x float64) uint32 { return uint32(gomath.Float64bits(x)) }

func fdSinh(x float64) float64 {
	const shuge = 1.0e307
	jx := hiWord(x)
	ix := jx & 0x7fffffff
	if ix >= 0x7ff00000 {
		return x + x
	}
	h := 0.5
	if jx < 0 {
		h = -h
	}
	if ix < 0x40360000 {
		if ix < 0x3e300000 {
			return x
		}
		t := expm1(gomath.Abs(x))
		if ix < 0x3ff00000 {
			return h * (2.0*t - float64(t*t)/(t+1))
		}
		return h * (t + t/(t+1))
	}
	if ix < 0x40862e42 {
		return h * glibcExp(gomath.Abs(x))
	}
	lx := loWord(x)
	if ix < 0x408633ce || (ix == 0x408633ce && lx <= 0x8fb9f87d) {
		w := glibcExp(0.5 * gomath.Abs(x))
		t := h * w
		return t * w
	}
	return x * shuge
}

func fdCosh(x float64) float64 {
	ix := hiWord(x) & 0x7fffffff
	if ix < 0x40360000 {
		if ix < 0x3fd62e43 {
			if ix < 0x3c800000 {
				return 1
			}
			t := expm1(gomath.Abs(x))
			w := 1 + t
			return 1 + float64(t*t)/(w+w)
		}
		t := glibcExp(gomath.Abs(x))
		return float64(0.5*t) + 0.5/t
	}
	if ix < 0x40862e42 {
		return 0.5 * glibcExp(gomath.Abs(x))
	}
	lx := loWord(x)
	if ix < 0x408633ce || (ix == 0x408633ce && lx <= 0x8fb9f87d) {
		w := glibcExp(0.5 * gomath.Abs(x))
		t := 0.5 * w
		return t * w
	}
	if ix >= 0x7ff00000 {
		return x * x
	}
	return gomath.Inf(1)
}

func fdTanh(x float64) float64 {
	jx := hiWord(x)
	ix := jx & 0x7fffffff
	lx := loWord(x)
	if ix >= 0x7ff00000 {
		if jx >= 0 {
			return 1/x + 1
		}
		return 1/x - 1
	}
	var z float64
	if ix < 0x40360000 {
		if uint32(ix)|lx == 0 {
			return x
		}
		if ix < 0x3c800000 {
			return x * (1 + x)
		}
		if ix >= 0x3ff00000 {
			t := expm1(2 * gomath.Abs(x))
			z = 1 - 2/(t+2)
		} else {
			t := expm1(-2 * gomath.Abs(x))
			z = -t / (t + 2)
		}
	} else {
		z = 1
	}
	if jx >= 0 {
		return z
	}
	return -z
}

const fdLn2 = 6.93147180559945286227e-01

func fdAsinh(x float64) float64 {
	ix := hiWord(x) & 0x7fffffff
	if ix < 0x3e300000 {
		return x
	}
	var w float64
	if ix > 0x41b00000 {
		if ix >= 0x7ff00000 {
			return x + x
		}
		w = zivLog(gomath.Abs(x)) + fdLn2
	} else {
		xa := gomath.Abs(x)
		if ix > 0x40000000 {
			w = zivLog(2.0*xa + 1/(gomath.Sqrt(float64(xa*xa)+1)+xa))
		} else {
			t := xa * xa
			w = log1p(xa + t/(1+gomath.Sqrt(1+t)))
		}
	}
	return gomath.Copysign(w, x)
}

func fdAcosh(x float64) float64 {
	hx := hiWord(x)
	lx := loWord(x)
	switch {
	case hx < 0x3ff00000:
		return gomath.NaN()
	case hx >= 0x41b00000:
		if hx >= 0x7ff00000 {
			return x + x
		}
		return zivLog(x) + fdLn2
	case uint32(hx-0x3ff00000)|lx == 0:
		return 0
	case hx > 0x40000000:
		t := x * x
		return zivLog(2.0*x - 1/(x+gomath.Sqrt(t-1)))
	}
	t := x - 1
	return log1p(t + gomath.Sqrt(2.0*t+float64(t*t)))
}

func fdAtanh(x float64) float64 {
	xa := gomath.Abs(x)
	var t float64
	switch {
	case xa < 0.5:
		if xa < 0x1.0p-28 {
			return x
		}
		t = xa + xa
		t = 0.5 * log1p(t+float64(t*xa)/(1.0-xa))
	case xa < 1.0:
		t = 0.5 * log1p((xa+xa)/(1.0-xa))
	default:
		if xa > 1.0 || gomath.IsNaN(x) {
			return gomath.NaN()
		}
		return x / 0.0
	}
	return gomath.Copysign(t, x)
}

// glibcCbrt is sysdeps/ieee754/dbl-64/s_cbrt.c.
func glibcCbrt(x float64) float64 {
	// The constants are C doubles: 2^(1/3) and 2^(2/3) rounded first, and their
	// reciprocals computed from the rounded values (a Go constant expression would
	// divide exactly and round once, one bit off glibc's table).
	var cbrt2, sqrCbrt2 float64 = 1.2599210498948731648, 1.5874010519681994748
	factor := [5]float64{1.0 / sqrCbrt2, 1.0 / cbrt2, 1.0, cbrt2, sqrCbrt2}
	if x == 0 || gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return x + x
	}
	xm, xe := gomath.Frexp(gomath.Abs(x))
	u := 0.354895765043919860 + float64((1.50819193781584896+float64((-2.11499494167371287+float64((2.44693122563534430+float64((-1.83469277483613086+float64((0.784932344976639262-float64(0.145263899385486377*xm))*xm))*xm))*xm))*xm))*xm)
	t2 := u * u * u
	ym := u * (t2 + 2.0*xm) / (2.0*t2 + xm) * factor[2+xe%3]
	return gomath.Copysign(gomath.Ldexp(ym, xe/3), x)
}
