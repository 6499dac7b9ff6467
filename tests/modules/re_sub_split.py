# re: sub/subn templates and callables, split, and empty matches.
import re

for repl in ["\\1", "\\g<1>", "\\g<0>", "\\g<2>", "\\g<x>", "\\g<-1>", "\\g<a", "\\g", "\\q", "\\0\\01\\011\\0111",
             "\\11", "\\777", "a\\nb\\t\\\\", "\\g<0>|\\g<1>", "\\\\1", "\\-", "[\\g<w>]"]:
    try:
        print(repr(repl), repr(re.sub("(?P<w>a)", repl, "xax")))
    except Exception as e:
        print(repr(repl), type(e).__name__, e)
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good bye"))
print(re.sub(r"(a)|b", r"[\1]", "abab"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"\w", lambda m: None, "a b"), re.sub("a", lambda m: m.group().upper(), "banana", 2))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.subn("", "-", ""), re.sub("(?=b)", "^", "abab"))
print(re.sub("a|(b)", "<\\1>", "ab"), re.sub(b"a", b"\\g<0>\\g<0>", b"xa"), re.sub(b"(a)", b"[\\1]", bytearray(b"za")))
print(re.subn(r"o", "0", "foo boo"), re.sub("x", "-", "xxx", count=2), re.sub("x", "-", "xxx", 0), re.subn("z", "-", "abc"), re.sub("a", "b", "aaa", count=-1))
print(re.sub("(?i)HELLO", "bye", "Hello hello HELLO"), re.sub("^", ">", "a\nb", flags=re.M), re.sub("$", "<", "a\nb\n"))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)", r"\g<m>/\g<y>", "on 2024-03 and 1999-12"))
print(re.compile(r"\s+").sub(" ", "  a \n b  "), re.compile(r"(\d)").subn(r"<\1>", "a1b2c3", 2))
print(re.sub(r"\\", r"\\\\", "a\\b"), re.sub("a", "\\n", "bab"), re.sub("a", r"\n", "bab"))

print(re.split(r"[,;]\s*", "a, b;c,   d"), re.split(r"(,)", "a,b"), re.split(r"\s+", " lead"), re.split(",", "a,b,c", maxsplit=1))
print(re.split(r"\b", "a bc"), re.split(r"(?=b)", "abab"), re.split("x*", "axbc"), re.split("(x)|y", "axbyc"))
print(re.split(",", "a,b,c", -1), re.split(",", "a,b,c", 5), re.split("", "abc"), re.split("(a)(b)?", "xaby ax"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."), re.split(r"\W+", "Words, words, words.", 1))
print(re.split("[a-f]+", "0a3B9", flags=re.I), re.split(r"(?m)^", "a\nb\nc"), re.split(b",", b"x,y"), re.split("x", ""))
print(re.findall(r"x*", "axxb"), re.findall(r"\b|x", "x y"), re.findall(r"a|(b)", "ab"), re.findall(r"(a)(b)?", "a ab"))
print([m.span() for m in re.finditer(r"x*", "axxb")], [m.span() for m in re.finditer(r"(?=x)|x", "xx")])
