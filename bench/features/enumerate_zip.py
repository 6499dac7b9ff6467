s = 0
a = list(range(5000))
b = [str(x) for x in a]
for r in range(160):
    for i, (x, y) in enumerate(zip(a, b)):
        s += i + x + len(y)
    s += sum(x for x in reversed(a))
print("checksum:", s)
