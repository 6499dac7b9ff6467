its = [iter([1, 2]), iter((1, 2)), iter("ab"), iter(b"ab"), iter({1: 2}), iter({1: 2}.values()), iter({1: 2}.items()),
       iter({7}), iter(range(2)), iter(bytearray(b"x")), reversed([1]), reversed("ab"), reversed(range(3)), enumerate([]), zip(), map(abs, []), filter(None, [])]
for it in its:
    print(type(it).__name__, iter(it) is it, list(it), list(it))
l = [1, 2, 3]
it = iter(l)
next(it)
l.append(4)
print(list(it))
l2 = [1, 2, 3]
it2 = iter(l2)
next(it2)
l2.clear()
print(list(it2))
d = {"a": 1}
di = iter(d)
d["b"] = 2
try:
    next(di)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1}
si = iter(s)
s.add(2)
try:
    next(si)
except RuntimeError as e:
    print("RuntimeError:", e)
import operator
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter(range(10))), operator.length_hint(reversed([1, 2])))
