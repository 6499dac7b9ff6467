d = {}
d[1] = "int"
d[1.0] = "float overwrites int key"
d[True] = "bool overwrites too"
print(d)
d[(1, 2)] = "tuple"
d[frozenset([1])] = "frozenset"
d[None] = "none"
d["1"] = "str"
d[b"1"] = "bytes"
d[range(1)] = "range"
d[2 ** 100] = "big"
d[-0.0] = "neg zero"
print(len(d), d[0], d[1], d[(1, 2)], d[frozenset({1})], d[None], d["1"], d[b"1"], d[range(0, 1)], d[2 ** 100])
print(float("nan") in {float("nan"): 1}, {float("nan"): 1, float("nan"): 2}.__len__())
nan = float("nan")
dn = {nan: "same object"}
print(dn[nan])
for bad in [[1], {1: 2}, {1}, bytearray(b"x"), ([1],)]:
    try:
        d[bad] = 1
    except TypeError as e:
        print("TypeError:", e)
class K:
    pass
k1, k2 = K(), K()
dk = {k1: "k1", k2: "k2"}
print(dk[k1], dk[k2], len(dk))
print({1: "a", 2: "b"}.keys() == {2, 1}, dict.fromkeys(range(3)).keys() - {1})
