f = frozenset([1, 2, 3])
g = frozenset({3, 4})
print(f, g, f | g, f & g, f - g, f ^ g, len(f), 2 in f)
print(f.union([5]), f.intersection({1, 9}), f.difference([1]), f.symmetric_difference({1, 7}), f.copy() is f)
print(f.issubset({1, 2, 3, 4}), f.issuperset({1}), f.isdisjoint(g), f < frozenset(range(5)))
print(frozenset(), repr(frozenset()), frozenset("aa") == {"a"}, frozenset([1]) == {1})
d = {f: "frozen key"}
print(d[frozenset([3, 2, 1])], {frozenset(): 0}, hash(frozenset()) == hash(frozenset([])))
s = {frozenset([1]), frozenset([1])}
print(len(s))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
print(type(f | {9}).__name__, type({9} | f).__name__, type(f.union()).__name__)
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(frozenset([1, 2]) in nested, len(nested))
print(frozenset(range(3)), sorted(frozenset(range(5, 0, -1))))
