s = 0
data = list(range(1000))
for r in range(900):
    a = [x * 2 for x in data if x % 3]
    b = {x: x * x for x in data[:200]}
    c = {x % 17 for x in data}
    d = sum(x for x in data if x & 1)
    e = [[y for y in range(x % 5)] for x in range(100)]
    s += len(a) + len(b) + len(c) + d + sum(len(t) for t in e)
print("checksum:", s)
