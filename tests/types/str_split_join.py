print("a,b,,c".split(","), "a b  c\td\ne".split(), "  lead trail  ".split(), "".split(), "".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".rsplit(None, 1), "a b c".split(maxsplit=1))
print("a||b||c".split("||"), "abc".split("abc"), ",".split(","))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(), "a\nb".splitlines(keepends=True))
print("x\x0by\x0cz\x1cw\u2028v".splitlines())
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(map(str, range(5))), "+".join([]))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("  strip me  ".strip(), "xxhixx".strip("x"), "  left".lstrip(), "right  ".rstrip(), "abcba".strip("ab"), "\t\n x \r".strip())
print("www.example.com".lstrip("w."), "mississippi".rstrip("ips"))
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4), "ab\tc\td".expandtabs(2), "\t".expandtabs(0) + "|")
print("42".zfill(5), "-42".zfill(5), "+3".zfill(4), "abc".zfill(2), "".zfill(3))
print("hi".center(6, "*"), "hi".center(7, "*"), "hi".ljust(5, "."), "hi".rjust(5), "long".center(2))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
