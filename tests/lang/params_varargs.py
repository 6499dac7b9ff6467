def f(*args, **kwargs):
    return args, kwargs

print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], *(4,), x=5, **{"y": 6}, z=7))
def g(a, b, *rest):
    return a, b, rest
print(g(*"xyz"))
print(g(1, *range(2, 6)))
def h(a, **kw):
    return a, kw
print(h(**{"a": 1, "b": 2}))
print(h(1, **{"c": 3}, d=4))
args = (1, 2)
kwargs = {"sep": "-", "end": "!\n"}
print(*args, **kwargs)
print(*[], sep="x")
print(*"abc")
def count(*a):
    return len(a)
print(count(*range(100)))
def first(first, *others):
    return first
print(first(*[[1, 2]]))
