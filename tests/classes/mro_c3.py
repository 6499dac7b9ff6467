def mro(cls):
    return " ".join(c.__name__ for c in cls.__mro__)

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in [A, K1, K2, K3, Z]:
    print(cls.__name__, ":", mro(cls))
print([c.__name__ for c in Z.mro()])

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class S(X, X): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class T(O, A): pass
except TypeError as e:
    print("TypeError:", e)

class Base:
    def who(self):
        return "Base"
class Left(Base):
    def who(self):
        return "Left>" + super().who()
class Right(Base):
    def who(self):
        return "Right>" + super().who()
class Diamond(Left, Right):
    def who(self):
        return "Diamond>" + super().who()
print(Diamond().who())
print(mro(Diamond))
print(mro(bool), mro(int), mro(type), mro(object))
print(mro(KeyError), mro(dict))
