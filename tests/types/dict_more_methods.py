d = dict(a=1, b=2, c=3)
print(d.get("a"), d.get("a", 0), d.get("q", []), d.setdefault("d"), d)
print(sorted(d.items(), key=lambda kv: str(kv[1])), [k for k, v in d.items() if v])
print(d.pop("d"), len(d), dict(sorted(d.items(), reverse=True)))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
inverted = {v: k for k, v in counts.items()}
print(inverted)
print(dict(zip(["x", "y"], [1, 2, 3])), dict([(1, 1)] * 3), {**counts, "m": 100}["m"])
merged = {}
for part in [{"a": 1}, {"b": 2}, {"a": 3}]:
    merged.update(part)
print(merged, merged == {"b": 2, "a": 3}, list(merged) == ["a", "b"])
print(d.__class__, dict.__name__, type(d.keys()).__name__)
nested = {"l1": {"l2": {"l3": "deep"}}}
print(nested["l1"]["l2"]["l3"], nested.get("l1", {}).get("missing", "none"))
print(dict.fromkeys("aab"), len(dict.fromkeys(range(100))))
