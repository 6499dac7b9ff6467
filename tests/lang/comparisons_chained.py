def v(x, log):
    log.append(x)
    return x

log = []
print(v(1, log) < v(2, log) < v(3, log), log)
log = []
print(v(3, log) < v(2, log) < v(1, log), log)
log = []
print(v(1, log) == v(1, log) != v(2, log), log)
x = 5
print(0 < x <= 5, 0 < x < 5, 1 < 3 > 2, 1 < 3 > 4)
print(1 == 1.0, "a" < "b" < "c", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print(1 in [1, 2] in [[1, 2]], 2 not in [1], None is None is not False)
a = [1]
b = a
print(a is b, a is not [1], a == [1])
print((1, "b") < (1, "c"), [1, [2, 3]] == [1, [2, 3]])
print("abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print(float("nan") == float("nan"), float("nan") != float("nan"))
print(3 < 4.5, 4.5 <= 4, True < 2, False == 0)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} == frozenset({1}))
try:
    print(1 < "1")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < None)
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", None == 0, [] == (), {} == [])
