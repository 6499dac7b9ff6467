#!/usr/bin/env python3
"""Helper for TestStdlib (stdlib_test.go): for each file named on stdin (one
path a line), print one JSON line {"path", "status", "dump"} where status is
"ok", "match" (the file uses a match statement, which pyheap does not parse)
or "error" (CPython cannot parse it either), and dump is
ast.dump(tree, include_attributes=True) when status is "ok" and --dump was
given."""
import ast, json, sys

want_dump = "--dump" in sys.argv
for line in sys.stdin:
    path = line.rstrip("\n")
    try:
        with open(path, "rb") as f:
            src = f.read()
        tree = ast.parse(src, path)
    except SyntaxError as e:
        print(json.dumps({"path": path, "status": "error", "class": type(e).__name__, "msg": e.msg,
                          "lineno": e.lineno or 0}))
        continue
    except Exception as e:
        print(json.dumps({"path": path, "status": "error", "class": type(e).__name__, "msg": str(e)}))
        continue
    status = "ok"
    for n in ast.walk(tree):
        if isinstance(n, ast.Match):
            status = "match"
            break
    out = {"path": path, "status": status}
    if want_dump and status == "ok":
        out["dump"] = ast.dump(tree, include_attributes=True)
    print(json.dumps(out))
