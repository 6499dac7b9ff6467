class A:
    pass
a, b = A(), A()
print(a == a, a == b, a != b, a != a)
print(a.__eq__(b), a.__ne__(a), a.__eq__(a))
print(object.__eq__(1, 1), object.__ne__(1, 2))
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))  # __ne__ is derived from __eq__
class OnlyNe:
    def __ne__(self, o):
        return "ne called"
print(OnlyNe() != 1, OnlyNe() == 1)
print([a] == [a], [a] == [b], (a,) in [(a,)])
nan = float("nan")
print([nan] == [nan], nan in [nan], nan == nan)  # identity shortcut in containers
print(a in [b], a in [b, a])
