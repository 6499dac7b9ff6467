def f(a, b, /, c, *, d):
    return a, b, c, d

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))  # 'a' can be both positional-only and in **kw
def h(x=1, /, y=2):
    return x, y
print(h(), h(5), h(5, 6), h(y=7))
try:
    h(x=3)
except TypeError as e:
    print("TypeError:", e)
def two(a, b, /):
    pass
try:
    two(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)
