# strip/lstrip/rstrip on one-byte (Latin-1) strs, which take a byte-table path, and
# on wider ones: whitespace as str.isspace() knows it (\x1c-\x1f, \x85, \xa0), explicit
# character sets, the empty set, NUL.
tests = ["", " ", "  a b  ", "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f x \x85\xa0", "\xa0\x85abc\x85\xa0", "hello", "xxhixx", "é é ", "\u2000 wide \u3000", "ab\x00", "\x00ab\x00"]
for t in tests:
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip("x")), repr(t.strip("\xa0 a")), repr(t.strip("")), repr(t.strip("\x00")), repr(t.strip(None)), repr(t.rstrip("\u3000")))
print([repr(chr(c)) for c in range(256) if chr(c).isspace()])
