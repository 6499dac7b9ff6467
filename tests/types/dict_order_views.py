d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = ord(k)
print(list(d))
d["a"] = 0
print(list(d))
del d["z"]
d["z"] = 1
print(list(d))
keys = d.keys()
vals = d.values()
items = d.items()
print(keys, vals, items)
d["new"] = 5
print(len(keys), list(keys), "new" in keys, 5 in vals, ("new", 5) in items)
print(keys & {"a", "q"}, sorted(keys | {"q"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "q"}))
print(items & {("a", 0)}, type(keys).__name__, type(vals).__name__, type(items).__name__)
print(keys == {"m", "b", "a", "z", "new"}, vals == vals, list(reversed(keys)))
try:
    for k in d:
        d["added " + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
e = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del e[i]
e[0] = "re-added"
print(e)
print(list(zip(d.keys(), d.values())) == list(d.items()))
it = iter({"a": 1, "b": 2}.items())
print(next(it), next(it))
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
print(keys.isdisjoint({"none"}), vals.mapping is d if hasattr(vals, "mapping") else "no mapping")
