pairs = [(1, 1.0), (1, True), (0, False), (1, "1"), ([1], (1,)), ("a", b"a"), (None, 0), (1.5, 3 / 2), (2 ** 64, 2.0 ** 64),
         ({1}, frozenset({1})), ({}, []), (range(2), [0, 1]), (b"a", bytearray(b"a"))]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b)
for expr in ["1 < 'a'", "'a' < 1", "[] < ()", "None < None", "{} < {}", "1 < None", "'a' >= b'a'", "[1] > (1,)",
             "1.5 <= 'x'", "object() < object()", "{1} < [1]", "(1,) < [1]", "3 < 2j" if False else "3 > [2]"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)
print(1 < 1.5 < 2, True < 2, -1 < False, 2 ** 100 > 1e30, 2 ** 1000 > 1e308, 2 ** 1000 < float("inf"))
print(float("nan") < 1, float("nan") > 1, [float("nan")] < [1], (1, float("nan")) == (1, float("nan")))
print([1, 2] < [1, 2, 3], "abc" < "abcd", (1, 2) > (1,), [3] > [2, 9], "Z" < "a", "a" < "aa")
print(max(1, 2.5, True), min([3, 2.0, 5]), sorted([3, 1.5, True, 0]))
