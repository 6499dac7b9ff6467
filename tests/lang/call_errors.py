def f(x):
    return x

def g(a, b):
    return a + b

def k(a, *, b):
    pass

def variadic(a, *args):
    pass

tests = [
    lambda: f(),
    lambda: g(),
    lambda: g(1),
    lambda: f(1, z=2),
    lambda: g(1, 2, 3),
    lambda: f(1, 2),
    lambda: f(1, x=2),
    lambda: k(1, 2),
    lambda: k(1, 2, 3),
    lambda: k(),
    lambda: variadic(),
    lambda: (lambda: 0)(1),
    lambda: f(**{"x": 1, "y": 2}),
    lambda: f(*[1], **{"x": 1}),
    lambda: f(**{1: 2}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len([], x=1),
    lambda: int(x=1),
    lambda: "abc".split(1, 2, 3),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

class C:
    def m(self, a):
        return a
    @staticmethod
    def s(a):
        return a
try:
    C().m()
except TypeError as e:
    print("TypeError:", e)
try:
    C().m(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    C.m(1)
except TypeError as e:
    print("TypeError:", e)
try:
    C.s()
except TypeError as e:
    print("TypeError:", e)
