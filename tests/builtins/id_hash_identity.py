# id() values are implementation details; only their relations are printed.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, type(id(a)).__name__, id(a) > 0 if id(a) else "zero")
x = None
print(x is None, id(None) == id(x), id(True) == id(True))
def f():
    pass
print(id(f) == id(f), hash(f) == hash(f))
print(hash(1), hash(-1), hash(10 ** 20), hash(0.5), hash(True), hash(None) == hash(None), hash("s") == hash("s"))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
t = (1, 2)
print(hash(t) == hash((1, 2)), hash(frozenset({1})) == hash(frozenset({1})))
