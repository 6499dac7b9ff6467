"""Generates cases.jsonl: the golden table for str, bytes and bytearray.

Run with CPython 3.11 from internal/object:  python3 testdata/str/gen.py

Each line is a JSON object: "op" describes an operation the Go test
(str_golden_test.go) performs through the object API, "want" is what CPython
gives: repr() of the result, or "ExcType: message". Values are encoded as:

    "text"            str (without lone surrogates)
    {"u": [cps]}      str given by its code points
    123               int; {"i": "123..."} for big ones
    null true false   None True False
    {"f": "1.5"}      float (its repr)
    {"b": "hex"}      bytes        {"ba": "hex"}  bytearray
    {"t": [...]}      tuple        {"l": [...]}   list
    {"d": [[k, v]]}   dict         {"sl": [a, b, c]} slice
    {"type": "str"}   a built-in type

Operations:

    {"m": name, "r": recv, "a": [args], "k": {kw}}   recv.name(*args, **kw)
    {"new": type, "a": [...], "k": {...}}             type(*args, **kw)
    {"op": "+", "a": x, "b": y}                        binary: + * % < <= == != > >= in []
    {"op": "len"|"repr"|"str"|"ascii"|"iter"|"hash=", "a": x[, "b": y]}
    {"op": "charmap", "a": str, "b": name}              s[i].name() for each character,
        joined: "1"/"0" for predicates, "|" between mapped strs
    {"mut": bytearray, "ops": [...]}                   a sequence of mutations of one
        bytearray: {"set": key, "v": value}, {"del": key}, {"m": name, "a": [...]},
        {"op": "+=" | "*=", "b": y}; want is repr(last result) + " | " + repr(obj)
"""
import json
import sys

cases = []


def enc(v):
    if v is None or v is True or v is False:
        return v
    t = type(v)
    if t is str:
        if any(0xD800 <= ord(c) <= 0xDFFF for c in v):
            return {"u": [ord(c) for c in v]}
        return v
    if t is int:
        if -(1 << 53) < v < (1 << 53):
            return v
        return {"i": str(v)}
    if t is float:
        return {"f": repr(v)}
    if t is bytes:
        return {"b": v.hex()}
    if t is bytearray:
        return {"ba": v.hex()}
    if t is tuple:
        return {"t": [enc(x) for x in v]}
    if t is list:
        return {"l": [enc(x) for x in v]}
    if t is dict:
        return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    if t is slice:
        return {"sl": [enc(v.start), enc(v.stop), enc(v.step)]}
    if t is type:
        return {"type": v.__name__}
    raise TypeError(t)


def outcome(f):
    try:
        r = f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    if type(r).__name__ in ("str_ascii_iterator", "str_iterator", "bytes_iterator", "bytearray_iterator"):
        r = list(r)
    return repr(r)


def add(op, f):
    cases.append({"op": op, "want": outcome(f)})


def call_source(callee, args, kw):
    # A call written out with literal keywords, so that CPython takes the same path
    # as compiled code (vectorcall with keyword names), whose messages differ from
    # f(*args, **kw)'s in places ("str.find() takes no keyword arguments").
    parts = ["a[%d]" % i for i in range(len(args))]
    for n in sorted(kw):
        parts.append(("%s=k[%r]" if n.isidentifier() else "**{%r: k[%r]}") % (n, n))
    return "%s(%s)" % (callee, ", ".join(parts))


def call(recv, name, *args, **kw):
    op = {"m": name, "r": enc(recv), "a": [enc(a) for a in args]}
    if kw:
        op["k"] = {k: enc(v) for k, v in kw.items()}
    if isinstance(recv, bytearray):
        recv = bytearray(recv)  # keep the encoded value
    src = call_source("r." + name, args, kw)
    add(op, lambda: eval(src, {"r": recv, "a": args, "k": kw}))


def new(typ, *args, **kw):
    op = {"new": typ.__name__, "a": [enc(a) for a in args]}
    if kw:
        op["k"] = {k: enc(v) for k, v in kw.items()}
    src = call_source("t", args, kw)
    add(op, lambda: eval(src, {"t": typ, "a": args, "k": kw}))


BINOPS = {
    "+": lambda a, b: a + b, "*": lambda a, b: a * b, "%": lambda a, b: a % b,
    "<": lambda a, b: a < b, "<=": lambda a, b: a <= b, "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
    "in": lambda a, b: a in b, "[]": lambda a, b: a[b],
}


def binop(op, a, b):
    add({"op": op, "a": enc(a), "b": enc(b)}, lambda: BINOPS[op](a, b))


def unop(op, a):
    f = {"len": len, "repr": repr, "str": str, "ascii": ascii, "iter": lambda x: list(iter(x))}[op]
    add({"op": op, "a": enc(a)}, lambda: f(a))


def charmap(meth, s):
    """Each character's s[i].meth(), joined: "1"/"0" for predicates, "|" between
    the results of mappings."""
    def f():
        res = [getattr(c, meth)() for c in s]
        if res and type(res[0]) is bool:
            return "".join("1" if r else "0" for r in res)
        return "|".join(res)
    add({"op": "charmap", "a": enc(s), "b": meth}, f)


def hash_eq(a, b):
    add({"op": "hash=", "a": enc(a), "b": enc(b)}, lambda: hash(a) == hash(b))


def mut(init, *ops):
    """ops: tuples ("set", key, v), ("del", key), ("m", name, *args), ("+=", y), ("*=", n)."""
    obj = bytearray(init)
    enc_ops = []
    for o in ops:
        if o[0] == "set":
            enc_ops.append({"set": enc(o[1]), "v": enc(o[2])})
        elif o[0] == "del":
            enc_ops.append({"del": enc(o[1])})
        elif o[0] == "m":
            enc_ops.append({"m": o[1], "a": [enc(a) for a in o[2:]]})
        else:
            enc_ops.append({"op": o[0], "b": enc(o[1])})

    def run():
        nonlocal obj
        last = None
        for o in ops:
            if o[0] == "set":
                obj[o[1]] = o[2]
                last = None
            elif o[0] == "del":
                del obj[o[1]]
                last = None
            elif o[0] == "m":
                last = getattr(obj, o[1])(*o[2:])
            elif o[0] == "+=":
                obj += o[1]
                last = None
            elif o[0] == "*=":
                obj *= o[1]
                last = None
        return last

    try:
        last = run()
        want = repr(last) + " | " + repr(obj)
    except Exception as e:
        want = "%s: %s | %s" % (type(e).__name__, e, repr(obj))
    cases.append({"op": {"mut": enc(bytearray(init)), "ops": enc_ops}, "want": want})


# ---------------------------------------------------------------- str: repr

REPR_STRS = [
    "", "a", "abc", "'", '"', "'\"", "it's", 'say "hi"', "both ' and \"", "\\", "a\\b",
    "\n", "\t", "\r", "\x00", "\x07", "\x1b", "\x7f", "\x80", "\x9f", "\xa0", "\xad", "é", "ÿ",
    "\u0100", "\u0378", "\u200b", "\u2028", "\u3000", "\ufeff", "\uffff", "\ud800", "\udfff",
    "a\udc80b", "日本語", "\U0001f600", "\U0001f600x", "\U000e0001", "\U0010ffff", "\U0001fb00",
    "\U00030000", "\U00031350", "\u0600", "\u061c", "\u00a0x", "mixed 'é' \"\U0001f600\"\n",
    "\u1680", "\u2000", "\u202f", "\u205f", "\u0085", "\u180e", "\U000e0100", "\u08c9",
]
for s in REPR_STRS:
    unop("repr", s)
    unop("ascii", s)

# ---------------------------------------------------------------- str: predicates

PRED_STRS = [
    "", "abc", "ABC", "Abc", "aBc", "123", "１２３", "²", "½", "一二三", "Ⅷ", "abc123", "a b", " ",
    "\t\n", "\x1c\x1d", "\x85", "\xa0", "\u200b", "ǅ", "ǅa", "Ǆ", "Hello World", "Hello world",
    "hello", "HELLO", "Ünïcödé", "ß", "ﬁ", "İ", "ς", "Σ", "_id", "1id", "id1", "a-b", "éé", "𝔘𝔫𝔦",
    "٣", "\u0e50", "\U0001d7ce", "\u2160", "\u3007", "\u00b2\u00b3", "ᾼ", "ᾳ", "\u02b0", "ª", "\u0345",
    "a\u0301", "\ud800", "\U0001f600", "Title Case Here", "They're Bill's", "\u1e9e", "\U00010400",
    "\U00010428", "\u2c00", "ǈ", "ǋ", "ᏸ", "ꭰ", "\u1c90", "\u0131", "\u03d0", "\U0001e900",
    "\U0001e922", "\U00016e40", "\u0d81", "\u0cf3", "\U0001b132", "\U00011f00", "\U0001e4d0",
]
PREDS = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
         "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
for s in PRED_STRS:
    for p in PREDS:
        call(s, p)

# Per-character properties over a sample of the code space: every code point
# below U+0800 and every 211th above (with the last ones; surrogates apart), in
# chunks.
SAMPLE = [c for c in list(range(0x800)) + list(range(0x800, 0x110000, 211)) + list(range(0x10FFF8, 0x110000))
          if not 0xD800 <= c <= 0xDFFF] + [0xD800, 0xDBFF, 0xDC00, 0xDFFF]
for i in range(0, len(SAMPLE), 2048):
    chunk = "".join(chr(c) for c in SAMPLE[i:i + 2048])
    for p in PREDS + ["lower", "upper", "title", "casefold", "swapcase", "capitalize"]:
        if p == "isascii":
            continue
        charmap(p, chunk)

# ---------------------------------------------------------------- str: case mapping

CASE_STRS = [
    "", "hello world", "HELLO WORLD", "hELLO wORLD", "they're bill's friends", "ß", "straße",
    "ﬁnance", "ﬃ", "İstanbul", "ΑΣ", "ΑΣ Σ", "ΌΣΟΣ", "Σ", "aΣ", "aΣb", "aΣ.", "a.Σ", "ǆ", "ǅ",
    "Ǆungla", "ŉ", "ǰ", "ΐ", "ᾳ", "ᾼ", "ﬀ", "123abc", "abc\u0301def", "\u0345", "ꭰ", "Ᏸ",
    "\U00010400\U00010428", "\u1e9e", "mIxEd CaSe 123", "ǈǉǊ", "ÀÉÎõü", "\u0130\u0131",
    "a\u0345b", "x" * 3 + "Σ" + "'", "ΑΣ\u0301", "\U0001e900\U0001e922", "ﬅ", "և", "ΰ",
]
for s in CASE_STRS:
    for m in ["lower", "upper", "title", "capitalize", "swapcase", "casefold"]:
        call(s, m)

# ---------------------------------------------------------------- str: search

HAY = ["", "a", "abcabc", "aaaa", "hello world", "ééàé", "日本日本", "a\U0001f600b\U0001f600"]
NEEDLES = ["", "a", "b", "bc", "aa", "é", "日本", "\U0001f600", "xyz", "abcabcabc"]
for h in HAY:
    for n in NEEDLES:
        for m in ["find", "rfind", "count", "index", "rindex", "startswith", "endswith"]:
            call(h, m, n)
for m in ["find", "rfind", "count", "index", "rindex", "startswith", "endswith"]:
    for args in [(1,), (1, 4), (-3,), (-3, -1), (10,), (2, 1), (None, 3), (None, None), (0, 100), (-100, 2)]:
        call("abcabc", m, "bc", *args)
        call("abcabc", m, "", *args)
    call("abc", m)
    call("abc", m, 1)
    call("abc", m, "a", "x")
    call("abc", m, "a", 1, 2, 3)
    call("abc", m, sub="a")
# Searches in wide strs whose code units could match across code point boundaries.
for h, n in [("\u0201\u0003", "\u0302"), ("\u0201\u0003\u0302", "\u0302"), ("\u0302\u0201\u0003", "\u0302"),
             ("\U00010302\U00020001", "\u0201"), ("\U00010302\U00020001\u0201", "\u0201"), ("\u0100\u0100", "\u0100"),
             ("\u01ff\u0001\u01ff", "\u0001"), ("x\u0101\u0101y", "\u0101y"), ("\U0001f600\U0001f600", "\U0001f600"),
             ("\U0001f600a\U0001f600", "a\U0001f600"), ("\u0100a\u0100a", "a"), ("\u6100\u0061", "a")]:
    for m in ["find", "rfind", "count", "split", "rsplit", "partition", "rpartition"]:
        call(h, m, n)
    binop("in", n, h)
    call(h, "replace", n, "!")

call("abc", "startswith", ("x", "ab"))
call("abc", "endswith", ("x", "bc"))
call("abc", "startswith", ())
call("abc", "startswith", ("a", 1))
call("abc", "startswith", (1, "a"))
call("abc", "endswith", ["a"])
call("abc", "startswith", "abc", 0, 3)
call("abc", "startswith", "", 3)
call("abc", "startswith", "", 4)
call("", "startswith", "")
call("", "endswith", "", 0)
call("abc", "endswith", "", 1, 0)
call("abc", "find", "c", 2**70)
call("abc", "find", "a", -2**70)

# ---------------------------------------------------------------- str: padding, strip

for s in ["", "a", "ab", "abc", "é", "日本"]:
    for w in [-1, 0, 1, 2, 5, 6]:
        for m in ["center", "ljust", "rjust"]:
            call(s, m, w)
            call(s, m, w, "*")
        call(s, "zfill", w)
for s in ["-1", "+1", "1", "-", "+", "", "--1", "a-1"]:
    call(s, "zfill", 5)
call("a", "center", 5, "日")
call("a", "center", 5, "\U0001f600")
call("a", "center", 5, "ab")
call("a", "center", 5, 1)
call("a", "center")
call("a", "center", "5")
call("a", "center", 5, "*", 1)
call("a", "zfill")
call("a", "zfill", 1.5)
for s in ["  a b  ", "\t\n a \x1c\x85\xa0\u3000", "", "   ", "xxaxx", "abc", "éaé"]:
    for m in ["strip", "lstrip", "rstrip"]:
        call(s, m)
        call(s, m, None)
        call(s, m, "x")
        call(s, m, "é ")
        call(s, m, "")
call("a", "strip", 1)
call("a", "strip", "a", "b")
call("a", "strip", chars="a")
for s in ["a\tb", "\t", "ab\tcd\tef", "a\nb\tc", "a\r\tb", "日\t本", "\t\t"]:
    for ts in [None, 0, 1, 4, 8, -1]:
        if ts is None:
            call(s, "expandtabs")
        else:
            call(s, "expandtabs", ts)
call("a\tb", "expandtabs", tabsize=3)
call("a\tb", "expandtabs", 1, 2)
call("a\tb", "expandtabs", "x")
call("a\tb", "expandtabs", x=1)

# ---------------------------------------------------------------- str: split, join, partition

SPLIT_STRS = ["", " ", "a b c", "  a  b  c  ", "a,b,,c", ",a,", "a\tb\nc\x1cd\x85e\u3000f", "abcabc",
              "日,本,語", "a\U0001f600b\U0001f600c"]
for s in SPLIT_STRS:
    for m in ["split", "rsplit"]:
        call(s, m)
        call(s, m, None, 1)
        call(s, m, ",")
        call(s, m, ",", 1)
        call(s, m, ",", 0)
        call(s, m, "b")
        call(s, m, maxsplit=1)
        call(s, m, sep=",", maxsplit=-1)
        call(s, m, "\U0001f600")
for m in ["split", "rsplit"]:
    call("a", m, "")
    call("a", m, 1)
    call("a", m, "a", "b")
    call("a", m, x=1)
    call("a", m, "a", 1, 2)
    call("a b", m, "a", maxsplit=1.5)
    call("a b", m, None, sep=None)
for s in ["", "a", "a\nb", "a\r\nb\rc\n", "\n\n", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "a\r", "\r\n"]:
    call(s, "splitlines")
    call(s, "splitlines", True)
    call(s, "splitlines", keepends=True)
call("a", "splitlines", 1, 2)
call("a", "splitlines", x=1)
call("a", "splitlines", "x")
for sep in ["", ",", ", ", "日"]:
    for items in [[], ["a"], ["a", "b"], ("x", "y", "z"), ["é", "\U0001f600"], "abc"]:
        call(sep, "join", items)
call(",", "join", ["a", 1])
call(",", "join", [b"a"])
call(",", "join", 1)
call(",", "join", None)
call(",", "join")
for s in ["a,b,c", "abc", "", ",", "a,,b"]:
    for sep in [",", "b", ",,", "abc"]:
        call(s, "partition", sep)
        call(s, "rpartition", sep)
call("a", "partition", "")
call("a", "partition", 1)
call("a", "rpartition", None)
call("a", "partition")

# ---------------------------------------------------------------- str: replace, affixes, translate

for s in ["", "abc", "aaa", "abcabc", "日本日本", "a\U0001f600a"]:
    for old, new_ in [("a", "x"), ("", "-"), ("a", ""), ("bc", "BCD"), ("aa", "b"), ("日", "a"), ("\U0001f600", "!"), ("z", "y")]:
        call(s, "replace", old, new_)
        call(s, "replace", old, new_, 1)
        call(s, "replace", old, new_, 0)
        call(s, "replace", old, new_, -1)
call("a", "replace", "a")
call("a", "replace", 1, "a")
call("a", "replace", "a", 1)
call("a", "replace", "a", "b", "c")
call("a", "replace", "a", "b", 1, 2)
for s in ["abc", "", "aaa"]:
    for a in ["", "a", "ab", "abc", "abcd", "c", "bc"]:
        call(s, "removeprefix", a)
        call(s, "removesuffix", a)
call("a", "removeprefix", 1)
call("a", "removesuffix", None)
call(str, "maketrans", {"a": "b", 98: None, "c": 100})
call(str, "maketrans", "abc", "xyz")
call(str, "maketrans", "abc", "xyz", "q")
call(str, "maketrans", "ab", "c")
call(str, "maketrans", 1, "c")
call(str, "maketrans", "a", 1)
call(str, "maketrans", "a", "b", 1)
call(str, "maketrans", {"ab": 1})
call(str, "maketrans", {1.5: 1})
call(str, "maketrans", 1)
call(str, "maketrans")
for table in [{97: 98}, {97: None}, {97: "xyz"}, {97: "", 98: 0x1f600}, {}, {97: 1.5}, {97: 0x110000}, {97: -1}, [None] * 100, "ab"]:
    call("abcab", "translate", table)
call("a", "translate", 1)
call("a", "translate")

# ---------------------------------------------------------------- str: operators

for a, b in [("a", "b"), ("a", "a"), ("ab", "a"), ("", "a"), ("é", "e"), ("日", "é"), ("\U0001f600", "\uffff"),
             ("a", 1), ("a", b"a"), ("abc", "abd"), ("\ud800", "\U00010000")]:
    for op in ["<", "<=", "==", "!=", ">", ">="]:
        binop(op, a, b)
for a, b in [("a", "b"), ("", ""), ("é", "\U0001f600"), ("a", 1), ("a", b"a"), ("a", None), ("日", "")]:
    binop("+", a, b)
for a, b in [("ab", 3), ("ab", 0), ("ab", -1), (3, "ab"), ("é", 2), ("ab", "c"), ("ab", 1.5), ("", 5), ("\U0001f600", 3), ("ab", True)]:
    binop("*", a, b)
for a, b in [("a", "abc"), ("", "abc"), ("d", "abc"), ("bc", "abc"), ("é", "aéb"), (1, "abc"), (None, "a"), ("\U0001f600", "x\U0001f600")]:
    binop("in", a, b)
S = "abcdefgh"
for k in [0, 1, 7, 8, -1, -8, -9, 2**70, "x", 1.5, None, True,
          slice(None), slice(1, 3), slice(None, None, -1), slice(None, None, 2), slice(-3, None), slice(1, 100),
          slice(100, 1, -1), slice(5, 1, -2), slice(None, None, 0), slice("a", 1), slice(0, 0), slice(-100, 100, 3)]:
    binop("[]", S, k)
    binop("[]", "日本語\U0001f600é", k)
binop("[]", "", 0)
binop("[]", "", slice(None))
for s in ["", "a", "日本", "a\U0001f600"]:
    unop("len", s)
    unop("iter", s)
    unop("str", s)
for a, b in [("a", "a"), ("abc", "abc"), ("", ""), ("é", "é"), ("\U0001f600", "\U0001f600")]:
    hash_eq(a, b)

# ---------------------------------------------------------------- str(): the constructor

for args, kw in [((), {}), ((1,), {}), (("a",), {}), ((b"abc",), {}), ((b"abc", "ascii"), {}), ((b"\xff", "ascii"), {}),
                 ((b"\xff", "ascii", "replace"), {}), ((b"\xe9", "latin-1"), {}), ((b"\xc3\xa9",), {"encoding": "utf-8"}),
                 ((b"a", "bad"), {}), ((1, "utf-8"), {}), (("a", "utf-8"), {}), ((b"a", 1), {}), ((b"a", "utf-8", 1), {}),
                 ((1, 2, 3, 4), {}), ((), {"x": 1}), ((), {"encoding": "utf-8"}), ((), {"errors": "strict"}),
                 ((bytearray(b"xy"), "ascii"), {}), ((None,), {}), ((1.5,), {}), (((1, "a"),), {}), (([1, "a"],), {}),
                 ((b"abc",), {"errors": "strict"}), ((), {"object": "x"}), (("a",), {"object": "b"})]:
    new(str, *args, **kw)

# ---------------------------------------------------------------- encode / decode

ENC_STRS = ["abc", "é", "aéb", "€", "a€b€", "\U0001f600", "\ud800", "a\udc80b", "\udc80\udcff", "é\udc80",
            "\ud800\udc00", "ÿ", "日本", "\udcff\udc00"]
for s in ENC_STRS:
    for enc_ in ["utf-8", "ascii", "latin-1"]:
        for errors in ["strict", "ignore", "replace", "surrogateescape", "backslashreplace", "xmlcharrefreplace", "surrogatepass"]:
            call(s, "encode", enc_, errors)
UTF_CODECS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]
for s in ["", "a", "é\U0001f600", "\ud800", "a\ud800\udc00", "\udc80x", "日本"]:
    for enc_ in UTF_CODECS:
        for errors in ["strict", "ignore", "replace", "surrogateescape", "backslashreplace", "xmlcharrefreplace", "surrogatepass"]:
            call(s, "encode", enc_, errors)
for b in [b"", b"a", b"a\x00", b"a\x00b", b"\x00\xd8", b"\x00\xd8a\x00", b"\x00\xdc", b"\x00\xd8\x00", b"\x00\xd8\x00\xd8",
          b"\x00\xd8\x00\xdc\x00\xdc", b"\xff\xfea\x00", b"\xfe\xff\x00a", b"\xff\xfea", b"\xfe\xff\x00", b"=\xd8\x00\xde",
          b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"a\x00\x00", b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a",
          b"a\x00\x00\x00", b"\xef\xbb\xbfa", b"\xef\xbb", b"\xef\xbb\xbf\xff", b"\xff\xfe\x00\x00a"]:
    for enc_ in UTF_CODECS:
        for errors in ["strict", "ignore", "replace", "surrogateescape", "backslashreplace", "surrogatepass"]:
            call(b, "decode", enc_, errors)
for e in ["utf8", "UTF-8", "latin1", "iso-8859-1", "ISO8859-1", "us-ascii", "u8", "L1", "utf_8", "bogus", "", "UTF16",
          "utf_16le", "U32", "utf-32BE", "UTF-8-SIG", "utf8-sig"]:
    call("é", "encode", e)
call("a", "encode")
call("a", "encode", 1)
call("a", "encode", "utf-8", 1)
call("a", "encode", "utf-8", "bogus")
call("é", "encode", "ascii", "bogus")
call("a", "encode", errors="bogus")
call("é", "encode", encoding="latin-1")
call("a", "encode", "a", "b", "c")
DEC_BYTES = [b"abc", b"\xff", b"a\xffb", b"\xc3\xa9", b"\xc3", b"\xe9a", b"\xe2\x82\xac", b"\xe2\x82", b"\xe2\x82a",
             b"\xf0\x9f\x98\x80", b"\xf0\x9f\x98", b"\xf0\x9f\x98a", b"\xed\xa0\x80", b"\xed\xb2\x80", b"\xc0\x80",
             b"\xe0\x80\x80", b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80", b"\x80\x81", b"\xc3\xa9\xff\xc3",
             b"\xf0\x80\x80\x80", b"\xf5", b"\xc2", b"a\xed\xa0\x80b"]
for b in DEC_BYTES:
    for enc_ in ["utf-8", "ascii", "latin-1"]:
        for errors in ["strict", "ignore", "replace", "surrogateescape", "backslashreplace", "surrogatepass"]:
            call(b, "decode", enc_, errors)
    call(bytearray(b), "decode")
call(b"a", "decode", "bogus")
call(b"\xff", "decode", "utf-8", "bogus")
call(b"a", "decode", "utf-8", "bogus")
call(b"a", "decode", 1)
call(b"a", "decode", errors=1)
call(b"a", "decode", encoding="ascii", errors="strict")
call(b"\xff", "decode", "utf-8", "xmlcharrefreplace")

# ---------------------------------------------------------------- % formatting

PCT = [
    ("%s", "x"), ("%s", 1), ("%s", (1,)), ("%s", ((1, 2),)), ("%r", "x"), ("%a", "é"), ("%s %s", (1, 2)),
    ("%d", 42), ("%d", -42), ("%d", 3.99), ("%d", -3.99), ("%d", True), ("%d", 2**70), ("%d", "x"), ("%i", 7),
    ("%5d", 42), ("%-5d|", 42), ("%05d", -42), ("%+d", 42), ("% d", 42), ("%+05d", 42), ("%.3d", 7), ("%8.3d", -7),
    ("%x", 255), ("%X", 255), ("%#x", 255), ("%#X", 255), ("%o", 8), ("%#o", 8), ("%#5x", 1), ("%#05x", 1),
    ("%x", -255), ("%#x", -255), ("%x", 2**70), ("%x", 1.5), ("%o", "a"), ("%u", 5),
    ("%e", 1.5), ("%E", 12345.678), ("%f", 1.5), ("%F", 1e300), ("%g", 1.5), ("%G", 1e-10), ("%.2f", 3.14159),
    ("%10.3f|", -3.14159), ("%-10.2e|", 1234.5), ("%+.1f", 2.25), ("%#g", 1.0), ("%#.0f", 1.0), ("%.0f", 2.5),
    ("%f", float("inf")), ("%f", float("-inf")), ("%f", float("nan")), ("%010.2f", -1.5), ("%e", 0), ("%f", 10),
    ("%f", "x"), ("%g", 1e16), ("%g", 123456789), ("%.3g", 0.0001234), ("%f", 2**70), ("%.50f", 1.1),
    ("%c", 65), ("%c", "a"), ("%c", "ab"), ("%c", 0x1f600), ("%c", 0x110000), ("%c", -1), ("%c", 1.5), ("%5c|", "x"),
    ("%%", ()), ("%5%", ()), ("100%%", ()), ("%s%%", 5),
    ("%(a)s", {"a": 1}), ("%(a)s %(b)r", {"a": 1, "b": "x"}), ("%(a)s", {}), ("%(a)s", 1), ("%(a)s %s", {"a": 1}),
    ("%s %(a)s", {"a": 1}), ("%(a", {"a": 1}), ("%(a)d", {"a": "x"}), ("%((a))s", {"(a)": 1}),
    ("%*d", (5, 42)), ("%-*d|", (5, 42)), ("%.*f", (2, 3.14159)), ("%*.*f", (8, 2, 3.14159)), ("%*d", ("a", 1)),
    ("%.*d", ("a", 1)), ("%*d", (1,)), ("%*d", (-5, 1)),
    ("%s %s", 1), ("%s", (1, 2)), ("%s", ()), ("abc", ()), ("abc", 1), ("abc", {"a": 1}), ("abc", []),
    ("%", ()), ("%z", 1), ("%y", 1), ("%\u00e9", 1), ("% 5s", "x"), ("%-5s|", "x"), ("%5s", "x"), ("%.2s", "xyz"),
    ("%5.1s|", "xyz"), ("%s", None), ("%r", None), ("%a", "\U0001f600"), ("%s", b"x"), ("%r", b"x"),
    ("%s", [1, 2]), ("%s", {"a": 1}), ("%d", None), ("%.1f%%", 99.5), ("%ld", 5), ("%lf", 1.5), ("%hd", 3),
    ("%x", True), ("%5.3s|", "\U0001f600\U0001f600\U0001f600\U0001f600"), ("%-+8.2f|", 3.14159),
    ("%#.3g", 1.0), ("%#o", 0), ("%#x", 0), ("%.0e", 12345), ("%g", 0.0), ("%g", -0.0), ("%f", -0.0),
    ("%e", 1e100), ("%+e", 0.0), ("%d", -0.0), ("%i", 1e20), ("%x", -(2**64)), ("%#X", 2**64),
]
for fmt, args in PCT:
    binop("%", fmt, args)
binop("%", 1, "x")
binop("%", "%s", "%s")
binop("%", b"%s", b"x")

# ---------------------------------------------------------------- format() and str.format

FMT = [
    ("{}", (1,), {}), ("{} {}", ("a", "b"), {}), ("{0} {1} {0}", ("a", "b"), {}), ("{a} {b}", (), {"a": 1, "b": 2}),
    ("{} {0}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{", (), {}), ("}", (), {}), ("{{}}", (), {}), ("{{{}}}", (1,), {}),
    ("{x}", (), {}), ("{1}", (1,), {}), ("{}", (), {}), ("{0[0]}", ([5, 6],), {}), ("{0[1]}", ((5, 6),), {}),
    ("{a[k]}", (), {"a": {"k": "v"}}), ("{a[0]}", (), {"a": {0: "int"}}), ("{0[x]}", ({"x": 1},), {}),
    ("{!r}", ("x",), {}), ("{!s}", ("x",), {}), ("{!a}", ("é",), {}), ("{!x}", ("x",), {}), ("{!}", ("x",), {}),
    ("{:>5}", ("x",), {}), ("{:*^7}", ("abc",), {}), ("{:.2}", ("abcdef",), {}), ("{:<{}}", ("x", 4), {}),
    ("{:{}{}}", ("x", ">", 4), {}), ("{0:{1}}", ("x", 5), {}), ("{:{w}.{p}}", ("abcdef",), {"w": 5, "p": 2}),
    ("{0!r:>8}", ("ab",), {}), ("{0:{1:{2}}}", ("x", 3, "d"), {}), ("{:s}", ("x",), {}), ("{:d}", ("x",), {}),
    ("{:=5}", ("x",), {}), ("{:+}", ("x",), {}), ("{:#}", ("x",), {}), ("{:,}", ("x",), {}), ("{:05}", ("x",), {}),
    ("{:z}", ("x",), {}), ("{:ss}", ("x",), {}), ("{0.real}", (1,), {}), ("{0.nope}", ("x",), {}),
    ("{0[}", (1,), {}), ("{0]}", (1,), {}), ("{0[0]x}", ([1],), {}), ("{:}", ("x",), {}), ("{0}{1}{0}", ("ab", "日"), {}),
    ("{!r:}", ("x",), {}), ("{0!rs}", ("x",), {}), ("{0:}}", ("x",), {}), ("a{{b", (), {}), ("a}}b", (), {}),
    ("{:\U0001f600^5}", ("x",), {}), ("{:10}", ("日本",), {}), ("{0[-1]}", ([1, 2],), {}), ("{0[a]}", ([1],), {}),
    ("{00}", ("z",), {}), ("{0[0][0]}", ([["deep"]],), {}), ("{:.0}", ("abc",), {}), ("{:.{}}", ("abc", 1), {}),
    ("{:{}}", ("x", "{}"), {}), ("{}", (None,), {}), ("{}", ([1, "a"],), {}), ("{!r}", ("\U0001f600\n",), {}),
    ("{0:{1}}", ("x", "<<3"), {}), ("{:<5}|", (None,), {}), ("{}", (b"x",), {}), ("{:5}", (b"x",), {}),
    ("{0} {a}", (1,), {"a": 2}), ("{a", (), {"a": 1}), ("{a}", (), {"b": 1}), ("{0.__class__}", ("x",), {}),
    ("{:{:{}}}", ("x", 5, ""), {}), ("{:{:{:{}}}}", ("x", 5, 1, 2), {}), ("{ }", (), {" ": 1}), ("{-1}", (), {"-1": 1}),
]
# Numbers formatted through their own __format__ (int and float's).
FMT += [
    ("{:d}", (42,), {}), ("{:5d}|", (42,), {}), ("{:,}", (1234567,), {}), ("{:.2f}", (3.14159,), {}),
    ("{:e}", (12345.678,), {}), ("{!r:>10}", (1.5,), {}), ("{:x}", (255,), {}), ("{0:{1}d}", (5, 3), {}),
    ("{:%}", (0.5,), {}), ("{:>10}", (None,), {}), ("{}", (True,), {}), ("{:d}", (True,), {}),
    ("{:08.3f}", (-3.14159,), {}), ("{:_b}", (1234,), {}), ("{:s}", (1,), {}), ("{} {}", (1.0, 10**20), {}),
]
for f, args, kw in FMT:
    call(f, "format", *args, **kw)
call("{a} {b}", "format_map", {"a": 1, "b": "x"})
call("{a}", "format_map", {})
call("{0}", "format_map", {})
call("{a}", "format_map", 1)
call("abc", "format_map", 1)
call("{a[0]}", "format_map", {"a": "xyz"})
call("abc", "format_map")
for spec in ["", "s", "5", "<5", ">5", "^5", "*^6", ".1", "5.2", "d", "=5", "+", "#", ",", "_", "05", "z", "x<5",
             "\U0001f600>4", ">010", "0>5", "ss", ".", "5.", "s ", "10000000000000000000", "%"]:
    call("abc", "__format__", spec)
call("abc", "__format__", 1)
call("abc", "__format__")

# ---------------------------------------------------------------- bytes

BYTES_REPR = [b"", b"a", b"'", b'"', b"'\"", b"\\", b"\n\t\r", b"\x00\x7f\x80\xff", b"abc def", b"it's"]
for b in BYTES_REPR:
    unop("repr", b)
    unop("repr", bytearray(b))
    unop("str", b)
for args, kw in [((), {}), ((3,), {}), ((0,), {}), ((-1,), {}), (([1, 2, 255],), {}), (([256],), {}), (([-1],), {}),
                 (([1.5],), {}), ((1.5,), {}), (("abc",), {}), (("abc", "ascii"), {}), (("é", "utf-8"), {}),
                 (("é", "ascii"), {}), (("é", "ascii", "ignore"), {}), ((b"abc",), {}), ((bytearray(b"xy"),), {}),
                 (((1, 2),), {}), ((None,), {}), ((b"a", "utf-8"), {}), ((1, "utf-8"), {}), (("a", 1), {}),
                 ((), {"source": b"x"}), ((), {"encoding": "utf-8"}), (("a",), {"errors": "strict"}),
                 (([True, False],), {}), ((range(3) if False else [0, 1, 2],), {}), (("abc", "bogus"), {}),
                 ((2**70,), {}), (([2**70],), {}), (("",), {"encoding": "ascii"})]:
    new(bytes, *args, **kw)
    new(bytearray, *args, **kw)

BB = [b"", b"abc", b"aaa", b"hello world", b"a,b,,c", b"  a b  ", b"\x00\xff", b"Hello World", b"ABC", b"123", b"a1",
      b"\tx\ny", b"abcabc", b"They're", b"hello", b" "]
for b in BB:
    for t in (bytes, bytearray):
        x = t(b)
        for m in ["isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper",
                  "lower", "upper", "swapcase", "title", "capitalize", "hex", "strip", "lstrip", "rstrip",
                  "split", "rsplit", "splitlines"]:
            call(x, m)
        for sub in [b"a", b"", b"bc", b"z", 97, bytearray(b"b")]:
            for m in ["count", "find", "rfind", "index", "rindex"]:
                call(x, m, sub)
        for m in ["startswith", "endswith"]:
            call(x, m, b"a")
            call(x, m, (b"x", b"ab"))
        call(x, "split", b",")
        call(x, "split", b"a", 1)
        call(x, "rsplit", b"a", 1)
        call(x, "split", maxsplit=1)
        call(x, "partition", b"b")
        call(x, "rpartition", b"b")
        call(x, "replace", b"a", b"XY")
        call(x, "replace", b"", b"-", 2)
        call(x, "strip", b"ab")
        call(x, "center", 9, b"*")
        call(x, "ljust", 5)
        call(x, "rjust", 5, b"0")
        call(x, "zfill", 6)
        call(x, "expandtabs", 4)
        call(x, "removeprefix", b"a")
        call(x, "removesuffix", b"c")
        call(x, "join", [b"1", bytearray(b"2")])
        call(x, "decode")
        call(x, "hex", ":")
        call(x, "hex", "-", 2)
        call(x, "hex", "-", -2)
        call(x, "translate", None, b"a")
        call(x, "translate", bytes(range(255, -1, -1)))
        call(x, "count", b"a", 1, 5)
        call(x, "find", b"a", -3)
        binop("in", 97, x)
        binop("in", b"ab", x)
        binop("+", x, b"!")
        binop("*", x, 2)
        binop("[]", x, 0)
        binop("[]", x, -1)
        binop("[]", x, slice(1, None))
        binop("[]", x, slice(None, None, -1))
        unop("iter", x)
        unop("len", x)
for x in [b"abc", bytearray(b"abc")]:
    for y in [b"abc", b"abd", b"ab", bytearray(b"abc"), "abc", 1, None, memoryview(b"abc") if False else b""]:
        for op in ["<", "<=", "==", "!=", ">", ">="]:
            binop(op, x, y)
    binop("+", x, "a")
    binop("+", x, 1)
    binop("+", x, bytearray(b"z"))
    binop("*", x, "a")
    binop("*", x, -1)
    binop("in", 256, x)
    binop("in", -1, x)
    binop("in", "a", x)
    binop("in", 1.5, x)
    binop("in", bytearray(b"bc"), x)
    binop("[]", x, 3)
    binop("[]", x, "a")
    binop("[]", x, 2**70)
    call(x, "count", 1000)
    call(x, "count", "a")
    call(x, "find", 1.5)
    call(x, "join", [1])
    call(x, "join", ["a"])
    call(x, "join", 1)
    call(x, "split", 1)
    call(x, "split", b"")
    call(x, "partition", b"")
    call(x, "hex", 1)
    call(x, "hex", "ab")
    call(x, "hex", sep="é")
    call(x, "hex", "-", bytes_per_sep=1, x=2)
    call(x, "center", 5, "*")
    call(x, "center", 5, b"**")
    call(x, "translate")
    call(x, "translate", b"abc")
    call(x, "translate", None, delete=b"b")
    call(x, "replace", "a", b"b")
    call(x, "startswith", "a")
    call(x, "startswith", (b"a", 1))
    call(x, "strip", "a")
    call(x, "decode", "ascii", "bogus")
    call(x, "removeprefix", "a")
    call(x, "fromhex", "61 62")
for h in ["", "61", "6162 63", " 61 ", "zz", "6", "61 6", "6 1", "0A0b", "61\t62", "\u00e9"]:
    call(bytes, "fromhex", h)
    call(bytearray, "fromhex", h)
call(bytes, "fromhex", b"61")
call(bytes, "maketrans", b"abc", b"xyz")
call(bytes, "maketrans", b"abc", b"xy")
call(bytes, "maketrans", "abc", b"xyz")
call(bytearray, "maketrans", b"a", b"b")
for a, b in [(b"a", b"a"), (b"", b""), (b"abc", b"abc")]:
    hash_eq(a, b)

# ---------------------------------------------------------------- bytes % formatting

BPCT = [(b"%s", b"x"), (b"%s", bytearray(b"y")), (b"%s", "x"), (b"%s", 1), (b"%b", b"z"), (b"%r", b"x"), (b"%a", "\xe9"),
        (b"%d", 5), (b"%x", 255), (b"%5.2f|", 3.14159), (b"%c", 65), (b"%c", b"A"), (b"%c", 256), (b"%c", "a"),
        (b"%s %s", (b"a", b"b")), (b"%(k)s", {b"k": b"v"}), (b"%%", ()), (b"%s", ()), (b"abc", 1), (b"%d", b"x"),
        (b"%-4s|", b"ab"), (b"%.1s", b"xyz"), (bytearray(b"%s!"), b"x"), (b"%e", 1.5), (b"%i", 2**70), (b"%z", 1)]
for fmt, args in BPCT:
    binop("%", fmt, args)

# ---------------------------------------------------------------- bytearray mutation

mut(b"abc", ("m", "append", 100))
mut(b"abc", ("m", "append", 256))
mut(b"abc", ("m", "append", "a"))
mut(b"abc", ("m", "extend", b"de"))
mut(b"abc", ("m", "extend", [1, 2]))
mut(b"abc", ("m", "extend", [1, 300]))
mut(b"abc", ("m", "extend", 5))
mut(b"abc", ("m", "extend", "ab"))
mut(b"abc", ("m", "pop"))
mut(b"abc", ("m", "pop", 0))
mut(b"abc", ("m", "pop", -1))
mut(b"abc", ("m", "pop", 5))
mut(b"", ("m", "pop"))
mut(b"abc", ("m", "remove", 98))
mut(b"abc", ("m", "remove", 120))
mut(b"abc", ("m", "remove", 300))
mut(b"abc", ("m", "insert", 0, 120))
mut(b"abc", ("m", "insert", -1, 120))
mut(b"abc", ("m", "insert", 100, 120))
mut(b"abc", ("m", "insert", -100, 120))
mut(b"abc", ("m", "insert", 0, 256))
mut(b"abc", ("m", "clear"))
mut(b"abc", ("m", "copy"))
mut(b"abc", ("m", "reverse"))
mut(b"", ("m", "reverse"))
mut(b"abc", ("set", 0, 120))
mut(b"abc", ("set", -1, 120))
mut(b"abc", ("set", 3, 120))
mut(b"abc", ("set", 0, 256))
mut(b"abc", ("set", 0, b"x"))
mut(b"abc", ("set", "a", 1))
mut(b"abcdef", ("set", slice(1, 3), b"XYZ"))
mut(b"abcdef", ("set", slice(1, 3), b""))
mut(b"abcdef", ("set", slice(None, None, 2), b"XYZ"))
mut(b"abcdef", ("set", slice(None, None, 2), b"XY"))
mut(b"abcdef", ("set", slice(None, None, -1), b"ABCDEF"))
mut(b"abcdef", ("set", slice(1, 3), [65, 66, 67]))
mut(b"abcdef", ("set", slice(1, 3), 5))
mut(b"abcdef", ("set", slice(1, 3), "xy"))
mut(b"abcdef", ("set", slice(4, 1), b"Q"))
mut(b"abcdef", ("set", slice(1, 3), bytearray(b"zz")))
mut(b"abcdef", ("del", 0))
mut(b"abcdef", ("del", -1))
mut(b"abcdef", ("del", 6))
mut(b"abcdef", ("del", slice(1, 3)))
mut(b"abcdef", ("del", slice(None, None, 2)))
mut(b"abcdef", ("del", slice(None, None, -2)))
mut(b"abcdef", ("del", slice(None)))
mut(b"ab", ("+=", b"cd"))
mut(b"ab", ("+=", "cd"))
mut(b"ab", ("*=", 3))
mut(b"ab", ("*=", 0))
mut(b"ab", ("*=", -1))
mut(b"", ("m", "append", 1), ("m", "append", 2), ("m", "extend", b"xyz"), ("m", "pop", 0), ("del", slice(0, 2)),
    ("m", "insert", 1, 33))
mut(b"x" * 20, *[("m", "append", 65 + i) for i in range(20)])
mut(b"x" * 20, ("del", slice(0, 18)), ("m", "extend", b"abc" * 10))
mut(b"abc", ("m", "pop", "x"))
mut(b"abc", ("m", "append"))
mut(b"abc", ("m", "clear", 1))
mut(b"hello", ("m", "upper"), ("m", "replace", b"l", b"L"))
mut(b"hello", ("m", "__alloc__"))
mut(b"hello", ("m", "clear"), ("m", "__alloc__"))
mut(b"hello" * 10, ("del", slice(5, None)), ("m", "__alloc__"))
mut(b"hello" * 10, ("m", "extend", b"xxx"), ("m", "__alloc__"))
mut(b"", ("+=", b"abc"), ("m", "__alloc__"))
mut(b"abc", ("*=", 5), ("m", "__alloc__"))
mut(b"abc", ("m", "copy"), ("m", "__alloc__"))

# Sizes beyond what can be allocated, and arguments beyond C's ranges.
for x in ["a", b"a"]:
    call(x, "center", 2**62)
    call(x, "zfill", 2**62)
    call(x, "ljust", 2**62, "*" if isinstance(x, str) else b"*")
    call(x + ("\tb" if isinstance(x, str) else b"\tb"), "expandtabs", 2**62)
    binop("*", x + x, 2**62)
    binop("*", x, 2**70)
binop("%", "%*d", (2**40, 1))
binop("%", "%*d", (2**70, 1))
binop("%", "%.*f", (2**40, 1.0))
call("a", "__format__", "9999999999999")
call("{:9999999999999}", "format", "a")
binop("%", "%99999999999999999999d", 1)

# ---------------------------------------------------------------- random calls

import random
rnd = random.Random(3117)
ALPHA = ["a", "b", "A", " ", "\t", "\n", "é", "ß", "Σ", "日", "\U0001f600", ",", "'", "0", "²", "\u0301", "ǅ", "\x00"]
BALPHA = [b"a", b"b", b"A", b" ", b"\t", b"\n", b",", b"\xff", b"0", b"'"]


def rstr(n=6):
    return "".join(rnd.choice(ALPHA) for _ in range(rnd.randint(0, n)))


def rbytes(n=6):
    return b"".join(rnd.choice(BALPHA) for _ in range(rnd.randint(0, n)))


def rint():
    return rnd.choice([-3, -1, 0, 1, 2, 3, 5, 8, None])


STR_METHODS = [
    ("find", 1), ("rfind", 1), ("count", 1), ("index", 1), ("rindex", 1), ("startswith", 1), ("endswith", 1),
    ("split", 1), ("rsplit", 1), ("partition", 1), ("rpartition", 1), ("replace", 2), ("strip", 1), ("lstrip", 1),
    ("rstrip", 1), ("removeprefix", 1), ("removesuffix", 1), ("center", 0), ("ljust", 0), ("rjust", 0), ("zfill", 0),
    ("expandtabs", 0), ("splitlines", 0), ("title", 0), ("swapcase", 0), ("capitalize", 0), ("lower", 0), ("casefold", 0),
    ("join", 0),
]
for _ in range(1500):
    use_bytes = rnd.random() < 0.3
    gen = rbytes if use_bytes else rstr
    recv = gen()
    if use_bytes and rnd.random() < 0.3:
        recv = bytearray(recv)
    name, nstr = rnd.choice(STR_METHODS)
    args = [gen(3) for _ in range(nstr)]
    if name in ("find", "rfind", "count", "index", "rindex", "startswith", "endswith") and rnd.random() < 0.6:
        args += [rint() for _ in range(rnd.randint(1, 2))]
    elif name in ("split", "rsplit", "replace") and rnd.random() < 0.5:
        if name != "replace" and rnd.random() < 0.3:
            args = [None]
        args.append(rnd.choice([-1, 0, 1, 2]))
    elif name in ("center", "ljust", "rjust", "zfill", "expandtabs"):
        args = [rnd.randint(-1, 10)]
        if name in ("center", "ljust", "rjust") and rnd.random() < 0.5:
            args.append(gen(1) or (b"*" if use_bytes else "*"))
    elif name == "splitlines":
        args = [rnd.random() < 0.5]
    elif name == "join":
        args = [[gen(3) for _ in range(rnd.randint(0, 3))]]
    call(recv, name, *args)
for _ in range(300):
    recv = rstr(10)
    k = slice(rnd.choice([None, -5, -1, 0, 1, 3, 9]), rnd.choice([None, -5, -1, 0, 2, 4, 12]), rnd.choice([None, -3, -2, -1, 1, 2, 3]))
    binop("[]", recv, k)
    binop("[]", recv.encode("utf-8"), k)

for _ in range(300):
    spec = ""
    if rnd.random() < 0.5:
        spec += rnd.choice(["", "*", "é", "0", "{", "日"]) + rnd.choice("<>^=")
    if rnd.random() < 0.1:
        spec += rnd.choice("+- ")
    if rnd.random() < 0.1:
        spec += "#"
    if rnd.random() < 0.2:
        spec += "0"
    if rnd.random() < 0.6:
        spec += str(rnd.randint(0, 12))
    if rnd.random() < 0.4:
        spec += "." + str(rnd.randint(0, 5))
    if rnd.random() < 0.2:
        spec += rnd.choice("sdxr")
    call(rstr(8), "__format__", spec)
    flags = "".join(rnd.choice(["", "-", "+", " ", "#", "0"]) for _ in range(2))
    width = rnd.choice(["", "3", "8", "*"])
    prec = rnd.choice(["", ".0", ".2", ".5", ".*"])
    conv = rnd.choice("sdiouxXeEfFgGcra")
    fmt = "%" + flags + width + prec + conv
    val = rnd.choice([0, 7, -42, 255, 3.5, -0.25, 1e20, "x", "héllo", True, 2**65, -(2**65)])
    args = tuple([5] * (width == "*") + [2] * (prec == ".*") + [val])
    binop("%", fmt + "|", args)

with open("testdata/str/cases.jsonl", "w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n")
print(len(cases), "cases", file=sys.stderr)
