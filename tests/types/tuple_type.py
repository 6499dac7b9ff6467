t = (3, 1, 4, 1, 5)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t + (9,), t * 2, 4 in t, t.count(1), t.index(4), t.index(1, 2))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}), type((1)).__name__, type((1,)).__name__)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"), () < (0,), (1, 2) == [1, 2])
a, b = t[:2]
print(a, b, sorted(t), min(t), max(t), sum(t))
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    t + [1]
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested, hash((1, (2, 3))) == hash((1, (2, 3))))
print(repr((1,)), repr(((),)), str((None, "s")), (1, 2).__add__((3,)), tuple.__len__((1,)))
print(t.__getitem__(slice(1, None, 2)), list(reversed(t)), t == tuple(list(t)))
print(divmod(7, 2), type(divmod(7, 2)).__name__, (1, 2, 3)[5:], (1,) * 0)
