# Floor division and modulo for every sign combination; the identity a == (a//b)*b + a%b holds.
for a in range(-7, 8):
    row = []
    for b in [-3, -2, -1, 1, 2, 3]:
        q, r = a // b, a % b
        assert q * b + r == a
        row.append(f"{q:3d}{r:3d}")
    print(f"{a:3d}:", " ".join(row))
for a in [-7.5, -0.5, 0.5, 7.5]:
    print(a, [(a // b, a % b) for b in [-2, -0.5, 0.5, 2]])
print(-1 % 10 ** 30, -(10 ** 30) // 7, (10 ** 30) % -7, -(10 ** 30) % 7)
