import gc
gc.disable()

class C:
    pass

class S:
    __slots__ = ()

def f():
    pass

values = [
    ("int", 1), ("big int", 2 ** 100), ("float", 1.5), ("str", "text"), ("bytes", b"x"), ("None", None), ("bool", True),
    ("empty tuple", ()), ("list", []), ("empty dict", {}), ("dict of atoms", {"a": 1}), ("dict with list", {"a": []}),
    ("set", set()), ("frozenset", frozenset()), ("instance", C()), ("slotted instance", S()), ("class", C), ("function", f),
    ("bytearray", bytearray()), ("range", range(3)),
]
for name, v in values:
    print(name, gc.is_tracked(v))

t = tuple([1, 2])
print("fresh tuple of ints:", gc.is_tracked(t))
gc.collect()
print("after a collection:", gc.is_tracked(t))
t2 = tuple([[], 1])
gc.collect()
print("tuple holding a list after collection:", gc.is_tracked(t2))
d = {}
print("empty dict:", gc.is_tracked(d))
d["k"] = 1
print("after storing an int:", gc.is_tracked(d))
d["l"] = []
print("after storing a list:", gc.is_tracked(d))
