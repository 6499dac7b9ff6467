# The eval loop's fast paths of session 3 together: closures called inline and
# unwinding through chained frames, recursion to the limit and back, pooled
# generator frames, properties and dunders called from Go, a class attribute
# changed under cached reads, `x is None` jumps, a with statement swallowing an
# exception, floats reused in place, dict replacement, nonlocal cells.
import sys
def make(n):
    acc = []
    def inner(k):
        if k == 0:
            raise ValueError("bottom")
        acc.append(k)
        return inner(k - 1)
    try:
        inner(n)
    except ValueError as e:
        return len(acc), str(e)
print(make(50), make(0))
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
print(rec(500))
try:
    rec(10**6)
except RecursionError as e:
    print("RecursionError", e)
print(rec(100))
def gen(n):
    for i in range(n):
        try:
            yield i
        finally:
            pass
gs = [gen(3) for _ in range(5)]
print([next(g) for g in gs], [list(g) for g in gs])
class P:
    k = 1
    def __init__(self, v): self.v = v
    @property
    def double(self): return self.v * 2
    def __lt__(self, o): return self.v < o.v
ps = [P(i % 7) for i in range(30)]
print(sorted(ps)[0].v, max(ps).v, sum(p.double for p in ps))
for i in range(5):
    P.k += 1
    ps[i].k = -i
print([p.k for p in ps[:7]])
del ps[0].k
print(ps[0].k, P.k)
x = None
print([1 if x is None else 2 for x in (None, 0, [], None)])
class W:
    def __enter__(self): return 7
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return True
with W() as v:
    raise KeyError
print(v)
f = 1.5
g = f * f + f - f * 2.0
print(g, f, 0.1 + 0.2, 1e308 * 10, -0.0 * 1.0)
d = {}
for i in range(1000): d[str(i % 50)] = i
print(len(d), d["7"], sum(d.values()))
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return [inc() for _ in range(5)]
print(outer())
