import functools
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [1, 2, 3], 10), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
p = functools.partial(int, base=2)
print(p("1010"), p.func is int, p.args, p.keywords)
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube_of_2 = functools.partial(power, 2)
print(square(5), cube_of_2(3), functools.partial(square, 3)())
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def ident(x):
    print("computing", x)
    return x
ident(1); ident(2); ident(1); ident(3); ident(2)
print(ident.cache_info())
@functools.cache
def sq(x):
    return x * x
print(sq(4), sq(4), sq.cache_info().hits)
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def documented():
    "The doc."
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
def _(x):
    return "list"
print(describe(1), describe([]), describe("s"), describe(True))
class C:
    @functools.cached_property
    def expensive(self):
        print("computing expensive")
        return 42
c = C()
print(c.expensive, c.expensive)
