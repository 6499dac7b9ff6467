for n in [0, 5, -5, 255, 4096, 2 ** 40 + 3, -(2 ** 70)]:
    h, o, b = hex(n), oct(n), bin(n)
    print(n, h, o, b, int(h, 16), int(o, 8), int(b, 2), int(h, 0), int(o, 0), int(b, 0))
for base in range(2, 37):
    print(base, int("10", base), int("z" if base == 36 else "1", base))
print(int("zz", 36), int("ZZ", 36), int("-0b11", 0), int("+0o7", 0), int("0_0", 0))
