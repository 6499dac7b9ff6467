r = range(0, 10, 2)
print(list(r), r[4])
print(r[5])
