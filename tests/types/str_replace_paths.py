# str.replace over one-byte and wider strs: one character for another (a byte loop),
# limited counts, empty old, removal, growth, and whether the result is ASCII.
tests = ["", "a", "hello world", "llll", "éléphant", "aaa", "abcabc", "x\xe9x\xe9", "\xe9", "naïve café"]
for t in tests:
    row = []
    for old, new, cnt in (("l", "L", -1), ("l", "L", 1), ("l", "L", 0), ("a", "", -1), ("a", "bb", -1), ("", "-", -1), ("", "-", 2), ("é", "e", -1), ("\xe9", "E", 1), ("x", "\xe9", -1), ("ab", "X", -1), ("zz", "y", -1), ("a", "a", -1), ("é", "\u20ac", -1)):
        r = t.replace(old, new, cnt)
        row.append(repr(r) + ("A" if r.isascii() else ""))
    print(" ".join(row))
