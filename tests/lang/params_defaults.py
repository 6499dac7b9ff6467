def f(a, b=2, c=3):
    return (a, b, c)

print(f(1), f(1, 20), f(1, c=30), f(a=0, c=1, b=9))
def g(x, acc=[]):
    acc.append(x)
    return acc
print(g(1), g(2))  # the default list is shared between calls
print(g.__defaults__)
def h(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(h(1), h(2))
n = 5
def k(v=n):
    return v
n = 6
print(k())
print(f.__defaults__, k.__defaults__)
def kwd(*, a=1, b):
    return a, b
print(kwd(b=2), kwd.__kwdefaults__)
