records = [3, 1, "two"]
print(sorted(records[:2]))
print(sorted(records))
