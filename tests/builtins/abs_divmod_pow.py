print(abs(-3), abs(3), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-(2 ** 100)), abs(float("-inf")))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(0, 0), pow(2, 100), pow(4, 0.5))
print(pow(3, 200, 1000), pow(7, -1, 40), pow(-7, 3, 10), pow(5, 3, -7), pow(2, 10, 1), pow(12345678901234567890, 3, 987654321))
print(pow(base=2, exp=5), pow(2, exp=3, mod=5))
for args in [("a",), (1, "b"), (2, 3, 0), (2, -1, 4), (2.0, 3, 5), (1, 2, 3, 4), (0.0, -1)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
for args in [(1, 0), (1.0, 0.0), ("a", 1), (1, "a")]:
    try:
        print(divmod(*args))
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
class A:
    def __abs__(self):
        return "custom abs"
print(abs(A()))
