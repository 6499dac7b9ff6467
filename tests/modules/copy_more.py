import copy
class Slotted:
    __slots__ = ("a", "_b")
    def __init__(self):
        self.a = [1]
        self._b = "private"
    def b(self):
        return self._b
s = Slotted()
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a is s.a, s3.a, s3.b())
class Half:
    __slots__ = ("x", "y")
h = Half(); h.x = 1
h2 = copy.copy(h)
print(h2.x, hasattr(h2, "y"))
class WithState:
    def __init__(self):
        self.v = 1
        self.cache = "big"
    def __getstate__(self):
        print("getstate")
        return {"v": self.v}
    def __setstate__(self, st):
        print("setstate", st)
        self.__dict__.update(st)
w = copy.deepcopy(WithState())
print(vars(w))
class NewArgs:
    def __new__(cls, n):
        print("__new__", n)
        o = super().__new__(cls)
        o.n = n
        return o
    def __getnewargs__(self):
        return (self.n,)
n2 = copy.copy(NewArgs(3))
print(n2.n)
class Reduce:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        print("reduce called")
        return (Reduce, (self.v * 10,))
print(copy.copy(Reduce(1)).v, copy.deepcopy(Reduce([2])).v)
class MyList(list):
    pass
ml = MyList([[1], 2]); ml.tag = "t"
mc = copy.copy(ml); md = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[0] is ml[0], md[0] is ml[0], md.tag)
class MyDict(dict):
    pass
dd = copy.deepcopy(MyDict(a=[1]))
print(type(dd).__name__, dd)
st = {1, 2, (3, 4)}
print(copy.copy(st) == st, copy.deepcopy(st) == st, copy.copy(frozenset([1])), copy.deepcopy(frozenset([1])))
ba = bytearray(b"xy"); bc = copy.copy(ba)
print(bc, bc is ba, copy.deepcopy(ba))
t = ([1], 2)
dt = copy.deepcopy(t)
print(dt, dt is t, dt[0] is t[0])
memo = {}
a = [1]
b1 = copy.deepcopy(a, memo)
b2 = copy.deepcopy(a, memo)
print(b1 is b2, id(a) in memo)
d = {"k": [1]}
d["self"] = d
dc = copy.deepcopy(d)
print(dc["self"] is dc, dc["k"] is d["k"])
def func():
    pass
print(copy.deepcopy(func) is func, copy.copy(range(3)), copy.deepcopy([None, True, 1.5, b"b"]))
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
def gen():
    yield 1
try:
    copy.copy(gen())
except TypeError as e:
    print("TypeError:", e)
