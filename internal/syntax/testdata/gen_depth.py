#!/usr/bin/env python3
"""Generate depth_expected.json: for each form head + rep*n + tail, the
largest n that CPython 3.11's parser accepts before its MAXSTACK limit makes
compile() raise MemoryError. TestDepthLimit checks pyheap's limit against it.
Run from internal/syntax/testdata:  python3 gen_depth.py
"""
import json, sys
assert sys.version_info[:2] == (3, 11)

def res(src):
    try:
        compile(src, "<t>", "exec"); return "ok"
    except MemoryError: return "mem"
    except RecursionError: return "rec"
    except SyntaxError as e: return "syn"

def thresh(head, rep, tail, hi=12000):
    lo = 0
    while lo < hi:
        m = (lo + hi + 1) // 2
        if res(head + rep * m + tail) != "mem": lo = m
        else: hi = m - 1
    return lo

M = "-"
forms = [
    ("unary minus", "", "-", "1"),
    ("not", "", "not ", "1"),
    ("invert", "", "~", "1"),
    ("lambda", "", "lambda:", "1"),
    ("if-else chain", "", "1 if 1 else ", "1"),
    ("power", "a", "**a", ""),
    ("assignment", "x = ", M, "1"),
    ("f-string", "f'{", M, "1}'"),
    ("parens", "-(" * 180, M, "1" + ")" * 180),
    ("lists", "-[" * 180, M, "1" + "]" * 180),
    ("sets", "-{" * 180, M, "1" + "}" * 180),
    ("calls", "f(" * 180, M, "1" + ")" * 180),
    ("subscripts", "a[" * 180, M, "1" + "]" * 180),
    ("elif chain", "if 1:\n pass\n", "elif 1:\n pass\n", ""),
    ("return", "def f():\n return ", M, "1\n"),
    ("if test", "if ", M, "1: pass\n"),
    ("nested block", "if 1:\n if 1:\n  x = ", M, "1\n"),
    ("call arg", "f(", M, "1)"),
    ("keyword arg", "f(a=", M, "1)"),
    ("list item", "[", M, "1]"),
    ("tuple item", "(1, ", M, "1)"),
    ("dict value", "{1: ", M, "1}"),
    ("subscript", "a[", M, "1]"),
    ("lambda body", "lambda: ", M, "1"),
    ("lambda default", "lambda x=", M, "1: 1"),
    ("def default", "def f(x=", M, "1): pass"),
    ("comprehension iter", "[x for x in ", M, "1]"),
    ("and", "a and ", M, "1"),
    ("comparison", "a < ", M, "1"),
    ("sum", "a + ", M, "1"),
    ("term", "a * ", M, "1"),
    ("yield", "def f():\n yield ", M, "1\n"),
    ("walrus", "(x := ", M, "1)"),
    ("augmented", "x += ", M, "1"),
    ("annotated", "x: int = ", M, "1"),
    ("with", "with ", M, "1: pass"),
    ("for", "for x in ", M, "1: pass"),
    ("while", "while ", M, "1: pass"),
    ("assert", "assert ", M, "1"),
    ("decorator", "@", M, "1\ndef f(): pass"),
    ("class base", "class A(", M, "1): pass"),
    ("starred arg", "f(*", M, "1)"),
    ("slice", "a[1:", M, "1]"),
    ("if-else test", "1 if ", M, "1 else 2"),
    ("set", "{", M, "1}"),
    ("genexp", "(", M, "1 for x in y)"),
    ("raise", "raise ", M, "1"),
    ("del", "del x[", M, "1]"),
    ("try body", "try:\n x = ", M, "1\nexcept: pass"),
    ("nested lambdas", "lambda: lambda: ", M, "1"),
]
out = [{"name": n, "head": h, "rep": r, "tail": t, "max": thresh(h, r, t)} for n, h, r, t in forms]
with open("depth_expected.json", "w") as f:
    json.dump(out, f, indent=1)
print(len(out), "forms")
