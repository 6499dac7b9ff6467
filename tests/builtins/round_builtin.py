print([round(x) for x in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 0.4999, 0.5001]])
print(round(3.14159, 2), round(3.14159, 0), round(3.14159, -1), round(2.675, 2), round(0.125, 2), round(0.135, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(1234, 2), round(5, -1), round(15, -1))
print(round(10 ** 20 + 5, -1), round(-(10 ** 20) - 5, -1), round(2 ** 70, -20))
print(type(round(1.5)).__name__, type(round(1.5, None)).__name__, type(round(1.5, 0)).__name__, type(round(5, 1)).__name__)
print(round(float("inf"), 2), round(float("nan"), 2), round(-0.0), round(-0.0, 1), round(1e308, -308))
print(round(0.1 + 0.2, 15), round(1 / 3, 5), round(2 / 3, 10), round(1e-10, 9))
for bad in [(float("inf"),), (float("nan"),), ("1",), (1.5, "2"), (1.5, 1.0)]:
    try:
        print(round(*bad))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
