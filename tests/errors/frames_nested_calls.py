def a(n):
    return b(n) + 1

def b(n):
    return c(n) * 2

def c(n):
    values = {"one": 1}
    return values[n]

print(a("one"))
print(a("two"))
