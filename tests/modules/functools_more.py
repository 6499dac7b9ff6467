import functools
def f(a, b=0, *, x=1):
    return (a, b, x)
p = functools.partial(f, 1, x=2)
r = repr(p)
print(r.startswith("functools.partial(<function f at 0x"), r.endswith(">, 1, x=2)"))
print(p(), p(5), p(x=9), functools.partial(p, 7)(), functools.partial(p, 7).args, functools.partial(p, 7).func is f)
print(repr(functools.partial(len)).startswith("functools.partial(<built-in function len>"))
class MyPartial(functools.partial):
    pass
mp = MyPartial(f, 3)
print(repr(mp).startswith("MyPartial(<function f"), mp(), type(MyPartial(mp, 1).func).__name__)
try:
    functools.partial(5)
except TypeError as e:
    print("TypeError:", e)
p.attr = "settable"
print(p.attr)
print(functools.reduce(lambda a, b: a + b, [], 0), functools.reduce(lambda a, b: a + [b], "ab", []))
# lru_cache
@functools.lru_cache(maxsize=3, typed=True)
def t(x):
    print("miss", repr(x))
    return x
t(1); t(1.0); t(1); t(True)
print(t.cache_info(), t.cache_parameters())
info = t.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), info._asdict() if hasattr(info, "_asdict") else None)
@functools.lru_cache
def plain(x, y=0):
    return x + y
print(plain(1), plain(1, y=0), plain(1, 0), plain.cache_info(), plain.__name__, plain.__wrapped__(2))
@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
try:
    functools.lru_cache("bad")
except TypeError as e:
    print("TypeError:", e)
class Cls:
    @functools.lru_cache(maxsize=None)
    def m(self, v):
        print("computing m", v)
        return v * 2
o = Cls()
print(o.m(2), o.m(2), Cls.m.cache_info())
# wraps / update_wrapper
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def greet(name: str) -> str:
    """Say hi."""
    return "hi " + name
greet.extra = 1
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__annotations__, greet.__module__, greet.__wrapped__("x"))
def src():
    pass
src.marker = "copied"
def dst():
    pass
functools.update_wrapper(dst, src, assigned=("__doc__",), updated=())
print(dst.__name__, hasattr(dst, "marker"), dst.__wrapped__ is src)
functools.update_wrapper(dst, src)
print(dst.__name__, dst.marker)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
# total_ordering
@functools.total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(G(1) < G(2), G(2) <= G(2), G(3) >= G(4), sorted([G(3), G(1)], key=lambda g: g) [0].v)
@functools.total_ordering
class Two:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __le__(self, o): return self.v <= o.v
    def __lt__(self, o): return self.v < o.v
print(Two(1) > Two(0), Two(1) >= Two(1), "__ge__" in Two.__dict__, "__gt__" in Two.__dict__)
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
@functools.total_ordering
class NI:
    def __lt__(self, o):
        return NotImplemented
try:
    NI() >= 5
except TypeError as e:
    print("TypeError:", e)
# cmp_to_key
K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) == K(2), K(3) >= K(1), sorted("cab", key=functools.cmp_to_key(lambda a, b: -1 if a > b else 1)))
try:
    hash(K(1))
except TypeError as e:
    print("TypeError:", e)
# singledispatch
@functools.singledispatch
def show(x):
    return "base " + type(x).__name__
@show.register(int)
def _(x):
    return "int"
@show.register(float)
@show.register(Exception)
def _(x):
    return "number"
class Base: pass
class Derived(Base): pass
show.register(Base, lambda x: "Base-impl")
print(show(1), show(1.5), show(True), show(Derived()), show("s"), show.dispatch(bool) is show.dispatch(int), object in show.registry)
try:
    show()
except TypeError as e:
    print("TypeError:", e)
# cached_property
class Lazy:
    def __init__(self): self.n = 0
    @functools.cached_property
    def val(self):
        "the value"
        self.n += 1
        return self.n * 10
l = Lazy()
print(l.val, l.val, l.n, "val" in vars(l), Lazy.val.__doc__, type(Lazy.val).__name__, Lazy.val.attrname)
del l.val
print(l.val)
class NoDict:
    __slots__ = ()
    @functools.cached_property
    def p(self): return 1
try:
    NoDict().p
except TypeError as e:
    print("TypeError:", e)
# partialmethod
class Cell:
    def __init__(self): self.state = None
    def set_state(self, value): self.state = value
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)
c = Cell()
c.set_alive(); print(c.state)
c.set_dead(); print(c.state)
