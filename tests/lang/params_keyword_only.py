def f(a, *, key, flag=False):
    return a, key, flag

print(f(1, key=2))
print(f(1, flag=True, key="k"))
def g(*args, sep, **kw):
    return args, sep, kw
print(g(1, 2, sep="/", other=3))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
def h(*, a, b, c):
    pass
try:
    h()
except TypeError as e:
    print("TypeError:", e)
try:
    h(a=1)
except TypeError as e:
    print("TypeError:", e)
