import random
random.seed(1)
data = [(random.randint(0, 1000), str(random.random())) for _ in range(20000)]
s = 0
for r in range(12):
    a = sorted(data, key=lambda t: t[1])
    b = sorted(data)
    c = sorted(data, key=lambda t: -t[0], reverse=True)
    s += a[0][0] + b[-1][0] + c[5][0]
    l = [x for x, _ in data]
    l.sort()
    s += l[len(l)//2]
print("checksum:", s)
