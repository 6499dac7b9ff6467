s = 0
base = {"k%d" % i: i for i in range(200)}
for r in range(4000):
    d = dict(base)
    d.update({"x": 1, "y": 2})
    s += sum(d.values()) + len(list(d.keys())) + len(d.items())
    s += d.get("k5", 0) + d.pop("k7") + len(d.copy())
    d2 = {**d, "z": 3}
    s += ("z" in d2) + len(sorted(d2)[:3])
    for k in list(d)[:50]:
        del d[k]
    s += len(d)
print("checksum:", s)
