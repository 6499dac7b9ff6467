for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000001]:
    print(x, round(x), round(x, 0), round(x, 1))
for x in [2.675, 1.005, 0.125, 0.375, 1.25, 1.35, 1.45, 2.5e-5, 123.456, -123.456, 1e-20, 5e15 + 0.5]:
    print(x, [round(x, n) for n in (0, 1, 2, 3, 5)])
print(round(12345, -1), round(12355, -1), round(15, -1), round(25, -1), round(-25, -1), round(5, -1), round(123456789, -3))
print(round(1e300, -300), round(1.5e300, -300), round(123.456, -1), round(155.5, -1), round(0.5, 400), round(1e-300, 300))
print(round(7), round(7, 2), type(round(7, 2)).__name__, round(True), round(2 ** 100, -29))
print(round(-0.0), round(-0.4, 0), round(0.0, 3))
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    round("1")
except TypeError as e:
    print("TypeError:", e)
