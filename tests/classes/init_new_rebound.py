# __init__ and __new__ looked up again after a class (or a base) changes them.
class Base(Exception):
    pass


class E(Base):
    pass


print(E("a", 1).args)


def init(self, *args):
    Exception.__init__(self, "patched", *args)


E.__init__ = init
print(E("a", 1).args)
del E.__init__
print(E("a", 1).args)


def base_init(self, *args):
    Exception.__init__(self, "base", len(args))


Base.__init__ = base_init
print(E("a", 1).args, Base("x").args)


def new(cls, *args):
    obj = Exception.__new__(cls)
    obj.made_by = "new"
    return obj


E.__new__ = staticmethod(new)
e = E("q")
print(type(e).__name__, e.made_by, e.args)
del E.__new__
print(hasattr(E("q"), "made_by"))


class P:
    def __init__(self, x):
        self.x = x


print(P(1).x)
P.__init__ = lambda self, x: setattr(self, "x", x * 10)
print(P(2).x)
try:
    class Q:
        pass
    Q(1)
except TypeError as exc:
    print(exc)
Q.__init__ = lambda self, v: None
print(type(Q(1)).__name__)
