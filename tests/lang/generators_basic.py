def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("done")

g = countdown(3)
print(type(g).__name__, g.__name__)
print(next(g))
print(list(g))
print(next(g, "exhausted"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def with_return():
    yield 1
    return "result"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def empty():
    return
    yield
print(list(empty()))
gen_expr = (i * i for i in range(4))
print(next(gen_expr), list(gen_expr))
def states():
    yield 1
import inspect
s = states()
print(inspect.getgeneratorstate(s))
next(s)
print(inspect.getgeneratorstate(s))
next(s, None)
print(inspect.getgeneratorstate(s))
print(iter(s) is s)
def gen_in_gen():
    for i in range(3):
        yield from (i for _ in range(i))
print(list(gen_in_gen()))
def lazy(x):
    print("body runs only on first next()", x)
    yield x
l = lazy(5)
print("created")
print(next(l))
