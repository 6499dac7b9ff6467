print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.0 // -2, 7.0 % -2, -7.5 % 2.5)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1e300, 1e-300) if False else divmod(5.0, 0.3))
print(0.0 == -0.0, str(-0.0), -0.0 + 0.0, 0.0 * -1, abs(-0.0), -(0.0))
print(1e308 * 10, -1e308 * 10, float("inf") - float("inf"), float("inf") * 0, float("inf") / float("inf"))
inf = float("inf")
nan = float("nan")
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1, inf + 1)
print(1.0 % inf, -1.0 % inf, inf % 2 if False else "skip", 5 // inf, -5 // inf)
for expr in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "0.0 ** -1", "10.0 ** 400",
             "1 / 0.0", "inf % 0.0" if False else "5 % 0.0"]:
    try:
        print(expr, "=", eval(expr))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
print(2.5 ** 2, (-2.5) ** 2, 4 ** 0.5, (-4) ** 0.5 if False else "skip complex", 2 ** -2)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1.005, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(-0.4), round(1e300), round(5.5, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(nan)
except ValueError as e:
    print("ValueError:", e)
import math
print(math.trunc(-3.7), math.floor(-3.7), math.ceil(-3.2), int(-3.7))
print(3.0 == 3, 3.5 > 3, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 10 ** 400 > 1e308, -(10 ** 400) < -inf)
print(0.1 + 0.1 + 0.1 - 0.3, sum([0.1] * 10), math.fsum([0.1] * 10))
print(1.5 .__floordiv__(0.5), (2.0).__rtruediv__(1), float.__mod__(-1.0, 3))
print(3 * 1.1, 1.1 * 3, 100 * 1.1, 0.1 ** 2, 1 - 1e-16, 1 + 2 ** -52)
