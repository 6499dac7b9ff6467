def average(values):
    return sum(values) / len(values)

print(average([1.5, 2.5]))
print(average([]))
