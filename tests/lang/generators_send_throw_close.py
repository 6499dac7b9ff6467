def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            if value is None:
                print("got None")
            received.append(value)
            print("received", value)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally in echo")

g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
print(next(g))
g.close()
g.close()  # closing twice is fine
try:
    g.send("x")
except StopIteration:
    print("send after close: StopIteration")

h = echo()
try:
    h.send("too early")
except TypeError as e:
    print("TypeError:", e)

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"

c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError, "kk")
except KeyError as e:
    print("propagated:", repr(e))
print(next(c, "gen finished"))

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_close():
    try:
        yield 1
    finally:
        return "ignored"
r = returns_on_close()
next(r)
print(r.close())

def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
a = accumulate()
next(a)
for v in [1, 2, 3]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final total", e.value)
unstarted = echo()
unstarted.close()
print("closing an unstarted generator runs nothing")
try:
    echo().throw(ValueError("into unstarted"))
except ValueError as e:
    print("unstarted throw:", e)
