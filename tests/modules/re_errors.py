# re: compile errors (re.error with msg, pos, lineno, colno) and argument errors.
import re

bad = ["(", ")", "a)", "(a", "(?", "(?P", "(?P<", "(?P<a", "(?P<>a)", "(?P<1a>x)", "(?P=x)", "(?P<a>x)(?P=b)", "(?Px)",
       "*", "a**", "a*?*", "+a", "?", "{1}a", "a{2,1}", "[", "[a", "[a-", "[z-a]", "[\\d-z]", "[a-\\d]",
       "\\", "a\\", "\\q", "\\8", "\\1", "(a)\\2", "(a\\1)", "\\x1", "\\xz", "\\u12", "\\U1234567", "\\U00110000",
       "[\\q]", "[\\8]", "\\400", "[\\400]", "(?<a)", "(?<=a+)b", "(?<=a|bc)d", "(?<!a*)b", "(?#abc", "(?i",
       "(?z)", "(?i-)", "(?-i)", "(?i-i:a)", "(?a-a:b)", "(?L)a", "(?au)a", "(?-a:x)", "a(?i)b", "(?x)a(?i)",
       "(?(1)a|b)", "(?(a)b)", "(?(1a)b)", "(?(0)b)", "(a)(?(1)b|c|d)", "(?(1)a", "(?P<a>a)(?P<a>b)",
       "a\nb(", "ab\n(cd", "x{1,2}{3}", "^*", "$*", "\\b*", "(?>a", "[]", "[^]", "(?P<a>x)(?P=a", "(?P=",
       "(?'a')", "(?<n>x)", "a{,", "(?ie)", "(?i:", "(?-:a)", "(?-i", "(?i-x", "(?t:a)", "(?-t:a)", "abc)def",
       "(?P<a>a)(?<=(?P=a)x)", "(?<=(a)\\1)", "(a)(?<=\\1)",
       ]
for b in bad:
    for pat in (b, b.encode("latin1")):
        try:
            p = re.compile(pat)
            print(repr(pat), "compiles", p.groups)
        except re.error as e:
            print(repr(pat), "->", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, repr(e.pattern))
        except Exception as e:
            print(repr(pat), "->", type(e).__name__, e)

for pat, flags in [("a", re.L), ("a", re.U | re.A), (b"a", re.U), (b"a", re.A | re.L), ("x{99999999999}", 0)]:
    try:
        re.compile(pat, flags)
    except Exception as e:
        print(type(e).__name__, e)

e = re.error("boom", "ab\ncd", 4)
print(e, e.msg, e.pos, e.lineno, e.colno, e.pattern, re.error("plain"), re.error("plain").pos)
try:
    raise re.error("custom")
except re.error as err:
    print(type(err).__name__, err.args)

# type errors
for s in [1, None, b"a", bytearray(b"a"), "a"]:
    for pat in ["a", b"a"]:
        try:
            print(repr(pat), repr(s), re.search(pat, s))
        except TypeError as e:
            print("TypeError:", e)
for f in [lambda: re.compile(5), lambda: re.compile(re.compile("a"), re.I), lambda: re.compile("a").match(),
          lambda: re.match("a"), lambda: re.compile("a").match("a", "0"), lambda: re.compile("a").match("a", 1.0),
          lambda: re.sub("a", lambda m: 5, "xa"), lambda: re.sub("a", b"b", "xa"), lambda: re.sub(b"a", "b", b"xa"),
          lambda: re.compile("(a)").match("a").start(1, 2), lambda: re.compile("a").split("a", "x"),
          lambda: re.compile("a").sub("b"), lambda: re.escape(5)]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
