# Generates golden.jsonl for the itertools module's test: python3 gen.py
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "modtest"))
from gen import Gen, Var, Ext

g = Gen("itertools")
def take(fn, *args, n=None, kw=None):
    g.call(fn, *args, kw=kw, save="it")
    g.call("$list", Var("it"), n)
    g.call("$list", Var("it"), 3)

for args, kw in [((), {}), ((5,), {}), ((5, 2), {}), ((1.5, 0.5), {}), ((-3, -1), {}), ((2**64,), {}), ((0, True), {}),
                 ((), {"start": 3, "step": 3}), ((10, 1.0), {}), (("a",), {}), ((1, "b"), {}), ((1, 2, 3), {}), ((), {"x": 1})]:
    g.call("count", *args, kw=kw, save="c")
    g.call("$list", Var("c"), 5)
    g.call("$list", Var("c"), 0)
for args in [(5,), (5, 2), (1.5, 0.5), (0, 1), (2**70, -1), (0, True), (0.0,), (-1, 1)]:
    g.call("count", *args, save="c")
    g.call("$next", Var("c"))
    g.call("$next", Var("c")) if False else None
for args in [("a",), ("a", 3), ("a", 0), ("a", -2), ([1],), (None, 2)]:
    g.call("repeat", *args, save="r")
    g.call("$list", Var("r"), 5)
    g.call("$list", Var("r"), 2)
g.call("repeat")
g.call("repeat", 1, 2, 3)
g.call("repeat", 1, 2.5)
g.call("repeat", kw={"object": 5, "times": 2}, save="r")
g.call("$list", Var("r"))
take("cycle", "abc", n=8)
take("cycle", [], n=3)
take("cycle", [1], n=3)
g.call("cycle")
g.call("cycle", 5)
g.call("cycle", [1], kw={"x": 1})
for args, kw in [(([1, 2, 3, 4],), {}), (([1, 2, 3, 4], Ext("operator.mul")), {}), (([],), {}), (([], None), {"initial": 100}),
                 (([1, 2], None), {"initial": 100}), ((["a", "b", "c"],), {}), (([1, "a"],), {}), (([3, 1, 2], Ext("operator.sub")), {}),
                 ((5,), {}), ((), {}), (([1],), {"func": Ext("operator.add"), "initial": 0})]:
    take("accumulate", *args, kw=kw)
for args in [("abc", "def"), (), ([],), ([1], [], [2, 3]), ("ab", 5), ((1, 2), range(3))]:
    take("chain", *args)
g.call("chain", kw={"a": 1})
g.call("$attr", Var("mod"), "chain", save="chaincls")
g.call("$attr", Var("chaincls"), "from_iterable", save="fi")
g.call("$call", Var("fi"), ["ab", [1, 2], ()], save="it")
g.call("$list", Var("it"))
g.call("$call", Var("fi"), [1, 2], save="it")
g.call("$list", Var("it"))
for args, kw in [(("ABCDEF", [1, 0, 1, 0, 1, 1]), {}), (("ABC", [1, 1, 1, 1, 1]), {}), (("ABCDEF", [0, 1]), {}),
                 ((), {"data": "ab", "selectors": [1, 1]}), (("a",), {}), ((1, [1]), {}), (("ab", [[], [1]]), {})]:
    take("compress", *args, kw=kw)
for fn in ["dropwhile", "takewhile", "filterfalse"]:
    for pred, data in [(Ext("operator.not_"), [0, 0, 1, 0, 2]), (Ext("operator.truth"), [1, 4, 6, 0, 4, 1]),
                       (Ext("operator.not_"), []), (None, [0, 1, 0, 2]), (Ext("operator.neg"), [1, 0, "a"])]:
        take(fn, pred, data)
    g.call(fn, 1)
    g.call(fn, 1, 2, 3)
    g.call(fn, None, [1], kw={"x": 1})
    g.call(fn, None, 5)
for data, key in [("AAAABBBCCDAABBB", None), ([1, 1, 2, 3, 3, 3], None), ([], None), ([1, 2, -2, 3, -3, 4], Ext("operator.abs")),
                  ([(1, "a"), (1, "b"), (2, "c")], Ext("operator.itemgetter(0)"))]:
    g.call("groupby", data, key, save="gb")
    for _ in range(6):
        g.call("$next", Var("gb"), save="grp")
        g.call("$item", Var("grp"), 1, save="sub")
        g.call("$list", Var("sub"))
    g.call("groupby", data, kw={"key": key}, save="gb")
    g.call("$next", Var("gb"), save="grp1")
    g.call("$next", Var("gb"), save="grp2")
    g.call("$item", Var("grp1"), 1, save="sub")
    g.call("$list", Var("sub"))
    g.call("$item", Var("grp2"), 1, save="sub")
    g.call("$list", Var("sub"))
g.call("groupby")
g.call("groupby", 5)
g.call("groupby", [1, 2], Ext("operator.neg"), 3)
for args in [("ABCDEFG", 2), ("ABCDEFG", 2, 4), ("ABCDEFG", 2, None), ("ABCDEFG", 0, None, 2), ("ABCDEFG", None),
             ("ABCDEFG", 10), ("AB", 5, 10), ("ABCDEFG", 1, 6, 3), (range(100), 5, 95, 17), ("abc", -1), ("abc", 1, -2),
             ("abc", 0, 2, 0), ("abc", 0, 2, -1), ("abc", "a"), ("abc", 1.5), ("abc", "x", 2), ("abc", 0, 2, "s"),
             ("abc",), (), ("abc", 1, 2, 3, 4), (5, 1), ("abc", None, None, None), ("abc", 2**70), ("abc", True)]:
    take("islice", *args)
g.call("islice", "abc", 1, kw={"stop": 2})
g.call("count", 10, save="c")
g.call("islice", Var("c"), 2, 20, 5, save="is")
g.call("$list", Var("is"))
g.call("$next", Var("c"))
for args in [("ABCDE",), ("A",), ("",), (range(5),), (5,), ()]:
    take("pairwise", *args)
for args in [(Ext("operator.pow"), [(2, 5), (3, 2), (10, 3)]), (Ext("operator.add"), ["ab", "cd"]), (Ext("operator.neg"), [[1], (2,)]),
             (Ext("operator.add"), [(1,)]), (Ext("operator.add"), [5]), (Ext("operator.pow"), 3), (Ext("operator.pow"),)]:
    take("starmap", *args)
for args, kw in [(("ABCD", "xy"), {"fillvalue": "-"}), (("AB", [1, 2, 3], ()), {}), ((), {}), (("ab",), {}), (([], []), {}),
                 (("ab", 5), {}), (("ab",), {"fillvalue": None}), (("ab",), {"foo": 1}), (("ab", "c"), {"fillvalue": 0})]:
    take("zip_longest", *args, kw=kw)
for args, kw in [(("ABCD", "xy"), {}), ((range(2),), {"repeat": 3}), ((), {}), (("ab", ""), {}), (("ab", [1, 2]), {"repeat": 2}),
                 (("ab",), {"repeat": 0}), (("ab",), {"repeat": -1}), (("ab",), {"x": 1}), ((5,), {}), (("abc", "de", "f"), {})]:
    take("product", *args, kw=kw)
for args, kw in [(("ABCD", 2), {}), ((range(3),), {}), (("AB", 3), {}), (("ABC", 0), {}), (("",), {}), (("", 0), {}),
                 (("ABCD", -1), {}), (("ABC", None), {}), ((), {}), (("ab",), {"r": 1}), ((5,), {}), (("ab", 1.5), {}), ((range(4), 4), {})]:
    take("permutations", *args, kw=kw)
for fn in ["combinations", "combinations_with_replacement"]:
    for args, kw in [(("ABCD", 2), {}), ((range(4), 3), {}), (("AB", 3), {}), (("ABC", 0), {}), (("", 0), {}), (("", 2), {}),
                     (("ABCD", -1), {}), (("ABC",), {}), ((), {}), (("abc",), {"r": 2}), ((5, 1), {}), (("ab", 1.5), {}), ((range(5), 5), {})]:
        take(fn, *args, kw=kw)
g.call("tee", "abcdef", save="t")
g.call("$item", Var("t"), 0, save="a")
g.call("$item", Var("t"), 1, save="b")
g.call("$list", Var("a"), 2)
g.call("$list", Var("b"))
g.call("$list", Var("a"))
g.call("tee", range(200), 3, save="t")
g.call("$item", Var("t"), 0, save="a")
g.call("$item", Var("t"), 2, save="b")
g.call("$list", Var("a"), 100)
g.call("$list", Var("b"), 150)
g.call("$list", Var("a"))
g.call("$list", Var("b"))
g.call("tee", "abc", 0)
g.call("tee", "abc", 1, save="t")
g.call("$item", Var("t"), 0, save="a")
g.call("$list", Var("a"))
g.call("tee", "abc", -1)
g.call("tee")
g.call("tee", 5)
g.call("tee", "ab", 2, 3)
g.call("tee", "abcd", save="t")
g.call("$item", Var("t"), 0, save="a")
g.call("$next", Var("a"))
g.call("tee", Var("a"), save="t2")
g.call("$item", Var("t2"), 1, save="c")
g.call("$list", Var("c"))
g.call("$list", Var("a"))
for name in ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile", "takewhile", "filterfalse",
             "groupby", "islice", "pairwise", "starmap", "tee", "zip_longest", "product", "permutations", "combinations",
             "combinations_with_replacement", "_grouper", "_tee", "_tee_dataobject"]:
    g.call("$attr", Var("mod"), name)
g.call("repeat", "x", save="r")
g.call("$type", Var("r"))
g.write(os.path.join(os.path.dirname(__file__), "golden.jsonl"))
