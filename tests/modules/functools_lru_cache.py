# functools.lru_cache and cache, whose call path is Go (_functools): keys with keywords
# and types, eviction order, maxsize 0 and negative, recursion, methods, errors.
import functools
calls = []
@functools.lru_cache(maxsize=2)
def f(x, y=0):
    calls.append((x, y))
    return x + y
print(f(1), f(1), f(2), f(3), f(1), f.cache_info())
print(f(1, y=2), f(1, y=2), f(y=2, x=1), f.cache_info(), calls)
f.cache_clear()
print(f.cache_info(), f.cache_parameters(), f.__name__, f.__wrapped__.__name__, f.__doc__)
@functools.lru_cache(typed=True)
def g(x):
    return type(x).__name__
print(g(1), g(1.0), g(True), g(1), g.cache_info())
@functools.lru_cache
def h(x):
    return [x]
print(h(3) is h(3), h.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.lru_cache(maxsize=0)
def z(x):
    return x * 2
print(z(2), z(2), z.cache_info())
@functools.lru_cache(maxsize=-5)
def neg(x):
    return x
print(neg(1), neg(1), neg.cache_info())
try:
    h([1])
except TypeError as e:
    print("TypeError", e)
try:
    functools.lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError", e)
class A:
    @functools.lru_cache(maxsize=None)
    def m(self, k):
        return (id(self) > 0, k)
a = A()
print(a.m(1), a.m(1), A.m.cache_info())
print(repr(f).startswith("<functools._lru_cache_wrapper object at"))
import copy
print(copy.copy(f) is f, copy.deepcopy(f) is f)
class Raises:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError("eq")
@functools.lru_cache
def r(x): return 1
r(Raises())
try:
    r(Raises())
except ValueError as e:
    print("ValueError", e)
@functools.lru_cache(maxsize=3)
def lru(x):
    return x
for k in [1, 2, 3, 1, 4, 2, 5, 1]:
    lru(k)
print(lru.cache_info(), [lru(k) for k in (5, 1, 2)], lru.cache_info())

# A cache that holds its own wrapper is collected.
import functools, gc, weakref
@functools.lru_cache
def selfref(x):
    return selfref
selfref(1)
w = weakref.ref(selfref)
del selfref
print(gc.collect() > 0, w() is None)
