print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(abs, [-1, -2])), list(map(len, ["a", "bb"])))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1], [2], [3])), list(map(int, "1 2 3".split())))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(lambda x: x > 1, iter([1, 2, 3]))
print(next(f), list(f))
def noisy(x):
    print("called with", x)
    return x
lazy = map(noisy, [1, 2])
print("map created")
print(list(lazy))
for bad in ["list(map(1, [1]))", "map(str)", "filter(None)", "filter(None, 5)", "list(map(lambda x: x, 5))"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "-> TypeError:", e)
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
print(sum(map(lambda x: x ** 2, filter(lambda x: x % 3 == 0, range(20)))))
