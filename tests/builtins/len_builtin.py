print(len(""), len("abc"), len("😀"), len(b"ab"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(10)), len(range(0, 10, 3)), len(bytearray(5)), len(frozenset()))
print(len({}.keys()), len({"a": 1}.items()), len(range(-5)), len("\r\n"), len([[]]), len(dict(a=1, b=2).values()))
for bad in [5, 1.5, None, iter([]), (x for x in []), len, object()]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
