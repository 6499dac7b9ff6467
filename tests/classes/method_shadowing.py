# An instance attribute named like a method shadows it, however it got there; the
# method comes back when the attribute goes.
class A:
    kind = "class"

    def m(self):
        return "method"

    def set(self):
        self.m = lambda: "instance"


def calls(objs):
    return [o.m() for o in objs]


a, b, c, d = A(), A(), A(), A()
for o in (a, b, c, d):
    o.x = 1
print(calls([a, b, c, d]))
a.set()
b.__dict__["m"] = lambda: "via __dict__"
setattr(c, "m", lambda: "via setattr")
print(calls([a, b, c, d]))
del a.m
b.__dict__.clear()
vars(c).pop("m")
print(calls([a, b, c, d]))
print([o.kind for o in (a, b)])
a.kind = "instance"
print([o.kind for o in (a, b)], A.kind)
# Many attributes: the dict grows past its first table.
for i in range(40):
    setattr(d, "attr%d" % i, i)
print(d.m(), d.attr39)
d.m = lambda: "late"
print(d.m())
# A method added to the class after the instance attribute of the same name.
class B:
    pass
e = B()
e.g = lambda: "instance g"
B.g = lambda self: "class g"
print(e.g(), B().g())


# A staticmethod called through an instance, then shadowed by an instance attribute.
class S:
    @staticmethod
    def cell(x, y):
        return x * 10 + y


s = S()
print([s.cell(i, 1) for i in range(3)])
s.cell = lambda x, y: "shadowed"
print(s.cell(1, 2), S.cell(1, 2), S().cell(2, 3))
del s.cell
print(s.cell(4, 5))
