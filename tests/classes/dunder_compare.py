import functools
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "Ver" + repr(self.parts)
    def __eq__(self, o):
        print("eq", self.parts, getattr(o, "parts", o))
        return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    __hash__ = None

a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a <= b, b > a, b >= a)
print(a == Ver(1, 2), a != b)
print(sorted([Ver(3), Ver(1), Ver(2)]))
print(max(Ver(1), Ver(5)), min([Ver(2, 1), Ver(2)]))
print(a == 5)
class Reflect:
    def __init__(self, n):
        self.n = n
    def __gt__(self, o):
        print("Reflect.__gt__")
        return self.n > o
    def __eq__(self, o):
        print("Reflect.__eq__")
        return NotImplemented
print(3 < Reflect(5))
print(Reflect(1) == Reflect(1))
class NoEq:
    pass
x = NoEq()
print(x == x, x == NoEq(), x != x)
@functools.total_ordering
class T:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(T(1) > T(0), T(1) >= T(1), T(2) <= T(1))
class NeOnly:
    def __eq__(self, o):
        return "custom eq result"
print(NeOnly() == 1, NeOnly() != 1)
try:
    Ver(1) < 3
except AttributeError as e:
    print("AttributeError:", e)
class Cmp:
    def __lt__(self, o):
        return NotImplemented
try:
    Cmp() < Cmp()
except TypeError as e:
    print("TypeError:", e)
print([Ver(1)] == [Ver(1)])
