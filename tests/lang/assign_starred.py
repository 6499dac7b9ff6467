first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(x, *y), w = (1, 2, 3), 4
print(x, y, w)
*everything, = (7, 8)
print(everything)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
print([*range(3), *"ab"], (*[1], 2), {*(1, 2), 3})
print({**{"a": 1}, "b": 2, **{"a": 3}})
