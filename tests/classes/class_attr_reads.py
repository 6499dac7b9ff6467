# Attributes read from classes themselves (C.f, C.staticm, C.classm, C.CONST), as
# call sites see them again and again: after class attributes change, through
# subclasses, and on a class whose metaclass is not type.
class A:
    K = 1
    @staticmethod
    def st(a): return a + 1
    @classmethod
    def cm(cls, a): return cls.K + a
    def f(self): return 2
class B(A):
    K = 5
print(A.st(1), B.st(2), A.cm(1), B.cm(1), A.f(None), B.K, A.K)
for cls in (A, B, A, B):
    print(cls.cm(10), cls.st(3), cls.K, cls.f(0))
A.K = 100
print(A.cm(1), B.cm(1))
A.st = staticmethod(lambda a: a * 2)
print(A.st(4), B.st(4))
B.cm = classmethod(lambda c, a: ("B", a))
print(A.cm(1), B.cm(1))
print(A.__name__, B.__qualname__, type(A.cm), A.cm.__self__ is A, B.cm.__self__ is B)
x = A.cm; y = A.st
print(x(1), y(1))
class M(type):
    def meth(cls): return "M.meth " + cls.__name__
class X(metaclass=M):
    @classmethod
    def meth2(cls): return "X.meth2"
for o in (X, X, M):
    try:
        print(o.meth())
    except TypeError as e:
        print("TypeError", e)
print(X.meth2(), X.meth2())
print(int.from_bytes(b"\x01\x02", "big"), dict.fromkeys("ab"), str.join(",", "xy"))
