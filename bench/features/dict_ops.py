s = 0
for r in range(30):
    d = {}
    for i in range(20000):
        d[i] = i * 2
        d.setdefault(i % 100, 0)
    for k, v in d.items():
        s += v
    e = {k: v for k, v in d.items() if k % 3}
    s += len(e) + sum(e.get(i, -1) for i in range(0, 20000, 7))
    for i in range(0, 20000, 2):
        del d[i]
    s += len(d) + (5 in d) + (6 in d)
print("checksum:", s)
