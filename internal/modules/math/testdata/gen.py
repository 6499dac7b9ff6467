# Generates golden.jsonl for the math module's test: python3 gen.py
import os, sys, math, random
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "modtest"))
from gen import Gen, Var

g = Gen("math")
inf, nan = float("inf"), float("nan")
for name in ["pi", "e", "tau", "inf", "nan"]:
    g.call("$attr", Var("mod"), name)
special = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 10.0, 1e-300, 5e-324, 1e300, 1.7976931348623157e308, inf, -inf, nan,
           3, -7, 0, True, 2**64, -2**70, 10**400, 1e-10, 0.9999999, 710.0, -745.5, 100.0, 3.141592653589793, 1.5707963267948966]
unary = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh", "degrees", "erf", "erfc",
         "exp", "exp2", "expm1", "fabs", "floor", "frexp", "gamma", "isfinite", "isinf", "isnan", "lgamma", "log",
         "log10", "log1p", "log2", "modf", "radians", "sin", "sinh", "sqrt", "tan", "tanh", "trunc", "ulp"]
for fn in unary:
    for v in special:
        g.call(fn, v)
    g.call(fn, "x")
    g.call(fn)
    g.call(fn, 1, 2)
for fn in ["gamma", "lgamma"]:
    for v in [0.5, 1.5, 2.5, 3.0, 4.5, 10.0, 23.0, 24.0, 30.5, 100.0, 140.5, 171.0, 171.7, 172.0, 199.9, 200.5,
              -0.5, -1.5, -2.5, -10.1, -100.5, -150.5, -170.5, -180.5, -199.5, -200.5, -1e-21, 1e-21, 1e-5, -1.0, -2.0]:
        g.call(fn, v)
for fn in ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "ldexp", "log"]:
    for x, y in [(1, 2), (0.0, -0.0), (-0.0, -1.0), (3.0, 0.0), (inf, 1), (1, inf), (-inf, -inf), (nan, 0), (0, nan),
                 (2, 0.5), (-8.0, 1 / 3), (10, 3), (-10, 3), (10, -3), (7.5, 2.5), (1e308, 10), (0.0, -1), (-0.0, -3),
                 (2, 1024), (2, -1075), (-2, 3), (-inf, 3), (-inf, -3), (-inf, 2), (0.5, -inf), (1.5, inf), (-1, inf),
                 (1, nan), (nan, nan), (5, 2**100), (5, -2**100), (1.5, 3), (2**70, 2), (10**400, 10), (8, 2.0), (100, 10),
                 (1, 1), (1, 0), ("a", 1), (1, "a"), (11, 3), (-11, 3), (3.5, -2), (4.5, 1.0)]:
        g.call(fn, x, y)
    g.call(fn, 1)
    g.call(fn, 1, 2, 3)
g.call("log")
g.call("log", 1, kw={"base": 2})
for v in [1, 2, 3, 10**20, 10**400, 2**1000, 2**1023 * 3, 0.001, 1000, 8, 1024, 2**-10, -1, 0, 10**-5]:
    for fn in ["log", "log2", "log10"]:
        g.call(fn, v)
for fn in ["gcd", "lcm"]:
    for args in [(), (0,), (-5,), (12, 18), (0, 0), (0, 7), (-12, 18), (12, 18, 27), (2**100, 2**80 * 3), (4, 6, 10),
                 (3, 5, 7), (10**30, 10**20 + 5, 15), (True, 2), (1.5, 2), (2, "a"), (0, 0, 0), (7, 0, 3)]:
        g.call(fn, *args)
    g.call(fn, 1, kw={"x": 2})
for v in [0, 1, 5, 20, 21, 25, 100, -1, 2.5, 3.0, "5", 2**64, True, -2**70]:
    g.call("factorial", v)
for v in [0, 1, 2, 3, 15, 16, 17, 10**40 + 1, 2**200, -1, 2.0, -2**70, True]:
    g.call("isqrt", v)
for n, k in [(10, 3), (5, 6), (100, 50), (5, 0), (0, 0), (-1, 2), (2, -1), (10**20, 3), (10**20, 10**20 - 2), (2.0, 1),
             (60, 30), (67, 33), (1000, 3), (True, True), (2**64, 2)]:
    g.call("comb", n, k)
    g.call("perm", n, k)
for n in [5, 0, 10, -1, 1.0, 25]:
    g.call("perm", n)
    g.call("perm", n, None)
g.call("perm")
g.call("comb", 1)
rnd = random.Random(3)
for _ in range(40):
    k = rnd.choice([2, 3, 5, 10, 50])
    vals = [rnd.choice([rnd.random(), rnd.uniform(-1e10, 1e10), rnd.uniform(-1, 1) * 10 ** rnd.randrange(-300, 300), rnd.randrange(-100, 100)]) for _ in range(k)]
    g.call("fsum", vals)
    g.call("hypot", *vals)
    g.call("prod", vals)
    g.call("dist", vals, [rnd.random() for _ in vals])
for seq in [[], [0.1] * 10, [1e100, 1.0, -1e100], [1e-16, 1, 1e16], [inf, 1], [inf, -inf], [nan, 1], [1e308, 1e308],
            [1e308, 1e308, -1e308], [-inf, -inf], [1, 2, "a"], 5, [2**1024], [1.7976931348623157e308, 9.979201547673598e291],
            [1, 1e-16, 1e-16], (x * 0.1 for x in range(10)) if False else [x * 0.1 for x in range(10)]]:
    g.call("fsum", seq)
for args in [(), (3, 4), (5, 12), (1,), (-3,), (3, 4, 12), (inf, nan), (nan, 1), (1e-320, 1e-320), (1e308, 1e308),
             (5e-324, 0), (0, 0), (1, "a"), (2**1030, 1), (3, 4.0, True)]:
    g.call("hypot", *args)
for p, q in [((0, 0), (3, 4)), ([1, 2, 3], (4, 5, 6)), ((1,), (2, 3)), ((), ()), (1, 2), ((1e308, 0), (-1e308, 0)),
             ((inf, 0), (0, 0)), ((nan, 0), (0, 0)), (("a",), (1,)), ((2**1030,), (0,))]:
    g.call("dist", p, q)
for args, kw in [(([1, 2, 3],), {}), (([],), {}), (([2.5, 2],), {"start": 2}), ((["a", 2],), {}), ((range(5) if False else [1, 2, 3, 4],), {"start": 1.5}),
                 (([[1], 2],), {}), ((5,), {}), ((), {}), (([1], 2), {}), (([1],), {"x": 1}), (([2**40, 2**40],), {})]:
    g.call("prod", *args, kw=kw)
for a, b, kw in [(1.0, 1.0 + 1e-10, {}), (1.0, 1.1, {}), (0.0, 1e-10, {}), (0.0, 1e-10, {"abs_tol": 1e-9}),
                 (1, 1.1, {"rel_tol": 0.2}), (inf, inf, {}), (inf, -inf, {}), (nan, nan, {}), (1, 2, {"rel_tol": -1}),
                 (1, 2, {"abs_tol": -1}), (1, "a", {}), (5, 5, {"foo": 1})]:
    g.call("isclose", a, b, kw=kw)
g.call("isclose", 1)
g.call("isclose", 1, 2, 3)
g.call("isclose", kw={"a": 1, "b": 1})
for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (inf, 0), (nan, 1), (1, nan), (5e-324, 0), (-0.0, 0.0)]:
    g.call("nextafter", x, y)
g.call("ldexp", 1.0, 2.5)
g.call("ldexp", 1.0, 2**70)
g.call("ldexp", 1.0, -2**70)
g.call("ldexp", 1.5, -1074)
g.call("ldexp", 0.75, -1074)
g.call("ldexp", 3.0, -1076)
# Elementary functions on random arguments: the libm last-bit cases.
rnd = random.Random(5)
for fn, lo, hi in [("sin", -10, 10), ("cos", -10, 10), ("tan", -3, 3), ("exp", -700, 700), ("log", 0, 1e6), ("atan", -100, 100),
                   ("asin", -1, 1), ("acos", -1, 1), ("sinh", -20, 20), ("cosh", -20, 20), ("tanh", -5, 5), ("log10", 0, 1e9),
                   ("log2", 0, 1e9), ("log1p", -0.9, 10), ("expm1", -5, 5), ("sqrt", 0, 1e10), ("cbrt", -1e6, 1e6),
                   ("erf", -3, 3), ("erfc", -3, 6), ("atanh", -1, 1), ("asinh", -1e3, 1e3), ("acosh", 1, 1e3), ("exp2", -50, 50),
                   ("gamma", -20, 30), ("lgamma", -20, 100)]:
    for _ in range(40):
        g.call(fn, rnd.uniform(lo, hi))
for _ in range(80):
    g.call("pow", rnd.uniform(0, 100), rnd.uniform(-10, 10))
for _ in range(40):
    g.call("atan2", rnd.uniform(-10, 10), rnd.uniform(-10, 10))
g.write(os.path.join(os.path.dirname(__file__), "golden.jsonl"))
