a = list(range(10))
a[2:5] = ["x"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
b = list(range(10))
b[::2] = "abcde"
print(b)
b[1::3] = [None] * 3
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = list(range(6))
del c[1:3]
print(c)
del c[::2]
print(c)
d = list(range(8))
d[5:2:-1] = "XYZ"
print(d)
e = [1, 2, 3]
e[1:2] = []
print(e)
e[:] = (i * i for i in range(4))
print(e)
f = bytearray(b"hello")
f[1:3] = b"EYY"
print(f)
g = [0, 1, 2, 3]
g[10:20] = [9]
print(g)
g[-100:1] = ["s"]
print(g)
try:
    g[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
