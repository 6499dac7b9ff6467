// Ports of glibc's exp (e_exp.c, Arm's optimized routine, with expTab from
// mkexptable.go), expm1 and log1p (s_expm1.c and s_log1p.c, fdlibm's with
// Shimizu's reordering of the polynomials), bit for bit: glibc's exp is not
// correctly rounded, and CPython shows its last bits.
//
// On x86-64, glibc builds these twice and picks one when the library loads: a
// baseline build, evaluated as the C is written, and one compiled for CPUs with
// FMA and AVX2, in which the compiler fused some products with the additions after
// them. Each fused operation rounds once instead of twice, so the two builds give
// different last bits for about one argument in a thousand. Which products were
// fused was read from the FMA build's machine code in Debian 12's libm (glibc
// 2.36); fused marks them below (madd, msub), and fusedLibm is glibc's own choice
// of build. Go's math.Expm1 and math.Log1p are fdlibm's without the reordering:
// they differ from both. sinh, cosh, erf and erfc (fdlibm.go, erf.go) call this
// exp, as glibc's do.

package math

import (
	gomath "math"
	"runtime"

	"golang.org/x/sys/cpu"
)

// fusedLibm reports whether glibc on this machine runs the FMA builds (its
// ifunc's test: FMA and AVX2 usable). Elsewhere (arm64, macOS) there is no glibc
// to match, and the unfused order is the C's.
var fusedLibm = runtime.GOARCH == "amd64" && cpu.X86.HasFMA && cpu.X86.HasAVX2

// madd is a*b + c, fused (one rounding) in the FMA build.
func madd(fused bool, a, b, c float64) float64 {
	if fused {
		return gomath.FMA(a, b, c)
	}
	return float64(a*b) + c
}

// msub is a*b - c, fused in the FMA build.
func msub(fused bool, a, b, c float64) float64 {
	if fused {
		return gomath.FMA(a, b, -c)
	}
	return float64(a*b) - c
}

func setHiWord(x float64, hi uint32) float64 {
	return gomath.Float64frombits(uint64(hi)<<32 | uint64(loWord(x)))
}

func glibcLog1p(x float64) float64 { return log1pOrder(x, fusedLibm) }

func log1pOrder(x float64, fused bool) float64 {
	const (
		ln2Hi = 6.93147180369123816490e-01
		ln2Lo = 1.90821492927058770002e-10
		lp1   = 6.666666666666735130e-01
		lp2   = 3.999999999940941908e-01
		lp3   = 2.857142874366239149e-01
		lp4   = 2.222219843214978396e-01
		lp5   = 1.818357216161805012e-01
		lp6   = 1.531383769920937332e-01
		lp7   = 1.479819860511658591e-01
	)
	hx := hiWord(x)
	ax := hx & 0x7fffffff
	k := int32(1)
	var f, c float64
	var hu int32
	if hx < 0x3fda827a { // x < 0.41422
		if ax >= 0x3ff00000 { // x <= -1
			if x == -1 {
				return gomath.Inf(-1)
			}
			return gomath.NaN()
		}
		if ax < 0x3e200000 { // |x| < 2**-29
			if ax < 0x3c900000 {
				return x
			}
			return msub(fused, -float64(x*x), 0.5, -x) // x - x*x*0.5
		}
		if hx > 0 || hx <= -0x402d413d { // -0.2929 < x < 0.41422 (0xbfd2bec3 as an int32)
			k, f, hu = 0, x, 1
		}
	} else if hx >= 0x7ff00000 {
		return x + x
	}
	if k != 0 {
		var u float64
		if hx < 0x43400000 {
			u = 1.0 + x
			hu = hiWord(u)
			k = (hu >> 20) - 1023
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			hu = hiWord(u)
			k = (hu >> 20) - 1023
		}
		hu &= 0x000fffff
		if hu < 0x6a09e {
			u = setHiWord(u, uint32(hu|0x3ff00000)) // normalize u
		} else {
			k++
			u = setHiWord(u, uint32(hu|0x3fe00000)) // normalize u/2
			hu = (0x00100000 - hu) >> 2
		}
		f = u - 1.0
	}
	fk := float64(k)
	hfsq := float64(0.5*f) * f
	if hu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c = madd(fused, fk, ln2Lo, c)
			return madd(fused, fk, ln2Hi, c)
		}
		r := madd(fused, -f, 0.66666666666666666, 1.0) * hfsq
		if k == 0 {
			return f - r
		}
		return msub(fused, fk, ln2Hi, (r-madd(fused, fk, ln2Lo, c))-f)
	}
	s := f / (2.0 + f)
	z := s * s
	r2 := madd(fused, z, lp3, lp2)
	r3 := madd(fused, z, lp5, lp4)
	r4 := madd(fused, z, lp7, lp6)
	z2 := z * z
	z4 := z2 * z2
	z6 := z4 * z2
	r := madd(fused, z6, r4, madd(fused, z4, r3, madd(fused, z, lp1, float64(z2*r2))))
	if k == 0 {
		return f - (hfsq - float64(s*(hfsq+r)))
	}
	t := madd(fused, fk, ln2Lo, c) + float64(s*(hfsq+r))
	return msub(fused, fk, ln2Hi, (hfsq-t)-f)
}

func glibcExpm1(x float64) float64 { return expm1Order(x, fusedLibm) }

func expm1Order(x float64, fused bool) float64 {
	const (
		oThreshold = 7.09782712893383973096e+02
		ln2Hi      = 6.93147180369123816490e-01
		ln2Lo      = 1.90821492927058770002e-10
		invLn2     = 1.44269504088896338700e+00
		q1         = -3.33333333333331316428e-02
		q2         = 1.58730158725481460165e-03
		q3         = -7.93650757867487942473e-05
		q4         = 4.00821782732936239552e-06
		q5         = -2.01099218183624371326e-07
	)
	hx := uint32(hiWord(x))
	neg := hx&0x80000000 != 0
	hx &= 0x7fffffff
	if hx >= 0x4043687a { // |x| >= 56*ln2
		if hx >= 0x40862e42 { // |x| >= 709.78...
			if hx >= 0x7ff00000 {
				if gomath.IsNaN(x) {
					return x + x
				}
				if neg {
					return -1
				}
				return x
			}
			if x > oThreshold {
				return gomath.Inf(1) // the caller raises OverflowError
			}
		}
		if neg {
			return 1.0e-300 - 1.0
		}
	}
	var k int32
	var c float64
	if hx > 0x3fd62e42 { // |x| > 0.5 ln2
		var hi, lo float64
		if hx < 0x3ff0a2b2 { // and |x| < 1.5 ln2
			if !neg {
				hi, lo, k = x-ln2Hi, ln2Lo, 1
			} else {
				hi, lo, k = x+ln2Hi, -ln2Lo, -1
			}
		} else {
			half := 0.5
			if neg {
				half = -0.5
			}
			k = int32(float64(invLn2*x) + half)
			t := float64(k)
			hi = msub(fused, -t, ln2Hi, -x) // x - t*ln2_hi
			lo = t * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	} else if hx < 0x3c900000 { // |x| < 2**-54
		return x
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := madd(fused, hxs, q1, 1.0)
	h2 := hxs * hxs
	r2 := madd(fused, hxs, q3, q2)
	h4 := h2 * h2
	r3 := madd(fused, hxs, q5, q4)
	r1 = madd(fused, h4, r3, madd(fused, h2, r2, r1))
	t := madd(fused, -r1, hfx, 3.0)
	e := hxs * ((r1 - t) / madd(fused, -x, t, 6.0))
	if k == 0 {
		return x - msub(fused, x, e, hxs)
	}
	e = msub(fused, x, e-c, c)
	e -= hxs
	switch {
	case k == -1:
		return madd(fused, 0.5, x-e, -0.5)
	case k == 1:
		if x < -0.25 {
			return -2.0 * (e - (x + 0.5))
		}
		return 1.0 + 2.0*(x-e)
	case k <= -2 || k > 56: // exp(x)-1 will do
		y := 1.0 - (e - x)
		y = setHiWord(y, uint32(hiWord(y)+k<<20))
		return y - 1.0
	case k < 20:
		t := gomath.Float64frombits(uint64(0x3ff00000-(0x200000>>k)) << 32) // 1-2^-k
		y := t - (e - x)
		return setHiWord(y, uint32(hiWord(y)+k<<20))
	}
	t = gomath.Float64frombits(uint64((0x3ff-k)<<20) << 32) // 2^-k
	y := (x - (e + t)) + 1.0
	return setHiWord(y, uint32(hiWord(y)+k<<20))
}

// glibcExp is glibc's exp (Arm's optimized-routines exp in sysdeps/ieee754/dbl-64/
// e_exp.c): exp(x) = 2^(k/128) * exp(r), the power from expTab, exp(r)-1 by a
// degree-5 polynomial. Not correctly rounded (about one result in two thousand
// is off by one in the last bit), but CPython's; the fused operations are its
// FMA build's (Debian 12's libm).
func glibcExp(x float64) float64 { return expOrder(x, fusedLibm) }

//go:generate go run mkexptable.go

func expOrder(x float64, fused bool) float64 {
	const (
		invLn2N   = 0x1.71547652b82fep0 * 128
		negLn2hiN = -0x1.62e42fefa0000p-8
		negLn2loN = -0x1.cf79abc9e3b3ap-47
		shift     = 0x1.8p52
		c2        = 0x1.ffffffffffdbdp-2
		c3        = 0x1.555555555543cp-3
		c4        = 0x1.55555cf172b91p-5
		c5        = 0x1.1111167a4d017p-7
	)
	bits := gomath.Float64bits(x)
	abstop := uint32(bits>>52) & 0x7ff
	if abstop-0x3c9 >= 0x408-0x3c9 { // |x| < 2^-54 or |x| >= 512, or not finite
		if abstop-0x3c9 >= 0x80000000 {
			return 1.0 + x // tiny x (and 0)
		}
		if abstop >= 0x409 { // |x| >= 1024
			switch {
			case bits == 0xfff0000000000000:
				return 0
			case abstop >= 0x7ff:
				return 1.0 + x
			case bits>>63 != 0:
				return 0 // underflow
			}
			return gomath.Inf(1) // overflow: the caller raises OverflowError
		}
		abstop = 0 // large x: the scale is handled below
	}
	kd := madd(fused, invLn2N, x, shift) // z = invLn2N*x, rounded to an integer by the shift
	ki := gomath.Float64bits(kd)
	kd -= shift
	r := madd(fused, kd, negLn2loN, madd(fused, kd, negLn2hiN, x))
	idx := 2 * (ki % 128)
	top := ki << 45
	tail := gomath.Float64frombits(expTab[idx])
	sbits := expTab[idx+1] + top
	r2 := r * r
	tmp := madd(fused, r2*r2, madd(fused, r, c5, c4), madd(fused, madd(fused, r, c3, c2), r2, tail+r))
	if abstop == 0 {
		return expSpecial(tmp, sbits, ki, fused)
	}
	scale := gomath.Float64frombits(sbits)
	return madd(fused, scale, tmp, scale)
}

// expSpecial is e_exp.c's specialcase: a scale whose exponent over- or
// underflowed, with the subnormal range rounded once.
func expSpecial(tmp float64, sbits, ki uint64, fused bool) float64 {
	if ki&0x80000000 == 0 {
		// k > 0: the scale's exponent may have overflowed by up to 460.
		sbits -= 1009 << 52
		scale := gomath.Float64frombits(sbits)
		return 0x1p1009 * madd(fused, scale, tmp, scale)
	}
	sbits += 1022 << 52
	scale := gomath.Float64frombits(sbits)
	st := float64(scale * tmp) // not fused in either build
	y := scale + st
	if y < 1.0 {
		lo := scale - y + st
		hi := 1.0 + y
		lo = 1.0 - hi + y + lo
		y = (hi + lo) - 1.0
		if y == 0 {
			y = 0
		}
	}
	return 0x1p-1022 * y
}

// glibcExp2 is glibc's exp2 (e_exp2.c, Arm's), over the same table as exp. glibc
// builds it once, without fused operations.
func glibcExp2(x float64) float64 {
	const (
		shift = 0x1.8p52 / 128
		c1    = 0x1.62e42fefa39efp-1
		c2    = 0x1.ebfbdff82c424p-3
		c3    = 0x1.c6b08d70cf4b5p-5
		c4    = 0x1.3b2abd24650ccp-7
		c5    = 0x1.5d7e09b4e3a84p-10
	)
	bits := gomath.Float64bits(x)
	abstop := uint32(bits>>52) & 0x7ff
	if abstop-0x3c9 >= 0x408-0x3c9 { // |x| < 2^-54 or |x| >= 512, or not finite
		if abstop-0x3c9 >= 0x80000000 {
			return 1.0 + x
		}
		if abstop >= 0x409 { // |x| >= 1024
			switch {
			case bits == 0xfff0000000000000:
				return 0
			case abstop >= 0x7ff:
				return 1.0 + x
			case bits>>63 == 0:
				return gomath.Inf(1) // overflow: the caller raises OverflowError
			case bits >= gomath.Float64bits(-1075.0):
				return 0 // underflow
			}
		}
		if 2*bits > 2*gomath.Float64bits(928.0) {
			abstop = 0 // large x: the scale is handled below
		}
	}
	kd := x + shift
	ki := gomath.Float64bits(kd)
	kd -= shift
	r := x - kd
	idx := 2 * (ki % 128)
	top := ki << 45
	tail := gomath.Float64frombits(expTab[idx])
	sbits := expTab[idx+1] + top
	r2 := float64(r * r)
	tmp := tail + float64(r*c1) + float64(r2*(c2+float64(r*c3))) + float64(float64(r2*r2)*(c4+float64(r*c5)))
	if abstop == 0 {
		if ki&0x80000000 == 0 {
			// k > 0: the scale's exponent may have overflowed by 1.
			sbits -= 1 << 52
			scale := gomath.Float64frombits(sbits)
			y := scale + float64(scale*tmp)
			return 2 * y
		}
		return expSpecial(tmp, sbits, ki, false)
	}
	scale := gomath.Float64frombits(sbits)
	return scale + float64(scale*tmp)
}
