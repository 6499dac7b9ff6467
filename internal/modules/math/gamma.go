// CPython's own gamma and lgamma (Lanczos approximation), from mathmodule.c.

package math

import gomath "math"

const (
	lanczosN          = 13
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
	ngammaIntegral    = 23
	pi                = 3.141592653589793238462643383279502884197
)

var lanczosNumCoeffs = [lanczosN]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDenCoeffs = [lanczosN]float64{
	0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}

var gammaIntegral = [ngammaIntegral]float64{
	1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
	3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
	1307674368000.0, 20922789888000.0, 355687428096000.0,
	6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
	51090942171709440000.0, 1124000727777607680000.0,
}

func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5.0 {
		for i := lanczosN - 1; i >= 0; i-- {
			num = float64(num*x) + lanczosNumCoeffs[i]
			den = float64(den*x) + lanczosDenCoeffs[i]
		}
	} else {
		for i := 0; i < lanczosN; i++ {
			num = num/x + lanczosNumCoeffs[i]
			den = den/x + lanczosDenCoeffs[i]
		}
	}
	return num / den
}

func mSinpi(x float64) float64 {
	y := gomath.Mod(gomath.Abs(x), 2.0)
	n := int(gomath.Round(2.0 * y))
	var r float64
	switch n {
	case 0:
		r = sin(pi * y)
	case 1:
		r = cos(pi * (y - 0.5))
	case 2:
		r = sin(pi * (1.0 - y))
	case 3:
		r = -cos(pi * (y - 1.5))
	case 4:
		r = sin(pi * (y - 2.0))
	}
	return gomath.Copysign(1.0, x) * r
}

func mTgamma(x float64) (float64, int) {
	if !isFinite(x) {
		if gomath.IsNaN(x) || x > 0 {
			return x, errNone
		}
		return gomath.NaN(), errDom
	}
	if x == 0 {
		return gomath.Copysign(gomath.Inf(1), x), errDom
	}
	if x == gomath.Floor(x) {
		if x < 0 {
			return gomath.NaN(), errDom
		}
		if x <= ngammaIntegral {
			return gammaIntegral[int(x)-1], errNone
		}
	}
	absx := gomath.Abs(x)
	if absx < 1e-20 {
		r := 1.0 / x
		if gomath.IsInf(r, 0) {
			return r, errRange
		}
		return r, errNone
	}
	if absx > 200.0 {
		if x < 0 {
			return 0.0 / mSinpi(x), errNone
		}
		return gomath.Inf(1), errRange
	}
	y := absx + lanczosGMinusHalf
	var z float64
	if absx > lanczosGMinusHalf {
		q := y - absx
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -pi / mSinpi(absx) / absx * exp(y) / lanczosSum(absx)
		r -= float64(z * r)
		if absx < 140.0 {
			r /= pow(y, absx-0.5)
		} else {
			sqrtpow := pow(y, absx/2.0-0.25)
			r /= sqrtpow
			r /= sqrtpow
		}
	} else {
		r = lanczosSum(absx) / exp(y)
		r += float64(z * r)
		if absx < 140.0 {
			r *= pow(y, absx-0.5)
		} else {
			sqrtpow := pow(y, absx/2.0-0.25)
			r *= sqrtpow
			r *= sqrtpow
		}
	}
	if gomath.IsInf(r, 0) {
		return r, errRange
	}
	return r, errNone
}

func mLgamma(x float64) (float64, int) {
	if !isFinite(x) {
		if gomath.IsNaN(x) {
			return x, errNone
		}
		return gomath.Inf(1), errNone
	}
	if x == gomath.Floor(x) && x <= 2.0 {
		if x <= 0 {
			return gomath.Inf(1), errDom
		}
		return 0, errNone
	}
	absx := gomath.Abs(x)
	if absx < 1e-20 {
		return -log(absx), errNone
	}
	r := log(lanczosSum(absx)) - lanczosG
	r += float64((absx - 0.5) * (log(absx+lanczosG-0.5) - 1))
	if x < 0 {
		r = logPi - log(gomath.Abs(mSinpi(absx))) - log(absx) - r
	}
	if gomath.IsInf(r, 0) {
		return r, errRange
	}
	return r, errNone
}
