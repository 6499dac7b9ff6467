class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"
g = Greeter("Ann")
m = g.greet
print(m("Bob"), m.__self__ is g, m.__func__ is Greeter.greet, m.__name__)
print(Greeter.greet(g, "Cy"))
print(g.greet == g.greet, g.greet is g.greet, g.greet == Greeter("x").greet)
handlers = [Greeter("a").greet, Greeter("b").greet]
print([h("z") for h in handlers])
print(list(map(Greeter("m").greet, ["p", "q"])))
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
c = Counter()
c.inc().inc().inc()
print(c.n)
inc = c.inc
del c
print(inc().n)
print([].append.__self__, "x".upper.__self__, type([].append).__name__)
print(str.upper("abc"), list.__len__([1, 2]), dict.get({"k": 1}, "k"))
print(int.__add__(2, 3), (5).__add__(1), (5).__radd__(1), (5).__add__(1.0))
print(type(Greeter.__init__).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
