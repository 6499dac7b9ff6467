# Attribute reads from modules through the per-site cache: values rebound, names
# added and deleted, module __getattr__, the module type's own attributes, module
# subclasses and __class__ assignment must all read as without a cache.
import math
import sys
import types


def read_pi():
    return math.pi


def call_sqrt(x):
    return math.sqrt(x)


results = []
for i in range(3):
    results.append(read_pi())
math.pi = 3
results.append(read_pi())
math.pi = 3.141592653589793
results.append(read_pi())
print(results)

print([call_sqrt(16) for _ in range(3)])
orig = math.sqrt
math.sqrt = lambda x: "patched %s" % x
print(call_sqrt(16))
del math.sqrt
try:
    call_sqrt(16)
except AttributeError as e:
    print("AttributeError:", e)
math.sqrt = orig
print(call_sqrt(25))

mod = types.ModuleType("m")
mod.x = 1


def read_x(m):
    return m.x


print([read_x(mod) for _ in range(3)])
mod.y = 2  # new key: the keys change
print(read_x(mod))
mod.x = 10
print(read_x(mod))
del mod.x
try:
    read_x(mod)
except AttributeError as e:
    print("AttributeError:", e)


def __getattr__(name):
    return "dynamic " + name


mod.__getattr__ = __getattr__
print(read_x(mod))
mod.x = 5
print(read_x(mod))

other = types.ModuleType("other")
other.x = "other's"
print(read_x(other), read_x(mod), read_x(other))


class Sub(types.ModuleType):
    @property
    def x(self):
        return "property on the subclass"


sub = Sub("sub")
sub.__dict__["x"] = "in the dict"
print(read_x(sub))
mod.__class__ = Sub
print(read_x(mod))
mod.__class__ = types.ModuleType
print(read_x(mod))


def read_dict(m):
    return type(m.__dict__).__name__, m.__class__.__name__


print(read_dict(math), read_dict(mod))
print(sys.modules["math"] is math, math.floor(2.5), math.floor(3.5))


class NotModule:
    x = "class attribute"


print(read_x(NotModule()), read_x(other))


# __class__ assignment between module types (CPython allows it for ModuleType subclasses).
class M(types.ModuleType):
    __slots__ = ("a",)
m = types.ModuleType("q")
try:
    m.__class__ = M
except TypeError as e:
    print(e)
class N(types.ModuleType):
    def hello(self): return "hi " + self.__name__
mod = sys.modules[__name__]
mod.__class__ = N
print(mod.hello(), type(mod).__name__)
try:
    mod.__class__ = int
except TypeError as e:
    print(e)
try:
    (1.5).__class__ = N
except TypeError as e:
    print(e)
mod.__class__ = types.ModuleType
print(type(mod).__name__)
