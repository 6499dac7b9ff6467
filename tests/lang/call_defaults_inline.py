# Calls that leave trailing parameters to their defaults, through the eval loop's
# inline call: shared mutable defaults, __defaults__ replaced or removed, too few
# arguments, keyword-only parameters beside defaults.
def fnd(a, b=2, c=(1, 2)):
    return b
def g(n):
    s = 0
    for _ in range(n):
        s += fnd(1)
        s += fnd(1, 3)
        s += fnd(1, 3, 4)
    return s
print(g(2000))
def h(a, b=[]):
    b.append(a)
    return len(b)
print(h(1), h(2), h(3, []), h(4))
def k(a=1, b=2): return a, b
print(k(), k(5), k(5, 6))
try:
    fnd()
except TypeError as e:
    print(e)
def m(x, y=None, *, z=3): return x, y, z
print(m(1), m(1, 2), m(1, z=4))
k.__defaults__ = (9,)
print(k(1))
try: k()
except TypeError as e: print(e)
k.__defaults__ = None
try: k(1)
except TypeError as e: print(e)
