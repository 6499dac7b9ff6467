# re: the module functions and the Pattern and Match objects.
import re

m = re.match(r"(?P<a>\w)(?P<b>\d)?(x)?", "a1y", )
print(m)
print(m.group(), m.group(0), m.group(1), m.group("a"), m.group(1, "b", 3), m[0], m["b"], m[2])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end("b"), m.span(3), m.start(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re, m.string, m.regs)
print(bool(m), m.expand(r"<\1|\g<b>|\g<0>|\3>"), m.expand(b"x" and r"\\n"))
for g in [4, -1, "z", 1.5, True]:
    try:
        print(m.group(g))
    except IndexError as e:
        print("IndexError:", e)
m = re.search(r"(a)(b)?|(c)", "zc")
print(m.lastindex, m.lastgroup, m.groups(), m.regs)
m = re.match(r"((a)b)", "ab")
print(m.lastindex, m.groups())
m = re.match(r"(?P<x>a)|(?P<y>b)", "b")
print(m.lastindex, m.lastgroup, m.groupdict())
print(re.match(r"x", "x").lastindex, re.match(r"(x)", "x").lastindex)

p = re.compile(r"(\d)(\d)?", re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex, re.compile(r"(?P<n>x)(?P<m>y)").groupindex)
print(p.match("123"), p.match("123", 1), p.match("123", 1, 2), p.match("123", 2, 1), p.match("123", -5, 99))
print(p.search("ab12", 3), p.search("123", 5), p.fullmatch("12x", 0, 2), p.fullmatch("12x"), p.fullmatch("1"))
print(p.findall("1 23 456"), p.findall("1 23 456", 2), p.findall("1 23 456", 2, 5))
print([x.span() for x in p.finditer("1 23 456", 3)], [x.pos for x in p.finditer("1 23", 1)], [x.endpos for x in p.finditer("12", 0, 1)])
it = p.finditer("1 2")
print(type(it).__name__, next(it).group(), next(it).group(), next(it, "done"), iter(it) is it)
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), re.compile("a") != re.compile("b"))
print(re.compile(re.compile("x")) is re.compile("x"), re.compile("x") is re.compile("x"))
print(re.compile("a" * 300))
print(re.compile("x", re.I | re.M | re.S | re.X), re.compile(b"x", re.L), re.compile("(?i)x"), re.compile("(?a)x"), re.compile("x", re.A | re.I))
print(re.compile("x", re.U), re.compile(b"x"), re.compile("x", 1024), re.compile("'\n"))
print(re.match("a" * 60, "a" * 60), re.match(".", "\u00e9"), re.match(b".", b"\xe9"), re.match("(?s)..", "\n\n"))

# module functions with their keyword arguments
print(re.search(pattern="b", string="abc"), re.match("A", "a", flags=re.I), re.fullmatch("a|ab", "ab"))
print(re.findall(r"\d", "a1b2"), re.findall(r"(\d)(\w)", "1a2b"), re.findall(r"(\d)", "12"), re.findall("", "ab"))
print([m.span() for m in re.finditer(r"\b", "ab cd")], [m.group() for m in re.finditer(r"\w+", "x yy zzz")])
print(re.sub(r"\d", "#", "a1b22", count=2), re.subn(r"\d", "#", "a1b22"), re.split(r"\W+", "a, b;c", maxsplit=1))
print(re.escape("a-b.c*d\t e#&~\u00e9"), re.escape(b"a.b\xff"), re.escape(""), re.escape("\\_/!"))
print(re.purge(), len(re._cache) if hasattr(re, "_cache") else 0)
for i in range(600):
    re.compile("x%d" % i)
print(re.match("x599", "x599").group(), re.compile("x0").pattern)

# flags
print(re.I, re.IGNORECASE, re.M | re.I, re.A | re.I, repr(re.S), int(re.X), re.U.value, re.L.name, re.NOFLAG, re.I | 1024)
print(re.I == 2, re.M & re.M, re.I | re.M | re.S, (re.I | re.M).name, re.T, re.DEBUG, re.TEMPLATE | re.DEBUG, re.I ^ re.I)
print(re.A, re.ASCII == re.A, re.RegexFlag.IGNORECASE, type(re.I).__name__, isinstance(re.I, int), "%d %s" % (re.M, re.M), f"{re.S}")
print(type(re.compile("a")), type(re.match("a", "a")), re.Pattern, re.Match, issubclass(re.error, Exception), re.error.__name__)

# Pattern.scanner
s = re.compile(r"\d+|(\s+)|x*").scanner("12 x34 5")
print(type(s).__name__, s.pattern)
for i in range(8):
    m = s.search()
    print(m and (m.span(), m.pos, m.groups()))
s = re.compile(r"a|b").scanner("abxab", 0, 4)
print([s.match() for i in range(4)])
print([m.span() for m in re.finditer("", "abc")], list(re.finditer("a", "bbb")))
