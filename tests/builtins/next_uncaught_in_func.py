def first(items):
    return next(iter(items))

print(first([9, 8]))
print(first([]))
