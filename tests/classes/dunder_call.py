class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add = Adder(10)
print(add(1), add(1, 2, 3), add(1, scale=2), callable(add), callable(Adder))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
for _ in range(3):
    c()
print(c.calls)
print(list(map(Adder(100), [1, 2])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class Meta:
    __call__ = lambda self: "lambda __call__"
print(Meta()())
inst = Adder(1)
inst.__call__ = lambda x: "instance attribute is ignored"
print(inst(1))
class Deco:
    def __init__(self, f):
        self.f = f
        self.count = 0
    def __call__(self, *a):
        self.count += 1
        return self.f(*a)
@Deco
def square(x):
    return x * x
print(square(3), square(4), square.count)
