#!/usr/bin/env python3
"""Generate errors_expected.jsonl from error_cases.txt with CPython 3.11.

Run from internal/syntax/testdata:  python3 gen_errors.py
Cases are separated by lines holding only '----'; a case may use the escape
\\x00-style sequences of Python string literals if its first line is
'#escaped' (that line is dropped). For each case the parser's verdict is
recorded: ast.parse(src) gives either the SyntaxError's class, msg, lineno,
offset, end_lineno, end_offset and text, or MemoryError, or no error at all - then the
error, if any, comes from CPython's compiler/symtable (compile() is run to
record it) and the case checks that pyheap's parser accepts the source.
"""
import ast, json, sys

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"
with open("error_cases.txt", encoding="utf-8") as f:
    text = f.read()
out = open("errors_expected.jsonl", "w", encoding="utf-8")
n = 0
for src in text.split("\n----\n"):
    if not src.strip():
        continue
    if src.startswith("#escaped\n"):
        src = src[len("#escaped\n"):].encode("ascii").decode("unicode_escape")
    rec = {"src": src}
    try:
        ast.parse(src)
        rec["stage"] = "compiler"
        try:
            compile(src, "<test>", "exec")
            rec["class"] = ""
        except SyntaxError as e:
            rec.update({"class": type(e).__name__, "msg": e.msg})
    except MemoryError:
        rec.update({"stage": "parser", "class": "MemoryError", "msg": ""})
    except SyntaxError as e:
        rec.update({"stage": "parser", "class": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
                    "offset": e.offset, "end_lineno": e.end_lineno, "end_offset": e.end_offset,
                    "text": e.text})
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n += 1
print(n, "cases")
