s = 0
for r in range(80):
    a = set(range(0, 20000, 2))
    b = {i for i in range(0, 20000, 3)}
    s += len(a | b) + len(a & b) + len(a - b) + len(a ^ b)
    for i in range(5000):
        a.add(i * 7)
        b.discard(i)
    s += sum(1 for i in range(10000) if i in a)
print("checksum:", s)
