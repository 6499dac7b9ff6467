s = 0
for i in range(300000):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        s += 1
    except ValueError as e:
        s += e.args[0] % 5
    try:
        d = {}[i]
    except KeyError:
        s += 1
print("checksum:", s)
