def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-end"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(next(g, "stop"))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), {"k": 0})))

def delegating_throw():
    try:
        yield from thrower()
    except ValueError as e:
        print("outer saw", e)
        yield "outer handled"
def thrower():
    try:
        yield 1
    except KeyError:
        print("inner handled KeyError")
        yield 2
d = delegating_throw()
print(next(d))
print(d.throw(KeyError))
print(d.throw(ValueError("v")))

def closer():
    try:
        yield from inner_closer()
    finally:
        print("outer finally")
def inner_closer():
    try:
        yield 1
    finally:
        print("inner finally")
c = closer()
next(c)
c.close()

def tree(n):
    if n == 0:
        yield "leaf"
        return 0
    left = yield from tree(n - 1)
    right = yield from tree(n - 1)
    return left + right + 1
t = tree(2)
print(list(t))
def count_nodes(n):
    return (yield from tree(n))
def drive(gen):
    try:
        while True:
            next(gen)
    except StopIteration as e:
        return e.value
print(drive(count_nodes(3)))
def yf_iter():
    r = yield from [1, 2]
    print("yield from list returns", r)
print(list(yf_iter()))
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
