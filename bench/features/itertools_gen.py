import itertools
def gen(n):
    for i in range(n):
        yield i * 2
def chain2(n):
    yield from gen(n)
    yield from gen(n)
s = 0
for r in range(30):
    s += sum(chain2(20000))
    s += sum(x for x, y in zip(itertools.count(), range(10000)))
    s += len(list(itertools.permutations(range(6))))
    s += sum(itertools.accumulate(range(5000)))
    s += len(list(itertools.product("abc", repeat=5)))
print("checksum:", s)
