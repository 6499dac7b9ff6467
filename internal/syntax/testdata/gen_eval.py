#!/usr/bin/env python3
"""Generate eval_expected.jsonl: CPython 3.11's verdict on eval-mode sources
(ast.parse(src, mode="eval")), for TestParseExpr. Run from
internal/syntax/testdata:  python3 gen_eval.py"""
import ast, json, sys
assert sys.version_info[:2] == (3, 11)
CASES = ["1", "x", "a + b * c", "a, b", "(a, b)", "lambda x: x", "[x for x in y]", "f(*a, **k)",
         "a if b else c", "x := 1", "(x := 1)", "*a", "*a, b", "yield x", "(yield x)", "\n1\n\n",
         "  1", "1; 2", "x = 1", "f'{x}'", "1 +", "a b", "(a b)", "'abc", "def f(): pass",
         "1\n2", "not x", "a[1:2]", "{**a}", "...", "await x", "lambda: (yield)"]
with open("eval_expected.jsonl", "w") as out:
    for src in CASES:
        rec = {"src": src}
        try:
            rec["dump"] = ast.dump(ast.parse(src, mode="eval").body, include_attributes=True)
        except SyntaxError as e:
            rec.update({"class": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset})
        out.write(json.dumps(rec) + "\n")
