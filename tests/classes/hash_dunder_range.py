# What hash(x) makes of the int x.__hash__() returns: an int that fits a hash is
# used as it is (so x.__hash__() returning hash(y) makes x and y collide, and an
# __eq__ between them is then consulted, and its exception propagates); a larger
# one is hashed as an int; -1 becomes -2.
class K:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h

for h in (0, 5, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, -2**63, 2**63, 2**64 + 5, -2**64, True):
    print(h, hash(K(h)))

for s in ("c", "hello", "", "é", "a" * 100):
    print(repr(s), hash(K(hash(s))) == hash(s), hash(K(hash((s, 1)))) == hash((s, 1)))

class Boom:
    def __init__(self, like):
        self.like = like
    def __hash__(self):
        return hash(self.like)
    def __eq__(self, other):
        raise ValueError("eq boom")

for key in ("c", 12345678901234567, 2.5, ("t", 1)):
    d = {key: 1}
    s = {key}
    for what, op in (("d[k]", lambda k: d[k]), ("d.get", lambda k: d.get(k)), ("in d", lambda k: k in d),
                     ("d[k] = 2", lambda k: d.__setitem__(k, 2)), ("in s", lambda k: k in s), ("s.add", lambda k: s.add(k))):
        try:
            print(repr(key), what, op(Boom(key)))
        except ValueError as e:
            print(repr(key), what, "ValueError", e)
