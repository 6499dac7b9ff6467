import gc
import weakref
gc.disable()

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"

cache = weakref.WeakValueDictionary()
a, b, c = Obj("a"), Obj("b"), Obj("c")
cache["a"] = a
cache["b"] = b
cache["c"] = c
print(len(cache), sorted(cache.keys()), cache["a"])
del b
print(len(cache), sorted(cache.keys()), "b" in cache)
print(cache.get("b"), cache.get("b", "default"))
try:
    cache["b"]
except KeyError as e:
    print("KeyError:", e)
c = None
print(sorted(cache.keys()))
x = cache.pop("a")
print(x, len(cache))
del a, x
print(len(cache))
cache["tmp"] = Obj("temporary")
print(len(cache), list(cache.items()))
keep = Obj("kept")
cache.setdefault("k", keep)
print(list(cache.values()))
del keep
print(dict(cache))
