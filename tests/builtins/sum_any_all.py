print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum([True, True]), sum((1,), start=5))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([2 ** 64, 2 ** 64]), sum([1e308, 1e308]), sum([-0.0]), sum([], -0.0))
print(sum([0.1] * 10), sum(x / 10 for x in range(10)), sum(map(int, "12345")))
for bad in ["sum(['a', 'b'], '')", "sum([b'a'], b'')", "sum([bytearray(b'a')], bytearray())", "sum(['a'])", "sum(5)", "sum([[1]])"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "-> TypeError:", e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0, 1]), any(x > 2 for x in [1, 5]))
def g():
    for i in range(10):
        print("yield", i)
        yield i
print(any(x == 2 for x in g()))
print(all(x < 1 for x in g()))
print(any("abc"), all(""), any({0: 1}), all({1: 0}), any(iter([0, 0, 3])))
try:
    any(5)
except TypeError as e:
    print("TypeError:", e)
