# str.splitlines, split() and count on one-byte strs (their byte loops) and on wider
# ones: every line break and space of Latin-1, keepends, maxsplit, bounds.
samples = ["", "a", "a\nb", "a\r\nb\rc\x0bd\x0ce\x1cf\x1dg\x1eh\x85i\x1fj", "\n\n", "x\r", "\r\n\r\n", "no breaks here",
           "  lead and trail  ", "\t\x1c\x1d\x1e\x1f\xa0\x85word\xa0x", "caf\xe9 na\xefve\n\xe9t\xe9", "\u20ac wide\nline\u2028x"]
for s in samples:
    print(repr(s), s.splitlines(), s.splitlines(True), s.split(), s.split(None, 1), s.split(maxsplit=0), s.rsplit(None, 1))
text = "field1,field12,field1x" * 5 + "\xe9field1"
for sub in ("field1", "f", "", "\xe9", "x,f", "\u20ac", "zzz"):
    print(sub, text.count(sub), text.count(sub, 3), text.count(sub, 3, 40), text.count(sub, 50, 10), text.count(sub, -10), text.count(sub, 200))
print("aaaa".count("aa"), "aaaa".count("a", 1, 3), "abcabc".count("abc", 0, 5))
