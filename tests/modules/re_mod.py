import re
m = re.match(r"(\w+) (\w+)", "hello world again")
print(m.group(0), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(2), m[1])
print(re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123def").group(), re.fullmatch(r"\d+", "123").group(), re.fullmatch(r"\d+", "123a"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1, b=2"), re.findall(r"x*", "axxb"))
print([m.group() for m in re.finditer(r"[aeiou]", "education")], [m.span() for m in re.finditer(r"o", "foo boo")])
print(re.sub(r"\s+", " ", "a   b \t\n c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.subn(r"o", "0", "foo boo"), re.sub("x", "-", "xxx", count=2), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"))
print(re.split(r"[,;]\s*", "a, b;c,   d"), re.split(r"(,)", "a,b"), re.split(r"\s+", " lead"), re.split(",", "a,b,c", maxsplit=1))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d{2})", "date: 2024-03-15")
print(m.group("year"), m["month"], m.groupdict(), m.lastgroup, m.lastindex)
p = re.compile(r"^(\w+):\s*(.*)$", re.MULTILINE)
print(p.findall("key: value\nother:  thing\nbad line"), p.pattern, p.flags & re.MULTILINE != 0, p.groups)
print(re.findall(r"a.c", "abc a\nc", re.DOTALL), re.findall(r"ABC", "abc ABC", re.IGNORECASE), re.findall(r"a # comment\n b", "ab", re.VERBOSE))
print(re.escape("a.b*c?"), re.findall(r"\bcat\b", "cat concat cat."), re.findall(r"(?<=\$)\d+", "$10 and $20"), re.findall(r"\d+(?!px)", "10px 20em"))
print(re.match(r"(a)?b", "b").group(1), re.match(r"(a)?b", "b").groups(), re.match(r"(a)?b", "b").groups("default"))
print(re.findall(r"[^\W\d_]+", "héllo wörld 123 under_score"), re.findall(r"\w+", "naïve café"), re.findall(r"\d", "٣4"))
print(re.findall(r"a+?", "aaa"), re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"(ab)+", "ababab"), re.match(r"(?i)hello", "HeLLo").group())
print(re.findall(rb"\d+", b"a12b3"), re.sub(rb"a", b"b", b"aaa"))
print(re.match("a|ab", "ab").group(), re.match(r"(\d+)\s\1", "42 42").group(), re.search(r"$", "abc").span())
for bad in ["(", "a{2,1}", "[z-a]", "(?P<n>a)(?P<n>b)", "\\"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "-> re.error:", e)
try:
    re.match(r"(a)", "a").group(5)
except IndexError as e:
    print("IndexError:", e)
print(repr(re.match(r"a", "a")).startswith("<re.Match object; span=(0, 1), match='a'>"), repr(re.compile(r"\d+")))
