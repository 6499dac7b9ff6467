print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray(), object().__class__.__name__)
print(int("7"), float("7"), str(7), bool(7), list("ab"), tuple([1]), dict(a=1), set("aa"), frozenset([1]), bytes([7]), bytearray(b"7"))
print(list(range(3)), list({1: 2}), tuple({3: 4}.items()), dict([(1, 2)]), set(range(3)), str(b"x", "ascii"), str(1.0), str([]))
print(type(int).__name__, int.__call__ is not None, callable(int), int("10", 2), int(" 5\n"), str(object) == repr(object))
for call in ["int('x')", "float('x')", "list(1)", "tuple(1)", "dict(1)", "set(1)", "bool(1, 2)", "str(1, 2)", "bytes('x')", "bytearray(-1)", "frozenset(1)", "list([], [])"]:
    try:
        print(eval(call))
    except (TypeError, ValueError) as e:
        print(call, "->", type(e).__name__ + ":", e)
