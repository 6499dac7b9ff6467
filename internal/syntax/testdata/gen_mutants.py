#!/usr/bin/env python3
"""Generate mutants_expected.jsonl: sources made by mutating the cases of
ast_cases.txt and error_cases.txt (deleting, inserting, replacing or swapping
one piece), each with CPython 3.11's verdict: the SyntaxError (class, msg,
lineno, offset, end_lineno, end_offset) or, when it parses, the SHA-1 of
ast.dump(tree, include_attributes=True). TestMutants compares. This is a
differential test of the error paths: most mutants are errors that no one
wrote by hand. Run from internal/syntax/testdata:  python3 gen_mutants.py
(the mutants depend on the seed and on the two case files)."""
import ast, hashlib, json, random, re, sys, warnings

assert sys.version_info[:2] == (3, 11)
warnings.simplefilter("ignore")
SEED, COUNT, OUT = 1, 5000, "mutants_expected.jsonl"
if len(sys.argv) > 1:  # exploring: gen_mutants.py SEED COUNT OUTFILE
    SEED, COUNT, OUT = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
random.seed(SEED)
src = open("ast_cases.txt", encoding="utf-8").read().split("\n----\n")
src += open("error_cases.txt", encoding="utf-8").read().split("\n----\n")
pieces = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '==', '.', '*', '**', 'if', 'else', 'for',
          'in', 'lambda', 'not', 'yield', 'x', '1', '"s"', 'f"{x}"', ':=', '->', '@', 'def',
          'class', 'return', 'import', 'from', 'as', 'with', '\n', '  ', '\t', '\\', '#', '+',
          '-', ';', 'async', 'await', 'del', 'global', 'pass', '...']
seen = set()
with open(OUT, "w", encoding="utf-8") as out:
    for _ in range(COUNT):
        s = random.choice(src)
        parts = re.findall(r'\s+|\w+|"[^"\n]*"|\'[^\'\n]*\'|.', s)
        if s.startswith("#escaped") or not parts:
            continue
        op, k = random.randrange(4), random.randrange(len(parts))
        if op == 0:
            del parts[k]
        elif op == 1:
            parts.insert(k, random.choice(pieces))
        elif op == 2:
            parts[k] = random.choice(pieces)
        else:
            j = random.randrange(len(parts))
            parts[k], parts[j] = parts[j], parts[k]
        m = "".join(parts)
        if m in seen:
            continue
        seen.add(m)
        rec = {"src": m}
        try:
            tree = ast.parse(m)
            if any(isinstance(n, ast.Match) for n in ast.walk(tree)):
                continue
            rec["ok"] = hashlib.sha1(ast.dump(tree, include_attributes=True).encode()).hexdigest()
        except SyntaxError as e:
            rec.update({"class": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                        "end_lineno": e.end_lineno, "end_offset": e.end_offset, "text": e.text})
        except (MemoryError, RecursionError, ValueError):
            continue
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
