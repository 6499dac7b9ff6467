# Transcendental functions rounded to 12 significant digits: the printed value does not
# depend on the last-bit behaviour of the platform's libm.
import math
def r(x):
    return float(f"{x:.12g}")
print([r(math.sin(x)) for x in (0.0, 0.5, 1.0, math.pi / 2, 3.0, -2.0)])
print([r(math.cos(x)) for x in (0.0, 0.5, 1.0, math.pi, 3.0)])
print([r(math.tan(x)) for x in (0.0, 0.5, 1.0, -1.2)])
print([r(math.asin(x)) for x in (0.0, 0.5, 1.0)], [r(math.acos(x)) for x in (0.0, 0.5, 1.0)], [r(math.atan(x)) for x in (0.0, 1.0, -10.0)])
print(r(math.atan2(1, 1)), r(math.atan2(-1, -1)), math.atan2(0.0, -0.0) == math.pi, math.atan2(-0.0, 1.0))
print([r(math.exp(x)) for x in (0, 1, -1, 10, 0.5)], r(math.expm1(1e-10)), r(math.log1p(1e-10)))
print([r(math.log(x)) for x in (1, math.e, 10, 0.5)], r(math.log(8, 2)), r(math.log(100, 10)), math.log2(8), math.log2(1024), math.log10(1000), math.log10(0.001))
print([r(math.sinh(x)) for x in (0, 1)], [r(math.cosh(x)) for x in (0, 1)], [r(math.tanh(x)) for x in (0, 1, 100)])
print([r(math.asinh(x)) for x in (0, 1)], [r(math.acosh(x)) for x in (1, 2)], [r(math.atanh(x)) for x in (0, 0.5)])
print(r(math.pow(2, 0.5)), math.pow(2, 10), math.pow(2, -1), r(math.erf(0.5)), r(math.erfc(0.5)), r(math.gamma(5.5)), math.gamma(5), r(math.lgamma(10)))
print(math.exp(0), math.log(1), math.sin(0.0), math.cos(0.0), math.tanh(math.inf), math.exp(-math.inf), math.log(math.inf))
print(r(math.cbrt(27)) if hasattr(math, "cbrt") else "no cbrt in 3.11", r(math.exp2(3)) if hasattr(math, "exp2") else "no exp2 in 3.11")
