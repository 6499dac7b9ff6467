# Int arithmetic and comparisons around the machine-word boundaries (2**30, 2**31,
# 2**32, 2**62, 2**63, 2**64): pyheap computes ints that fit 64 bits on a fast path
# and must fall back exactly where a result stops fitting.
vals = [0, 1, -1, 2, -2, 3, 7, -7, 2**30 - 1, 2**30, -2**30, -2**30 - 1, 2**31, -2**31, 2**32 - 1, 2**32,
        2**62, -2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, 10**18, -10**18, 123456789012,
        -98765432109, 1103515245, 12345, 0x7FFFFFFF]
M = 1000000007
total = 0
count = 0
for x in vals:
    for y in vals:
        r = [x + y, x - y, x * y, x & y, x | y, x ^ y, x < y, x <= y, x == y, x != y, x > y, x >= y]
        if y:
            r += [x // y, x % y]
        if 0 <= y < 70:
            r += [x >> y, x << y]
        elif y < 0:
            try:
                x >> y
            except ValueError as e:
                r.append(len(str(e)))
        a = x
        a += y
        a *= 3
        a //= 7 if a else 1
        r.append(a)
        for i, v in enumerate(r):
            total = (total * 31 + int(v) * (i + 1)) % M
            count += 1
print(count, total)
print(type(2**40 + 1).__name__, -(2**63) // -1, (-2**63) * -1, True + 2**40, True & True, type(True | False).__name__)
print(2**62 + 2**62, -2**63 - 1, (2**32) * (2**31), (2**32) * (2**32), -(2**31) * (2**32))
print((1103515245 * 12345 + 12345) & 0x7FFFFFFF, (-5) >> 100, 5 << 58, 5 << 62, -1 << 63, 3 % -2**40, -3 // 2**40)
