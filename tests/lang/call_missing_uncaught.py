def f(x, y):
    return x * y

print(f(2, 3))
f(2)
