class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k})"

d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d)
print(len({Key(1), Key(1), Key(2)}))

class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, {p: 1}[p])

class Inherit(Key):
    pass
print(hash(Inherit(5)) == hash(5), Inherit(5) == Key(5))

class EqChild(Key):
    def __eq__(self, o):
        return False
try:
    hash(EqChild(1))
except TypeError as e:
    print("TypeError:", e)

class HashMinusOne:
    def __hash__(self):
        return -1
print(hash(HashMinusOne()))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
for unh in ([], {}, set(), bytearray()):
    try:
        hash(unh)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, o):
        print("comparing", self.v, o.v)
        return self.v == o.v
s = {Collide(1)}
print(Collide(2) in s)
print(Collide(1) in s)
