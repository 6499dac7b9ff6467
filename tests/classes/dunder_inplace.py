class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __repr__(self):
        return f"Acc({self.items})"
    def __iadd__(self, o):
        print("__iadd__")
        self.items.extend(o)
        return self
    def __add__(self, o):
        print("__add__")
        return Acc(self.items + list(o))
    def __isub__(self, o):
        self.items = [x for x in self.items if x not in o]
        return self
    def __imul__(self, n):
        self.items *= n
        return self
    def __itruediv__(self, n): self.items = [x / n for x in self.items]; return self
    def __ifloordiv__(self, n): self.items = [x // n for x in self.items]; return self
    def __imod__(self, n): self.items = [x % n for x in self.items]; return self
    def __ipow__(self, n): self.items = [x ** n for x in self.items]; return self
    def __ilshift__(self, n): self.items = [x << n for x in self.items]; return self
    def __irshift__(self, n): self.items = [x >> n for x in self.items]; return self
    def __iand__(self, n): self.items = [x & n for x in self.items]; return self
    def __ior__(self, n): self.items = [x | n for x in self.items]; return self
    def __ixor__(self, n): self.items = [x ^ n for x in self.items]; return self
    def __imatmul__(self, n): self.items = [n]; return self

a = Acc([1, 2])
alias = a
a += [3]
print(a, alias is a)
a -= [2]
print(a)
a *= 2
print(a)
a **= 2
print(a)
a <<= 1
print(a)
a >>= 1
print(a)
a //= 2
print(a)
a %= 3
print(a)
a |= 4
print(a)
a &= 5
print(a)
a ^= 1
print(a)
a /= 2
print(a)
a @= "m"
print(a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
before = o
o += 5
print(o.v, before.v, o is before)
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"
x = ReturnsOther()
x += 1
print(x)
class NotImpl:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
y = NotImpl()
y += 1
print(y)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
