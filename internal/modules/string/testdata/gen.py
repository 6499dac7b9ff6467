# Generates golden.jsonl for the string module's test: python3 gen.py
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "modtest"))
from gen import Gen, Var

g = Gen("string")
for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "printable", "whitespace", "nonexistent"]:
    g.call("$attr", Var("mod"), name)
for s in ["hello world", "  hello   world  ", "", "a", "HELLO wORLD", "hello\tworld\nfoo",
          "o'neil mc-donald", "ünïcode wörds", "123abc def", "ǆemal ßtraße"]:
    g.call("capwords", s)
    g.call("capwords", s, "o")
    g.call("capwords", s, None)
    g.call("capwords", s, kw={"sep": "l"})
g.call("capwords")
g.call("capwords", "a", "b", "c")
g.call("capwords", 1)
g.call("capwords", "a b", "")
g.call("capwords", "a b", kw={"x": 1})
g.call("capwords", "a b", kw={"s": "x"})
g.call("capwords", "a b", 1)
g.write(os.path.join(os.path.dirname(__file__), "golden.jsonl"))
