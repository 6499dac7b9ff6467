def find(items, key):
    for k, v in items:
        if k == key:
            return v

result = find([("a", "x")], "b")
print(result)
print(result.upper())
