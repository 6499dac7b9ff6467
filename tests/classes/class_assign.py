# Assigning obj.__class__: allowed between classes of the same layout.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class S:
    __slots__ = ("a",)


class T:
    __slots__ = ("a",)

    def who(self):
        return "T"


class WithDel:
    def __del__(self):
        print("WithDel.__del__ of", type(self).__name__)


a = A()
a.x = 1
a.__class__ = B
print(type(a).__name__, isinstance(a, B), isinstance(a, A), a.who(), a.x)
for target in (int, S, 1, "B", None):
    try:
        a.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
for obj, target in (((1), bool), ([], A), (object(), A), (A(), list)):
    try:
        obj.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
s = S()
s.a = 5
s.__class__ = T
print(s.who(), s.a)
w = A()
w.__class__ = WithDel
del w
print("end")
