data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
values = []
it = iter([3, 2, 1, 0, 9])
while (v := next(it)) != 0:
    values.append(v)
print(values)
print([y for x in data if (y := x * 2) > 10])
print(y)  # the comprehension leaks the walrus target to the enclosing scope
def f():
    [last := i for i in range(5)]
    return last
print(f())
print((a := 5, a + 1))
total = 0
print([total := total + x for x in [1, 2, 3]], total)
def g(x):
    return (z := x + 1) * z
print(g(3))
print(any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]), hit)
