#!/usr/bin/env python3
"""Generate symtable_expected.jsonl from symtable_cases.txt with CPython
3.11's symtable module. Run from internal/symtable/testdata:
    python3 gen_symtable.py
Cases are separated by lines holding only '----'. For each case the output
holds either the dump of every table (see dump below; symtable_test.go
renders pyheap's tables the same way) or the SyntaxError's msg, lineno,
offset, end_lineno and end_offset."""
import json, symtable, sys

assert sys.version_info[:2] == (3, 11)

def dump(t, out, ind=0):
    params = ""
    if t.get_type() == "function":
        params = " params=" + ",".join(t._table.varnames)
    out.append("%s%s %s line=%d nested=%s%s" % (" " * ind, t.get_type(), t.get_name(),
                                                 t.get_lineno(), t.is_nested(), params))
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        f = s._Symbol__flags
        out.append("%s  %s scope=%d flags=%d" % (" " * ind, s.get_name(), (f >> 11) & 7, f & 2047))
    for c in t.get_children():
        dump(c, out, ind + 2)

if __name__ != "__main__":
    pass
else:
  with open("symtable_cases.txt", encoding="utf-8") as f:
      cases = [c for c in f.read().split("\n----\n") if c.strip()]
  with open("symtable_expected.jsonl", "w", encoding="utf-8") as out:
      for src in cases:
          rec = {"src": src}
          try:
              st = symtable.symtable(src, "<test>", "exec")
              lines = []
              dump(st, lines)
              rec["dump"] = "\n".join(lines)
          except SyntaxError as e:
              rec.update({"msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                          "end_lineno": e.end_lineno, "end_offset": e.end_offset})
          out.write(json.dumps(rec, ensure_ascii=False) + "\n")
  print(len(cases), "cases")
