class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.x)
print(type(Point.x).__name__)

class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))

class Loose(Point):
    pass
l = Loose(1, 2)
l.anything = "ok"
print(l.anything, l.__dict__)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

class Single:
    __slots__ = "only"
s = Single()
s.only = 1
print(s.only, Single.__slots__)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)

class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    class BadSlotBase(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)
class WeakOK:
    __slots__ = ("__weakref__",)
import weakref
wo = WeakOK()
print(weakref.ref(wo)() is wo)
class NoWeak:
    __slots__ = ()
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
