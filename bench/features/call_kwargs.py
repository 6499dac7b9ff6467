def f(a, b=2, *args, c=3, **kw):
    return a + b + c + len(args) + len(kw)
def g(x, y, z):
    return x * y + z
s = 0
for i in range(300000):
    s += f(i, c=4) + f(i, 1, 2, 3, d=5) + g(*(i, 2, 3)) + g(z=1, y=2, x=i)
print("checksum:", s)
