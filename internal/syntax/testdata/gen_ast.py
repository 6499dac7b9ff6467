#!/usr/bin/env python3
"""Generate ast_expected.jsonl from ast_cases.txt with CPython 3.11.

Run from internal/syntax/testdata:  python3 gen_ast.py
Cases in ast_cases.txt are separated by lines holding only '----'. For each
case the output line holds the source, ast.dump(tree) and
ast.dump(tree, include_attributes=True); TestASTDump compares Dump and
DumpWithPositions against them without needing python3.
"""
import ast, json, sys

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"
with open("ast_cases.txt", encoding="utf-8") as f:
    text = f.read()
cases = [c for c in text.split("\n----\n")]
with open("ast_expected.jsonl", "w", encoding="utf-8") as out:
    for src in cases:
        if not src.strip():
            continue
        tree = ast.parse(src)
        out.write(json.dumps({"src": src, "dump": ast.dump(tree),
                              "attrs": ast.dump(tree, include_attributes=True)},
                             ensure_ascii=False) + "\n")
print(len(cases), "cases")
