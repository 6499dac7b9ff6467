class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c on " + cls.__name__
    @staticmethod
    def s():
        return "A.s"
    def __init__(self):
        self.trail = ["A"]

class B(A):
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def c(cls):
        return "B.c>" + super().c()
    @staticmethod
    def s():
        return "B.s>" + super(B, B).s()
    def __init__(self):
        super().__init__()
        self.trail.append("B")

class C(B):
    def f(self):
        return "C.f>" + super(C, self).f()
    def skip(self):
        return super(B, self).f()
    def __init__(self):
        super(C, self).__init__()
        self.trail.append("C")

c = C()
print(c.f())
print(c.skip())
print(C.c(), B.c())
print(C.s())
print(c.trail)
print(super(C, c).f())
sp = super(B, c)
print(sp.f(), type(sp).__name__)
print(super(C, C).c())
def outside(self):
    return super(C, self).f()
print(outside(c))
class D(C):
    def f(self):
        g = lambda: super(D, self).f()
        return "D.f>" + g()
print(D().f())
class E(A):
    def f(self):
        def inner():
            return super().f()
        try:
            return inner()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
print(E().f())
class F:
    def __repr__(self):
        return "F()"
    def show(self):
        return super().__repr__().startswith("<__main__.F object at ")
print(F().show(), repr(F()))
try:
    super(int, "str")
except TypeError as e:
    print("TypeError:", e)
class Attr(A):
    @property
    def p(self):
        return super().f()
print(Attr().p)
