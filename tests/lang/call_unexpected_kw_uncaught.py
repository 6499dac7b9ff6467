def f(x):
    return x

print(f(x=1))
f(1, z=2)
