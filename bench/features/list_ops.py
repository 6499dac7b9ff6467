s = 0
for r in range(180):
    l = list(range(10000))
    l2 = l[::-1] + l[100:200]
    s += l2.index(500) + l.count(7) + (9999 in l)
    l.insert(0, -1); l.pop(); l.remove(5)
    l.reverse()
    s += l[0] + len(l * 2) + min(l) + max(l)
    m = [[i * j for j in range(30)] for i in range(30)]
    s += sum(sum(row) for row in m)
    s += sum(x for row in zip(*m) for x in row[:2])
print("checksum:", s)
