#!/usr/bin/env python3
"""Helper for TestStdlibSymtable: for each path on stdin print a JSON line
with the symtable dump (as gen_symtable.py renders it) or the error."""
import json, sys, symtable, ast
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from gen_symtable import dump  # noqa: E402
for line in sys.stdin:
    path = line.rstrip("\n")
    rec = {"path": path}
    try:
        src = open(path, "rb").read()
        tree = ast.parse(src)
        if any(isinstance(n, ast.Match) for n in ast.walk(tree)):
            rec["skip"] = "match"
        else:
            out = []
            dump(symtable.symtable(src, path, "exec"), out)
            rec["dump"] = "\n".join(out)
    except SyntaxError as e:
        rec["skip"] = "error: " + str(e.msg)
    except Exception as e:
        rec["skip"] = "error: " + str(e)
    print(json.dumps(rec))
