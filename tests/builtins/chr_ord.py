print([ord(c) for c in "aZ09 \n\t~"], [chr(i) for i in [65, 97, 48, 32, 126]])
print(ord("é"), ord("€"), ord("😀"), ord("\x00"), ord("\U0010ffff"), chr(233), chr(0x20ac), chr(0x1f600), repr(chr(0)), repr(chr(0x10ffff)))
print(ord(b"a"), ord(bytearray(b"z")), "".join(chr(ord(c) + 1) for c in "HAL"))
for bad in ["ord('')", "ord('ab')", "ord(5)", "chr(-1)", "chr(0x110000)", "chr('a')", "chr(2 ** 100)", "ord(b'ab')"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(bad, "->", type(e).__name__ + ":", e)
print([chr(c) for c in range(0x3b1, 0x3b6)], chr(True))
