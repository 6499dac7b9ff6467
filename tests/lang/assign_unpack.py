a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [9]
print(h)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
x = [0, 0]
x[0], x[1] = "p", "q"
print(x)
d = {}
d["a"], d["b"] = range(2)
print(d)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)
try:
    (p, q), r = [1, 2], 3, 4
except ValueError as e:
    print("ValueError:", e)
