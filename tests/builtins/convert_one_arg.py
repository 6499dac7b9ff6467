# bool(x), int(x) and float(x) with one argument of every kind: the quick paths for
# small ints and floats, and everything they hand on (__bool__, __len__, strs,
# subclasses, big ints, errors).
class B:
    def __bool__(self): return False
class L:
    def __len__(self): return 3
class Bad:
    def __bool__(self): return 2
class F(float): pass
class I(int): pass
for v in (0, 1, -5, 2**40, 2**70, 0.0, -0.0, 1.5, float("nan"), float("inf"), "", "x", [], [0], B(), L(), None, F(2.5), I(7), True, False):
    print(repr(v) if not isinstance(v, (B, L)) else type(v).__name__, bool(v), end=" ")
    for conv in (int, float):
        try:
            r = conv(v)
            print(repr(r), type(r).__name__, end=" ")
        except Exception as e:
            print(type(e).__name__, e, end=" ")
    print()
try:
    bool(Bad())
except TypeError as e:
    print(e)
print(bool(), int(), float(), int("12"), float("1.5"), int(3.9), int(-3.9), float(True), int(True), type(int(True)).__name__)
x = 2.5; print(float(x) is x)
