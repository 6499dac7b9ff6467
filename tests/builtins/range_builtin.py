print(list(range(5)), list(range(1, 5)), list(range(0, 20, 5)), list(range(5, 0, -1)), list(range(0)), list(range(-2, 2)))
print(range(5)[2], range(5)[-1], range(5)[1:3], range(0, 100, 10)[::-2], len(range(3, 30, 4)))
r = range(1, 1000000000000, 3)
print(len(r), r[10 ** 10], 10 ** 9 + 1 in r, r.index(301), r[-1])
for i in range(3):
    print("i =", i)
