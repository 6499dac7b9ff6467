class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"R({self.v})"
    def __add__(self, o):
        print("__add__")
        return R(self.v + (o.v if isinstance(o, R) else o))
    def __radd__(self, o):
        print("__radd__")
        return R(o + self.v)
    def __rsub__(self, o): return R(o - self.v)
    def __rmul__(self, o): return R(o * self.v)
    def __rtruediv__(self, o): return R(o / self.v)
    def __rfloordiv__(self, o): return R(o // self.v)
    def __rmod__(self, o): return R(o % self.v)
    def __rpow__(self, o): return R(o ** self.v)
    def __rlshift__(self, o): return R(o << self.v)
    def __rrshift__(self, o): return R(o >> self.v)
    def __rand__(self, o): return R(o & self.v)
    def __ror__(self, o): return R(o | self.v)
    def __rxor__(self, o): return R(o ^ self.v)
    def __rmatmul__(self, o): return R(("matmul", o))
    def __rdivmod__(self, o): return R(divmod(o, self.v))

r = R(3)
print(10 + r)
print(r + 10)
print(10 - r, 10 * r, 12 / r, 10 // r, 10 % r, 2 ** r)
print(1 << r, 64 >> r, 7 & r, 4 | r, 5 ^ r, [1] @ r, divmod(10, r))
print(sum([R(1), R(2)], 0))
class Sub(R):
    def __radd__(self, o):
        print("Sub.__radd__ tried first")
        return "sub wins"
print(R(1) + Sub(2))  # a subclass's reflected method is tried before the left operand's
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__"
print(Left() + Right())
class Neither:
    def __add__(self, o):
        return NotImplemented
try:
    Neither() + Neither()
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - R(1)
except TypeError as e:
    print("TypeError:", e)
print(3 + R(4))
