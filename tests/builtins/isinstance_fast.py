# isinstance's quick answers (exact type, classes of metaclass type, tuples of
# them) must not skip a metaclass __instancecheck__, abc registration, or change
# which hooks run and in what order.
import abc

log = []

class Meta(type):
    def __instancecheck__(cls, inst):
        log.append("%s.__instancecheck__(%s)" % (cls.__name__, type(inst).__name__))
        return inst == "magic"

class Magic(metaclass=Meta):
    pass

class Sub(Magic):
    pass

print(isinstance("magic", Magic), isinstance("plain", Magic), isinstance(Magic(), Magic), isinstance(Sub(), Magic))
print(log)
log.clear()
print(isinstance(1, (str, Magic, int)), log)
log.clear()
print(isinstance(1, (int, Magic)), log)
log.clear()
print(isinstance("magic", (int, Magic)), isinstance(3.0, (int, (str, Magic))), log)
log.clear()
print(isinstance(Magic(), (int, Magic)), log)
log.clear()

class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...

class Registered:
    pass

Base.register(Registered)
Base.register(int)
print(isinstance(Registered(), Base), isinstance(1, Base), isinstance(True, Base), isinstance("s", Base))
print(isinstance(Registered(), (str, Base)), isinstance(2.5, (Base, float)), issubclass(Registered, Base))

from collections.abc import Sequence, Hashable, Iterable
print(isinstance([], Sequence), isinstance({}, Sequence), isinstance(1, Hashable), isinstance([], Hashable))
print(isinstance((1,), (Iterable, int)), isinstance(1, (Sequence, float)))

class Int(int):
    pass
class TupleSub(tuple):
    pass
print(isinstance(Int(1), int), isinstance(1, Int), isinstance(True, (Int, bool)), isinstance(Int(2), (str, int)))
print(isinstance(1, TupleSub((str, int))), isinstance("x", TupleSub(())), isinstance(None, (type(None),)))
print(isinstance(int, type), isinstance(Meta, type), isinstance(Magic, Meta), isinstance(Magic, (int, Meta)))
print(isinstance(1, int | str), isinstance(1, (float, int | str)), isinstance(None, (int, None.__class__)))
print(isinstance(1, ()), isinstance(1, ((), (int,))), isinstance(object(), object), isinstance(1, (object,)))

class NotAType:
    def __instancecheck__(self, inst):
        log.append("NotAType.__instancecheck__")
        return True
print(isinstance(1, NotAType()), isinstance(1, (str, NotAType())), log)
log.clear()

for bad in ["isinstance(1, 'int')", "isinstance(1, (str, 'int'))", "isinstance(1, (int, 'int'))",
            "isinstance(1, [int])", "isinstance(1)", "isinstance(1, int, str)", "isinstance(1, (str, [int]))"]:
    try:
        print(bad, eval(bad))
    except TypeError as e:
        print(bad, "-> TypeError:", e)
try:
    isinstance(1, cls=int)
except TypeError as e:
    print("TypeError:", e)

class Raising(type):
    def __instancecheck__(cls, inst):
        raise RuntimeError("instancecheck failed")
class R(metaclass=Raising):
    pass
for args in [(1, R), (1, (int, R)), (1, (R, int)), (R(), R), (R(), (R, int))]:
    try:
        print(isinstance(*args))
    except RuntimeError as e:
        print("RuntimeError:", e)

# obj.__class__ is consulted when type(obj) is not a subclass.
class FakeInt:
    @property
    def __class__(self):
        log.append("FakeInt.__class__")
        return int
class NoClass:
    @property
    def __class__(self):
        raise AttributeError("no class")
class BadClass:
    @property
    def __class__(self):
        raise LookupError("bad class")
class NotTypeClass:
    __class__ = "not a type"
class Pretender:
    def __getattribute__(self, name):
        log.append("Pretender.__getattribute__ " + name)
        if name == "__class__":
            return str
        return object.__getattribute__(self, name)
print(isinstance(FakeInt(), int), isinstance(FakeInt(), (str, int)), isinstance(FakeInt(), FakeInt), isinstance(FakeInt(), float), log)
log.clear()
print(isinstance(NoClass(), int), isinstance(NoClass(), NoClass), isinstance(NotTypeClass(), str), isinstance(NotTypeClass(), (int, NotTypeClass)))
try:
    isinstance(BadClass(), int)
except LookupError as e:
    print("LookupError:", e)
print(isinstance(BadClass(), BadClass), isinstance(Pretender(), str), isinstance(Pretender(), (int, str)), log)
log.clear()
import weakref
class Target:
    pass
t = Target()
px = weakref.proxy(t)
print(isinstance(px, Target), isinstance(px, (int, Target)), isinstance(px, weakref.ProxyType), isinstance(px, int))
