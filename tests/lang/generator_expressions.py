g = (x * 2 for x in range(4))
print(next(g), next(g), list(g))
print(sum(x * x for x in range(10)))
print(max((len(w), w) for w in ["aa", "b", "ccc"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in []))
print(list(x for x in range(10) if x % 4 == 0))
print("".join(c.upper() for c in "abc"))
print(dict((k, len(k)) for k in ["one", "three"]))
print(tuple(i for i in "xy"), set(i % 2 for i in range(4)))
pairs = ((a, b) for a in range(2) for b in "pq")
print(list(pairs))
def early(seq):
    print("first iterable evaluated immediately")
    return seq
g = (x for x in early([1]))
print("generator created")
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
lazy = (1 // x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(lazy, "closed after error"))
print(sorted((x for x in [3, 1, 2]), reverse=True))
