scores = {}
print(max(scores.values(), default=0))
best = max(scores.values())
