def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
def chain(n):
    for i in range(n):
        yield i
        yield -i
s = 0
for r in range(5000):
    g = accumulator()
    next(g)
    for i in range(50):
        s += g.send(i)
    s += sum(chain(50))
    s += sum(x * 2 for x in range(50))
print("checksum:", s)
