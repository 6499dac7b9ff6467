class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dynamic()
print(d.real)
print(d.auto_thing)
print(getattr(d, "missing", "default"))
print(hasattr(d, "nope"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def method(self):
        return "m"
l = Logged()
l.x = 1
print(l.x, l.method(), l.log)

class Guarded:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        print("setting", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)
g = Guarded()
g.a = 1
try:
    g._b = 2
except AttributeError as e:
    print("AttributeError:", e)
del g.a
print(vars(g))

class Both:
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
b = Both()
print(b.special, b.anything)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    pass
t = Target()
p = Proxy(t)
p.value = 42
print(t.value, p.value, "value" in vars(p))
print(getattr(1, "real"), getattr([], "append").__name__)
try:
    getattr(1, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(1, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
class Cls:
    pass
try:
    Cls.missing
except AttributeError as e:
    print("AttributeError:", e)
setattr(Cls, "added", 3)
print(Cls.added, Cls().added)
delattr(Cls, "added")
print(hasattr(Cls, "added"))
