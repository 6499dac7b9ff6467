import gc
import weakref
gc.disable()

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Key({self.name})"

meta = weakref.WeakKeyDictionary()
k1, k2 = Key("k1"), Key("k2")
meta[k1] = "data 1"
meta[k2] = "data 2"
print(len(meta), meta[k1], k2 in meta)
del k1
print(len(meta), list(meta.values()))
try:
    meta[1] = "int keys cannot be weakly referenced"
except TypeError as e:
    print("TypeError:", e)

ws = weakref.WeakSet()
items = [Key(i) for i in range(4)]
for it in items:
    ws.add(it)
print(len(ws), items[0] in ws)
del items[1:3]
print(len(ws), sorted(k.name for k in ws))
items.clear()
print(len(ws), list(ws))
s2 = weakref.WeakSet([Key("temp")])
print(len(s2))
