values = [1.5, 2.0, 0.0]
for v in values:
    print(10.0 / v)
