# Operations rewritten to work in place or in stack buffers (no Go memory per
# call): their results and errors must stay CPython's, edge cases included.
import json
import math
import random

# str.replace of Latin-1 strs (counted, written straight into the result).
for s in ["", "a", "aaa", "abcabc", "\xe9", "a\xe9a", "hello world"]:
    for old in ["", "a", "\xe9", "ab", "zz"]:
        for new in ["", "X", "\xe9", "--"]:
            for count in [-1, 0, 1, 2]:
                r = s.replace(old, new, count)
                print(ascii(s), ascii(old), ascii(new), count, ascii(r), r.isascii())

# Stepped slices and strip(chars).
for s in ["", "abcdef", "a\xe9\u20ac\U0001F600xyz", "\U0001F600ab"]:
    print(ascii(s[::2]), ascii(s[::-1]), ascii(s[1::3]), ascii(s[-2::-2]))
print(ascii("  ..ab.. ".strip(" .")), ascii("xxyxhix".strip("xy")), ascii("\xe9a\xe9".strip("\xe9")), "abc".lstrip(""))

# join: lists, tuples, a list subclass, a generator, errors.
class L(list):
    pass
print("-".join(["a", "b"]), "-".join(("x",)), "+".join(L(["p", "q"])), "".join(c for c in "gen"), repr(",".join([])))
for bad in [5, [1], ["a", 2]]:
    try:
        "".join(bad)
    except TypeError as e:
        print("TypeError:", e)

# split(sep) of a long str (fields appended as found).
big = "\n".join("w%d" % i for i in range(70000))
parts = big.split("\n")
print(len(parts), parts[:2], parts[-1], len(big.split("\n", 3)), big.split("\n", 2)[:2])

# printf-style and format-spec formatting of ints.
for v in [0, 7, -255, 2**63 - 1, -2**63, 2**64 + 5, True]:
    print("%d|%5d|%-5d|%05d|%+d|% d|%.3d|%x|%#x|%#X|%#o|%#08x" % ((v,) * 12))
    print(format(v, ">8"), format(v, "08,"), format(v, "_x"), format(v, "#b"), format(v, "*^14,"), format(v, "=+10"))
print("{} and {:>6}|{:,}|{!r}".format("x", 42, 1234567, 2.5), "%s-%r-%c" % ("\xe9", "\xe9", 0x20AC))

# str(int), int(str), repr(float), round(x, n), hex/oct/bin, gcd.
print(str(-123456), int(" 42 "), int("zz", 36), int("\u0663\u0664"), repr(0.1), repr(-0.0), repr(1e16), repr(5e-324))
print([round(x, n) for x in [0.125, 2.675, -2.5, 1.005, 123456.789] for n in [0, 1, 2, 5]])
print(hex(-255), oct(8), bin(5), hex(2**70), math.gcd(12, 18, 27), math.gcd(-2**63, 0), math.gcd())

# Keyword arguments of builtins: unknown ones reported in call order.
for call in [lambda: sorted([], key=None, bad=1), lambda: min([1], bad=1, key=None), lambda: print(1, nope=2, sep="")]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(["b", "A", "c"], key=str.lower, reverse=True), min([3, -4], key=abs), max([], default="empty"))

# Sorting with a key, nested (a key function that sorts).
words = ["pear", "fig", "apple", "kiwi"] * 50
print(sorted(words, key=lambda w: (len(w), sorted(w)))[:5])

# Container reprs, recursive ones included.
d = {"a": 1, "\xe9": [1, "x\ud800"], 3: (1,), (): {}}
d["self"] = d
lst = [1, "two", 3.0, None, d]
lst.append(lst)
print(ascii(d))
print(ascii(lst))

# json: a nested document with non-ASCII text, deeper than the encoder's fixed
# stack of marks, and a circular one.
deep = 1
for _ in range(70):
    deep = [deep]
doc = {"s": "caf\xe9 \U0001F600 \ud800", "n": [1, 2.5, None, True], "deep": deep}
print(json.dumps(doc))
print(ascii(json.dumps(doc, ensure_ascii=False)))
print(json.loads(json.dumps(doc)) == doc)
loop = []
loop.append([loop])
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)

# str.encode('utf-8') straight into the bytes, surrogates through the handlers.
print("caf\xe9 \u20ac \U0001F600".encode(), "a\ud800b".encode("utf-8", "replace"), "a\ud800b".encode("utf-8", "surrogatepass"))
try:
    "a\ud800".encode()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)

# random.randrange of small ints draws as the general path does.
r = random.Random(42)
print([r.randint(1, 10) for _ in range(10)], [r.randrange(-3, 3) for _ in range(5)], r.randrange(2**70), r.randrange(10, 0, -3))
