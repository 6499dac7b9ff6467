d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "b" in d, 2 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("z", "default"), d)
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d)
print(d.popitem(), d.popitem(), d)
e = d.copy()
e["a"] = "changed"
print(d["a"], e["a"])
e.clear()
print(e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([("k", "v")]), dict({"x": 1}, y=2), dict())
print(dict(zip("ab", range(2))), dict(((1, 2), (3, 4))))
for bad in ["{}['missing']", "{}.pop('x')", "{}.popitem()", "dict([1, 2])", "dict([(1, 2, 3)])", "{[1]: 2}", "{'a': 1}.update(5)"]:
    try:
        print(eval(bad))
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
m = {"x": 1, "y": 2} | {"y": 3, "z": 4}
print(m)
m |= {"w": 0}
print(m)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {} == {}, {1: 1} != {1: 2})
print(list(reversed({"p": 1, "q": 2})), list(reversed({"p": 1}.items())))
print(repr({}), repr({"s": 's', 1: [2], (3,): None}), str({1.5: True}))
fk = dict.fromkeys(["x", "y"], [])
fk["x"].append(1)
print(fk)
print(d.__contains__("a"), d.__getitem__("a"), d.__len__(), dict.get(d, "a"))
print({True: "bool", 1: "int", 1.0: "float"})
try:
    {}.get()
except TypeError as e:
    print("TypeError:", e)
dd = {"k": 1}
try:
    dd < dd
except TypeError as e:
    print("TypeError:", e)
