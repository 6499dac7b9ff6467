# enumerate and zip: start values (bool, int subclass, __index__, huge, bad), the
# result pair reused only when nothing keeps it, zips of two and three.
import sys
L = ["a", "b", "c"]
print(list(enumerate(L)), list(enumerate(L, 5)), list(enumerate(L, -2)), list(enumerate(L, 2**30 - 2)), list(enumerate(L, 2**62)), list(enumerate(L, True)))
kept = []
for t in enumerate(L):
    kept.append(t)
print(kept, kept[0] is kept[1])
for t in zip(L, L): kept.append(t)
for t in zip(L, L, L): kept.append(t)
print(kept[3:])
e = enumerate(L)
a = next(e); b = next(e)
print(a, b, a is b)
e = enumerate(iter(L))
for i, v in e:
    x = (i, v)
print(x)
class I(int): pass
print(list(enumerate("xy", I(3))), type(list(enumerate("xy", I(3)))[0][0]).__name__)
import gc
z = zip([1], [[]])
t = next(z)
print(gc.is_tracked(t))
s = 0
for i, (a, b) in enumerate(zip(range(10), range(10, 20))):
    s += i * a + b
print(s)
for args in ((5, "x"), ("ab", "x"), ("ab", 2.5), ("ab", None)):
    try:
        print(list(enumerate(*args)))
    except TypeError as e:
        print("TypeError", e)
class Ix:
    def __index__(self): return 7
print(list(enumerate("ab", Ix())))
print(list(enumerate(iterable="ab", start=3)))
