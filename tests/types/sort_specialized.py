# Sorting keys that are all small ints, floats, one-byte strs or tuples: the sort
# compares them itself (CPython's pre-sort scan); results, errors and __eq__ calls as
# with the general comparison.
import random
random.seed(5)
data = [(random.randint(0, 50), str(random.random())[:5], random.random()) for _ in range(3000)]
print(sorted(data)[:3], sorted(data, reverse=True)[:2])
print(sorted(d[1] for d in data)[:5], sorted([d[2] for d in data])[:3])
print(sorted(["b", "a", "ab", "", "é", "aé", "\xff", "a\x00"]))
print(sorted([3.5, float("nan"), 1.0, -0.0, 0.0, float("inf"), -1e300]))
print(sorted([(1,), (1, 2), (), (0, 5), (1, 1)]) if False else sorted([(1,), (1, 2), (0, 5), (1, 1)]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted([("x", 1), ("é", 2), ("x", 0), ("a", 9)]))
print(sorted([(1.5, 1), (0.5, 2), (1.5, 0)]))
print(sorted([((1, 2), 3), ((1, 1), 4), ((0,), 5)]))
print(sorted([(1, 2), (1, 2.5), (1, 2)]))
class E:
    n = 0
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        E.n += 1
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self): return "E%d" % self.v
l = [(1, E(3)), (1, E(1)), (0, E(2)), (1, E(2))]
print(sorted(l), E.n)
print(sorted([(E(2), 1), (E(1), 2), (E(2), 0)]), E.n)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(e)
try:
    sorted([(1, 2), 3])
except TypeError as e:
    print(e)
print(sorted([True, 2, 1, False]), sorted(["b", "a", 1 < 2 and "c"]))
print(sorted([10**20, 5, -10**30, 3]))
big = [random.random() for _ in range(10000)]
print(sorted(big) == sorted(big, key=lambda x: x), sorted(big)[:2])
