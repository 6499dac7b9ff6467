print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)), list(enumerate([])))
print(list(enumerate(range(3), 2 ** 70)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])), list(zip("ab", "cd", "ef")))
print(dict(zip("abc", range(3))), list(zip(range(3), range(10, 13), range(20, 23))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3, 4], strict=True)))
def gen(name, n):
    for i in range(n):
        print("  gen", name, i)
        yield i
print(list(zip(gen("a", 3), gen("b", 2))))
for bad in ["enumerate(5)", "zip(1)", "enumerate([], 'x')", "zip([], bad=1)"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "-> TypeError:", e)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))))
