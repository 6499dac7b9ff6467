print(1 + 1.0, 1 * 2.5, 3 - True, 2 ** 0.5, 7 // 2.0, 7 % 2.5, True + 0.5, 10 / 4, 10 // 4)
print(type(1 + 1.0).__name__, type(True + True).__name__, type(2 ** -1).__name__, type(4 ** 0.5).__name__, type(7 // 2.0).__name__)
print(1 == 1.0 == True, 0.1 + 0.2 == 0.3, abs(-2.5), abs(-3), abs(True), abs(-0.0))
print(int(2.999), int(-2.999), float(7), 7 / 1, 2 ** 63 + 0.0, 10 ** 16 + 1.0)
print(max(1, 2.0), max(2.0, 1), max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(sum([1, 2.0, True]), sum([0.1] * 3), sum([], 0.0), sum([[1], [2]], []), sum(range(5), 10))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(divmod(7, 2.0), divmod(-7, 2.0), pow(2, 0.5), pow(2.0, 3), pow(-8, 1 / 3) if False else "skip")
print(2 ** 1023 * 2.0, 2.0 ** 1023 * 2 if False else 2.0 ** 1023, 1e308 + 1e308)
print(int(1e15) == 10 ** 15, int(1e23), 10 ** 23 == 1e23, 10 ** 22 == 1e22)
print(3 * "ab", "ab" * True, [0] * False, (1, 2) * 2)
