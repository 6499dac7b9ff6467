s = "Hello"
print(len(s), s[0], s[-1], s[1:3], s * 2, s + "!", "ell" in s, s == "Hello", s < "World", s.__len__())
print(list(s), tuple("ab"), sorted("hello"), max("abc"), min("abc"), reversed("ab").__class__.__name__, "".join(reversed("abc")))
print(str(), str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), repr("a'b"), repr('a"b'), repr("a'b\"c"))
print("abc" < "abd", "abc" < "ab", "B" < "a", "é" > "z", "" == "", "a" * 0 == "")
for bad in ["s[10]", "s + 1", "s * 'x'", "s[0] = 'x'", "s - 's'", "'a' < 1", "1 in 'abc'", "s.nonexistent"]:
    try:
        exec(bad)
    except (IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(ord("a"), chr(97), ord("\n"), chr(0x1F600), ord("€"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
u = "naïve café 日本 😀"
print(len(u), u[::-1], u[6:10], u.upper(), u.split(), [c for c in u if ord(c) > 127])
print("a" + "b" "c", "-" * 10, "ab" * -1 == "", "x".join("123"))
print(hash("abc") == hash("ab" + "c"))
it = iter("ab")
print(next(it), next(it), next(it, None))
print("abc".__contains__("b"), "abc".__getitem__(1), "abc".__add__("d"), "ab".__mul__(2), "ab".__rmul__(2))
print(str.join(",", ["a", "b"]), str.upper("x"), str("already"), str(str), type("s")("t"))
