from functools import reduce
def make_adder(n):
    def add(x):
        return x + n
    return add
s = 0
for r in range(180):
    adders = [make_adder(i) for i in range(200)]
    s += sum(map(lambda f: f(1), adders))
    s += reduce(lambda a, b: a + b, range(2000))
    s += len(list(filter(lambda x: x % 3 == 0, range(5000))))
    s += sum(f(2) for f in adders)
print("checksum:", s)
