// erf and erfc: Go's port of FreeBSD's s_erf.c (fdlibm, the algorithm glibc
// uses too), with fdlibm's constants as Go's math/erf.go spells them (BSD license, Copyright
// 2010 The Go Authors).

package math

import gomath "math"

const (
	erx = 8.45062911510467529297e-01 // 0x3FEB0AC160000000
	// Coefficients for approximation to  erf in [0, 0.84375]
	efx  = 1.28379167095512586316e-01  // 0x3FC06EBA8214DB69
	efx8 = 1.02703333676410069053e+00  // 0x3FF06EBA8214DB69
	pp0  = 1.28379167095512558561e-01  // 0x3FC06EBA8214DB68
	pp1  = -3.25042107247001499370e-01 // 0xBFD4CD7D691CB913
	pp2  = -2.84817495755985104766e-02 // 0xBF9D2A51DBD7194F
	pp3  = -5.77027029648944159157e-03 // 0xBF77A291236668E4
	pp4  = -2.37630166566501626084e-05 // 0xBEF8EAD6120016AC
	qq1  = 3.97917223959155352819e-01  // 0x3FD97779CDDADC09
	qq2  = 6.50222499887672944485e-02  // 0x3FB0A54C5536CEBA
	qq3  = 5.08130628187576562776e-03  // 0x3F74D022C4D36B0F
	qq4  = 1.32494738004321644526e-04  // 0x3F215DC9221C1A10
	qq5  = -3.96022827877536812320e-06 // 0xBED09C4342A26120
	// Coefficients for approximation to  erf  in [0.84375, 1.25]
	pa0 = -2.36211856075265944077e-03 // 0xBF6359B8BEF77538
	pa1 = 4.14856118683748331666e-01  // 0x3FDA8D00AD92B34D
	pa2 = -3.72207876035701323847e-01 // 0xBFD7D240FBB8C3F1
	pa3 = 3.18346619901161753674e-01  // 0x3FD45FCA805120E4
	pa4 = -1.10894694282396677476e-01 // 0xBFBC63983D3E28EC
	pa5 = 3.54783043256182359371e-02  // 0x3FA22A36599795EB
	pa6 = -2.16637559486879084300e-03 // 0xBF61BF380A96073F
	qa1 = 1.06420880400844228286e-01  // 0x3FBB3E6618EEE323
	qa2 = 5.40397917702171048937e-01  // 0x3FE14AF092EB6F33
	qa3 = 7.18286544141962662868e-02  // 0x3FB2635CD99FE9A7
	qa4 = 1.26171219808761642112e-01  // 0x3FC02660E763351F
	qa5 = 1.36370839120290507362e-02  // 0x3F8BEDC26B51DD1C
	qa6 = 1.19844998467991074170e-02  // 0x3F888B545735151D
	// Coefficients for approximation to  erfc in [1.25, 1/0.35]
	ra0 = -9.86494403484714822705e-03 // 0xBF843412600D6435
	ra1 = -6.93858572707181764372e-01 // 0xBFE63416E4BA7360
	ra2 = -1.05586262253232909814e+01 // 0xC0251E0441B0E726
	ra3 = -6.23753324503260060396e+01 // 0xC04F300AE4CBA38D
	ra4 = -1.62396669462573470355e+02 // 0xC0644CB184282266
	ra5 = -1.84605092906711035994e+02 // 0xC067135CEBCCABB2
	ra6 = -8.12874355063065934246e+01 // 0xC054526557E4D2F2
	ra7 = -9.81432934416914548592e+00 // 0xC023A0EFC69AC25C
	sa1 = 1.96512716674392571292e+01  // 0x4033A6B9BD707687
	sa2 = 1.37657754143519042600e+02  // 0x4061350C526AE721
	sa3 = 4.34565877475229228821e+02  // 0x407B290DD58A1A71
	sa4 = 6.45387271733267880336e+02  // 0x40842B1921EC2868
	sa5 = 4.29008140027567833386e+02  // 0x407AD02157700314
	sa6 = 1.08635005541779435134e+02  // 0x405B28A3EE48AE2C
	sa7 = 6.57024977031928170135e+00  // 0x401A47EF8E484A93
	sa8 = -6.04244152148580987438e-02 // 0xBFAEEFF2EE749A62
	// Coefficients for approximation to  erfc in [1/.35, 28]
	rb0 = -9.86494292470009928597e-03 // 0xBF84341239E86F4A
	rb1 = -7.99283237680523006574e-01 // 0xBFE993BA70C285DE
	rb2 = -1.77579549177547519889e+01 // 0xC031C209555F995A
	rb3 = -1.60636384855821916062e+02 // 0xC064145D43C5ED98
	rb4 = -6.37566443368389627722e+02 // 0xC083EC881375F228
	rb5 = -1.02509513161107724954e+03 // 0xC09004616A2E5992
	rb6 = -4.83519191608651397019e+02 // 0xC07E384E9BDC383F
	sb1 = 3.03380607434824582924e+01  // 0x403E568B261D5190
	sb2 = 3.25792512996573918826e+02  // 0x40745CAE221B9F0A
	sb3 = 1.53672958608443695994e+03  // 0x409802EB189D5118
	sb4 = 3.19985821950859553908e+03  // 0x40A8FFB7688C246A
	sb5 = 2.55305040643316442583e+03  // 0x40A3F219CEDF3BE6
	sb6 = 4.74528541206955367215e+02  // 0x407DA874E79FE763
	sb7 = -2.24409524465858183362e+01 // 0xC03670E242712D62
)

// Erf returns the error function of x.
//
// Special cases are:
//
//	Erf(+Inf) = 1
//	Erf(-Inf) = -1
//	Erf(NaN) = NaN

// fdlibmErf and fdlibmErfc evaluate fdlibm's rational approximations in the
// order glibc's s_erf.c does (pairs of terms combined with powers of the
// argument), over the correctly rounded exp.
func fdlibmErf(x float64) float64 {
	const tiny = 1.0e-300
	hx := hiWord(x)
	ix := hx & 0x7fffffff
	if ix >= 0x7ff00000 {
		if gomath.IsNaN(x) {
			return x
		}
		return gomath.Copysign(1, x)
	}
	if ix < 0x3feb0000 {
		if ix < 0x3e300000 {
			if ix < 0x00800000 {
				return 0.0625 * (16.0*x + float64((16.0*efx)*x))
			}
			return x + float64(efx*x)
		}
		z := x * x
		r1 := pp0 + float64(z*pp1)
		z2 := z * z
		r2 := pp2 + float64(z*pp3)
		z4 := z2 * z2
		s1 := 1 + float64(z*qq1)
		s2 := qq2 + float64(z*qq3)
		s3 := qq4 + float64(z*qq5)
		r := r1 + float64(z2*r2) + float64(z4*pp4)
		s := s1 + float64(z2*s2) + float64(z4*s3)
		y := r / s
		return x + float64(x*y)
	}
	if ix < 0x3ff40000 {
		P, Q := erfPQ(gomath.Abs(x) - 1)
		if hx >= 0 {
			return erx + P/Q
		}
		return -erx - P/Q
	}
	if ix >= 0x40180000 {
		if hx >= 0 {
			return 1 - tiny
		}
		return tiny - 1
	}
	x = gomath.Abs(x)
	R, S := erfRS(x, ix < 0x4006DB6E)
	z := gomath.Float64frombits(gomath.Float64bits(x) & 0xffffffff00000000)
	r := glibcExp(-float64(z*z)-0.5625) * glibcExp(float64((z-x)*(z+x))+R/S)
	if hx >= 0 {
		return 1 - r/x
	}
	return r/x - 1
}

func erfPQ(s float64) (float64, float64) {
	P1 := pa0 + float64(s*pa1)
	s2 := s * s
	Q1 := 1 + float64(s*qa1)
	s4 := s2 * s2
	P2 := pa2 + float64(s*pa3)
	s6 := s4 * s2
	Q2 := qa2 + float64(s*qa3)
	P3 := pa4 + float64(s*pa5)
	Q3 := qa4 + float64(s*qa5)
	P := P1 + float64(s2*P2) + float64(s4*P3) + float64(s6*pa6)
	Q := Q1 + float64(s2*Q2) + float64(s4*Q3) + float64(s6*qa6)
	return P, Q
}

func erfRS(x float64, small bool) (float64, float64) {
	s := 1 / (x * x)
	if small {
		R1 := ra0 + float64(s*ra1)
		s2 := s * s
		S1 := 1 + float64(s*sa1)
		s4 := s2 * s2
		R2 := ra2 + float64(s*ra3)
		s6 := s4 * s2
		S2 := sa2 + float64(s*sa3)
		s8 := s4 * s4
		R3 := ra4 + float64(s*ra5)
		S3 := sa4 + float64(s*sa5)
		R4 := ra6 + float64(s*ra7)
		S4 := sa6 + float64(s*sa7)
		R := R1 + float64(s2*R2) + float64(s4*R3) + float64(s6*R4)
		S := S1 + float64(s2*S2) + float64(s4*S3) + float64(s6*S4) + float64(s8*sa8)
		return R, S
	}
	R1 := rb0 + float64(s*rb1)
	s2 := s * s
	S1 := 1 + float64(s*sb1)
	s4 := s2 * s2
	R2 := rb2 + float64(s*rb3)
	s6 := s4 * s2
	S2 := sb2 + float64(s*sb3)
	R3 := rb4 + float64(s*rb5)
	S3 := sb4 + float64(s*sb5)
	S4 := sb6 + float64(s*sb7)
	R := R1 + float64(s2*R2) + float64(s4*R3) + float64(s6*rb6)
	S := S1 + float64(s2*S2) + float64(s4*S3) + float64(s6*S4)
	return R, S
}

func fdlibmErfc(x float64) float64 {
	const tiny = 1.0e-300
	hx := hiWord(x)
	ix := hx & 0x7fffffff
	if ix >= 0x7ff00000 {
		if gomath.IsNaN(x) {
			return x
		}
		if x > 0 {
			return 0
		}
		return 2
	}
	if ix < 0x3feb0000 {
		if ix < 0x3c700000 {
			return 1 - x
		}
		z := x * x
		r1 := pp0 + float64(z*pp1)
		z2 := z * z
		r2 := pp2 + float64(z*pp3)
		z4 := z2 * z2
		s1 := 1 + float64(z*qq1)
		s2 := qq2 + float64(z*qq3)
		s3 := qq4 + float64(z*qq5)
		r := r1 + float64(z2*r2) + float64(z4*pp4)
		s := s1 + float64(z2*s2) + float64(z4*s3)
		y := r / s
		if hx < 0x3fd00000 {
			return 1 - (x + float64(x*y))
		}
		r = x * y
		r += x - 0.5
		return 0.5 - r
	}
	if ix < 0x3ff40000 {
		P, Q := erfPQ(gomath.Abs(x) - 1)
		if hx >= 0 {
			z := 1 - erx
			return z - P/Q
		}
		z := erx + P/Q
		return 1 + z
	}
	if ix < 0x403c0000 {
		x = gomath.Abs(x)
		if ix >= 0x4006DB6D && hx < 0 && ix >= 0x40180000 {
			return 2 - tiny
		}
		R, S := erfRS(x, ix < 0x4006DB6D)
		z := gomath.Float64frombits(gomath.Float64bits(x) & 0xffffffff00000000)
		r := glibcExp(-float64(z*z)-0.5625) * glibcExp(float64((z-x)*(z+x))+R/S)
		if hx > 0 {
			return r / x
		}
		return 2 - r/x
	}
	if hx > 0 {
		return 0
	}
	return 2 - tiny
}
