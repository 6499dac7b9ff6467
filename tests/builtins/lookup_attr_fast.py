# hasattr, getattr with a default, and setattr through every kind of attribute
# lookup: the fast "not found" path must keep __getattr__, __getattribute__,
# properties, descriptors, metaclasses and the error messages as they are.
log = []

class WithGetattr:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        log.append("__getattr__ " + name)
        if name.startswith("virt"):
            return "virtual " + name
        if name == "boom":
            raise KeyError("boom from __getattr__")
        raise AttributeError(name)

w = WithGetattr()
print(hasattr(w, "real"), hasattr(w, "virt_x"), hasattr(w, "nope"))
print(getattr(w, "virt_y", "d"), getattr(w, "nope", "d"), getattr(w, "real", "d"))
try:
    hasattr(w, "boom")
except KeyError as e:
    print("hasattr propagates", type(e).__name__, e)
try:
    getattr(w, "boom", None)
except KeyError as e:
    print("getattr default propagates", type(e).__name__, e)
print(log)
log.clear()

class WithGetattribute:
    def __getattribute__(self, name):
        log.append("__getattribute__ " + name)
        if name == "secret":
            return 42
        if name == "err":
            raise ValueError("err from __getattribute__")
        return object.__getattribute__(self, name)

g = WithGetattribute()
g.plain = 5
print(hasattr(g, "secret"), hasattr(g, "plain"), hasattr(g, "missing"))
print(getattr(g, "secret", 0), getattr(g, "missing", "dflt"))
try:
    getattr(g, "err", "never")
except ValueError as e:
    print("ValueError:", e)
print(log)
log.clear()

class Both(WithGetattribute, WithGetattr):
    pass

b = Both()
print(hasattr(b, "virt_z"), getattr(b, "nope", "d"), getattr(b, "secret", "d"))
print(log)
log.clear()

class Props:
    @property
    def ok(self):
        return "ok"
    @property
    def attr_err(self):
        log.append("attr_err getter")
        raise AttributeError("from property")
    @property
    def type_err(self):
        raise TypeError("from property")
    @property
    def ro(self):
        return 1
    def meth(self):
        return "meth"

p = Props()
print(hasattr(p, "ok"), hasattr(p, "attr_err"), getattr(p, "attr_err", "fallback"))
try:
    hasattr(p, "type_err")
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(p, "attr_err")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(p, "ro", 2)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(p, "meth", None)(), log)
log.clear()

class NonData:
    def __init__(self, raise_attr):
        self.raise_attr = raise_attr
    def __get__(self, obj, typ=None):
        log.append("NonData.__get__ " + ("instance" if obj is not None else "class"))
        if self.raise_attr:
            raise AttributeError("non-data says no")
        return "nondata value"

class Data(NonData):
    def __set__(self, obj, value):
        log.append("Data.__set__ %r" % (value,))

class Descr:
    nd = NonData(False)
    nd_missing = NonData(True)
    d = Data(False)
    d_missing = Data(True)

o = Descr()
print(hasattr(o, "nd"), hasattr(o, "nd_missing"), hasattr(o, "d"), hasattr(o, "d_missing"))
print(getattr(o, "nd_missing", "dflt"), getattr(o, "d_missing", "dflt"))
o.__dict__["nd"] = "instance shadows non-data"
o.__dict__["d"] = "instance does not shadow data"
print(getattr(o, "nd", None), getattr(o, "d", None))
setattr(o, "d", 7)
setattr(o, "nd", 8)
print(o.__dict__["nd"], log)
log.clear()
print(hasattr(Descr, "nd"), hasattr(Descr, "nd_missing"), getattr(Descr, "d_missing", "class dflt"))
print(log)
log.clear()

class Meta(type):
    meta_attr = "from meta"
    @property
    def meta_prop(cls):
        return "meta property of " + cls.__name__
    @property
    def meta_missing(cls):
        raise AttributeError("meta property says no")
    def __getattr__(cls, name):
        log.append("Meta.__getattr__ " + name)
        if name == "dyn":
            return "dynamic"
        raise AttributeError(name)

class WithMeta(metaclass=Meta):
    own = "own"

print(hasattr(WithMeta, "meta_attr"), hasattr(WithMeta, "meta_prop"), hasattr(WithMeta, "meta_missing"))
print(getattr(WithMeta, "meta_prop", None), getattr(WithMeta, "dyn", None), getattr(WithMeta, "nope", "d"))
print(hasattr(WithMeta(), "meta_attr"), hasattr(WithMeta, "own"), log)
log.clear()

class Plain:
    x = 1
print(hasattr(Plain, "x"), hasattr(Plain, "y"), hasattr(Plain, "mro"), hasattr(Plain, "__name__"), getattr(Plain, "y", "d"))
print(hasattr(int, "real"), hasattr(int, "nope"), getattr(type, "nope", "d"), hasattr(type, "__call__"))
try:
    getattr(Plain, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(Plain(), "nope")
except AttributeError as e:
    print("AttributeError:", e)

import math
print(hasattr(math, "pi"), hasattr(math, "nope"), getattr(math, "nope", "d"))
try:
    getattr(math, "nope")
except AttributeError as e:
    print("AttributeError:", e)

class Slotted:
    __slots__ = ("a",)
s = Slotted()
print(hasattr(s, "a"), getattr(s, "a", "unset"))
s.a = 3
print(hasattr(s, "a"), getattr(s, "a", "unset"))
try:
    setattr(s, "b", 1)
except AttributeError as e:
    print("AttributeError:", e)

class SetHook:
    def __setattr__(self, name, value):
        log.append("__setattr__ %s=%r" % (name, value))
        object.__setattr__(self, name, value * 2)
h = SetHook()
setattr(h, "v", 21)
print(h.v, log)
log.clear()

class StrSub(str):
    pass
print(hasattr(w, StrSub("real")), getattr(o, StrSub("zzz"), "d"))
for bad in ["hasattr(w, 1)", "getattr(w, None, 1)", "setattr(w, b'x', 1)", "hasattr(1, 'real', 2)", "getattr(w, 'x', 1, 2)"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "-> TypeError:", e)
print(hasattr(1, "real"), hasattr(1.5, "nope"), getattr(None, "nope", "d"), hasattr("s", "upper"), hasattr([], "nope"))

# Names built at run time (not interned), reused storage, and class changes
# between lookups must all see the current attributes.
class Changing:
    x = "class x"
c = Changing()
for i in range(3):
    name = "".join(["x", "y"[:i % 2]])
    print(name, getattr(c, name, "absent"), hasattr(c, name))
print(getattr(c, "x"), hasattr(c, "y"))
Changing.y = "class y"
print(getattr(c, "y", "absent"), hasattr(c, "y"))
del Changing.x
print(getattr(c, "x", "absent"), hasattr(c, "x"))
c.x = "instance x"
print(getattr(c, "x"), getattr(Changing, "x", "absent"))
Changing.x = property(lambda self: "property x")
print(getattr(c, "x"), c.__dict__)
setattr(c, "z", 1)
Changing.z = property(lambda self: "property z", lambda self, v: print("set z", v))
setattr(c, "z", 2)
print(getattr(c, "z"), c.__dict__["z"])
for i in range(5):
    n = "attr%d" % (i % 2)
    setattr(c, n, i)
    print(n, getattr(c, n), hasattr(c, n + "_"), getattr(c, n + "_", None))
