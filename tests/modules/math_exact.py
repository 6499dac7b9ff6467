# math functions whose results are exactly specified (no libm rounding involved).
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(1e-300), math.sqrt(2 ** 1000))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(2.9), math.trunc(-2.9), math.floor(5), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), -7 % 3, math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(), math.lcm(3, 5, 7))
print(math.comb(10, 3), math.comb(5, 6), math.perm(5, 2), math.perm(5), math.comb(100, 50))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2], start=2))
print(math.ldexp(1.5, 3), math.frexp(12.0), math.frexp(0.0), math.modf(3.75), math.modf(-3.75), math.modf(math.inf))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1.0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(0.0), math.nextafter(0.0, 1.0))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3), math.dist((0, 0), (3, 4)), math.hypot(3, 4), math.hypot(5, 12))
print(math.degrees(math.pi), math.radians(180), math.floor(-0.0), math.ceil(-0.5))
for call in ["math.sqrt(-1)", "math.factorial(-1)", "math.factorial(2.5)", "math.log(0)", "math.log(-1)", "math.isqrt(-1)", "math.comb(-1, 2)",
             "math.fmod(1, 0)", "math.exp(1000)", "math.floor(math.inf)", "math.floor(math.nan)", "math.acos(2)", "math.sqrt('4')", "math.gcd(1.5, 2)"]:
    try:
        print(call, "=", eval(call))
    except (ValueError, OverflowError, TypeError) as e:
        print(call, "->", type(e).__name__ + ":", e)
