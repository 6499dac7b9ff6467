for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (1, 7)]:
    print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** 0, 0 ** 5, (-3) ** 3, (-3) ** 4, 10 ** -2, (-2) ** -3, 0 ** 0)
print(pow(3, 4, 5), pow(-3, 3, 7), pow(2, -1, 7), pow(3, 0, 1))
print(abs(-5), abs(5), -0, int(-0.0))
print(17 // 5 * 5 + 17 % 5 == 17, -17 // 5 * 5 + -17 % 5 == -17)
print(True + 1, True * 3, False - 1, True / 2, True // 1)
print((5).__floordiv__(2), (5).__truediv__(2), (5).__mod__(-3))
print(int.__add__(1, 2), (3).real, (3).imag, (3).numerator, (3).denominator, (3).conjugate())
print((10).bit_length(), (10).bit_count(), (-10).bit_count(), (12).as_integer_ratio())
for expr in ["1 // 0", "1 % 0", "divmod(1, 0)", "0 ** -1", "pow(2, -1, 4)", "pow(2, 3, 0)", "1 / 0"]:
    try:
        print(eval(expr))
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(7 / 7, type(7 / 7).__name__, 2 ** 62 / 2, 10 ** 30 / 10 ** 10)
print(1 / 3, 2 / 3, 10 / 4, -1 / 2)
print(10 ** 17 // 3, 10 ** 17 / 3, (10 ** 17 + 1) / 1)
