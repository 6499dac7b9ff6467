s = 0
for r in range(20):
    grid = {}
    for x in range(150):
        for y in range(150):
            grid[(x, y)] = x ^ y
    for x in range(1, 149):
        for y in range(1, 149):
            s += grid[(x - 1, y)] + grid[(x, y + 1)]
print("checksum:", s)
