class Singleton:
    _instance = None
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("__init__", value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")
print(NotMine())

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p[1], type(p).__name__)

class PosInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(PosInt(5) + 1, type(PosInt(5) + 1).__name__, type(PosInt(5)).__name__)
try:
    PosInt(-1)
except ValueError as e:
    print("ValueError:", e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class InitOnly:
    def __init__(self, a):
        self.a = a
try:
    InitOnly()
except TypeError as e:
    print("TypeError:", e)
class Sub(Singleton):
    _instance = None
s = Sub(9)
print(type(s).__name__, s.value)
obj = object.__new__(InitOnly)
print(hasattr(obj, "a"))
obj.__init__(7)
print(obj.a)
class Cnt:
    made = 0
    def __new__(cls, *a, **k):
        cls.made += 1
        return super().__new__(cls)
    def __init__(self, *a, **k):
        self.args = (a, k)
print(Cnt(1, k=2).args, Cnt.made)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
