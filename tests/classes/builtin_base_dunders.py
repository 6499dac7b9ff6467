# Dunders a class inherits from a built-in base, and the built-ins' own: a dict
# subclass defining only __delitem__ still assigns through dict's __setitem__;
# private names in __slots__ are mangled; unhashable built-ins have __hash__ None;
# a subclass of a type made in Go calls its __init__ through super().
import random


class D(dict):
    def __delitem__(self, k):
        print("del", k)
        dict.__delitem__(self, k)


d = D()
d["a"] = 1
d["b"] = 2
del d["a"]
print(d)


class OnlySet(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 2)


o = OnlySet()
o["x"] = 5
del o["x"]
print(o)


class L(list):
    def __setitem__(self, i, v):
        list.__setitem__(self, i, -v)


lst = L([1, 2, 3])
lst[0] = 9
del lst[1]
print(lst)


class S:
    __slots__ = ("__b", "c", "a")

    def __init__(self):
        self.__b = 2
        self.c = 3
        self.a = 1

    def get(self):
        return self.__b


s = S()
print(s.get(), S.__slots__, hasattr(S, "_S__b"), hasattr(S, "__b"))
print([n for n in S.__dict__ if not n.startswith("__")])
for bad in (("1x",), ("a b",), ("",)):
    try:
        type("T", (), {"__slots__": bad})
    except TypeError as e:
        print("TypeError:", e)
try:
    class C:
        __slots__ = ("__x",)
        _C__x = 1
except ValueError as e:
    print("ValueError:", e)

print([t.__name__ for t in (list, dict, set, bytearray, slice, frozenset, tuple, int, str, bytes, type, object)
       if t.__hash__ is None])
print(L.__hash__, D.__hash__)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    [].__hash__()
except TypeError as e:
    print(e)


class R(random.Random):
    def __init__(self, x):
        super().__init__(x)
        self.extra = 1


r = R(5)
print(r.random() == random.Random(5).random(), r.extra)

b = bytearray(b"ab")
b *= 2
print(b, bytearray.__imul__(bytearray(b"x"), 3))
try:
    bytearray(b"x").__imul__("a")
except TypeError as e:
    print("TypeError:", e)
