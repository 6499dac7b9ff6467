"""Dumps CPython's str character properties and case mappings for every code point
as JSON: the oracle unicode_gen_test.go compares Go's unicode tables with."""
import json
import sys

N = 0x110000
def _ci(c):
    # Case_Ignorable, observed through the final-sigma rule of lower(): in
    # "A" + c + "Σ" the sigma is final (ς) when the letter before it, skipping
    # case-ignorable characters, is cased; c itself must not be cased.
    cased = c.islower() or c.isupper() or c.istitle()
    return ("A" + c + "\u03a3").lower()[-1] == "\u03c2" and not cased


# islower()/isupper() of a lone character are the Lowercase/Uppercase properties;
# istitle() of one is true for Lt and for Uppercase letters.
preds = {
    "printable": str.isprintable,
    "space": str.isspace,
    "alpha": str.isalpha,
    "decimal": str.isdecimal,
    "digit": str.isdigit,
    "numeric": str.isnumeric,
    "lower": str.islower,
    "upper": str.isupper,
    "title": lambda c: c.istitle() and not c.isupper(),
    "caseignorable": _ci,
    "xidstart": str.isidentifier,
    "xidcontinue": lambda c: ("a" + c).isidentifier(),
}

out = {"props": {}, "cases": {}}
order = ["printable", "space", "alpha", "decimal", "digit", "numeric", "lower", "upper", "title",
         "caseignorable", "xidstart", "xidcontinue"]
for name in order:
    f = preds[name]
    ranges = []
    start = None
    for cp in range(N):
        v = f(chr(cp))
        if v and start is None:
            start = cp
        elif not v and start is not None:
            ranges.append([start, cp - 1])
            start = None
    if start is not None:
        ranges.append([start, N - 1])
    out["props"][name] = ranges

for name, f in [("lower", str.lower), ("upper", str.upper), ("title", str.title), ("fold", str.casefold)]:
    m = {}
    for cp in range(N):
        c = chr(cp)
        r = f(c)
        if r != c:
            m[cp] = [ord(x) for x in r]
    out["cases"][name] = m
json.dump(out, sys.stdout)
