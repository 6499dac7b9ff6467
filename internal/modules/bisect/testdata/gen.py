# Generates golden.jsonl for the bisect module's test: python3 gen.py
import os, sys, random
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "modtest"))
from gen import Gen, Var, Ext

g = Gen("bisect")
rnd = random.Random(7)
seqs = [[], [1], [1, 2, 3], [1, 1, 1], [1, 2, 2, 2, 3, 5, 8], list(range(0, 40, 3)), (1, 3, 5), "acegi",
        [1.5, 2.5, 2.5, 4.0], sorted(rnd.randrange(20) for _ in range(25))]
xs = [0, 1, 2, 2.5, 3, 5, 100, -1]
for fn in ["bisect_left", "bisect_right", "bisect"]:
    for s in seqs:
        for x in (["a", "c", "d", "z"] if isinstance(s, str) else xs):
            g.call(fn, s, x)
        g.call(fn, s, 2 if not isinstance(s, str) else "c", 1)
        g.call(fn, s, 2 if not isinstance(s, str) else "c", 1, 3)
        g.call(fn, s, 2 if not isinstance(s, str) else "c", kw={"lo": 2, "hi": 100} if len(s) > 10 else {"hi": 1})
        g.call(fn, s, 2 if not isinstance(s, str) else "c", 0, None)
        g.call(fn, s, 2 if not isinstance(s, str) else "c", 0, -1)
        g.call(fn, s, 2 if not isinstance(s, str) else "c", 2, -5)
    g.call(fn, [1, 2], 1, -1)
    g.call(fn, [1, 2], 1, 1.0)
    g.call(fn, [1, 2], 1, 0, 1.5)
    g.call(fn, [1, 2], 1, 0, "x")
    g.call(fn, [1, 2], "x")
    g.call(fn, 5, 1)
    g.call(fn, {1: 2}, 1)
    g.call(fn, {1: 2}, 1, 0, 1)
    g.call(fn)
    g.call(fn, [1])
    g.call(fn, [1], 1, 2, 3, 4)
    g.call(fn, [1], 1, kw={"a": [1]})
    g.call(fn, kw={"a": [1, 2, 3], "x": 2})
    g.call(fn, [1], 1, kw={"foo": 1})
    g.call(fn, [1], 1, 0, 1, kw={"key": None, "lo": 0})
    g.call(fn, [1], 1, 2**70)
    pairs = [(1, "a"), (2, "b"), (2, "c"), (4, "d")]
    for x in [0, 1, 2, 3, 5]:
        g.call(fn, pairs, x, kw={"key": Ext("operator.itemgetter(0)")})
    g.call(fn, [-1, -3, -7], -4, kw={"key": Ext("operator.neg")})
    g.call(fn, [3, 1], 2, kw={"key": Ext("operator.neg")})
for fn in ["insort_left", "insort_right", "insort"]:
    g.let("L", [])
    for x in [5, 1, 3, 3, 9, 0, 3.0, 7]:
        g.call(fn, Var("L"), x, show=0)
    g.call(fn, Var("L"), 4, 2, show=0)
    g.call(fn, Var("L"), 4, 0, 3, show=0)
    g.call(fn, Var("L"), 4, -1, show=0)
    g.call(fn, Var("L"), "x", show=0)
    g.let("P", [(1, "a"), (3, "c")])
    g.call(fn, Var("P"), (2, "b"), kw={"key": Ext("operator.itemgetter(0)")}, show=0)
    g.call(fn, Var("P"), (3, "z"), kw={"key": Ext("operator.itemgetter(0)")}, show=0)
    g.call(fn, Var("P"), (3, "z"), kw={"key": Ext("operator.itemgetter(5)")}, show=0)
    g.call(fn, (1, 2), 1)
    g.call(fn, "ab", "b")
g.write(os.path.join(os.path.dirname(__file__), "golden.jsonl"))
