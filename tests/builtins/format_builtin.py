print(format(42), format(42, "d"), format(42, "5"), format(42, "<5") + "|", format(3.14159, ".2f"), format("s", ">3"))
print(format(1e6, ","), format(1e6, ",.0f"), format(0.5, "%"), format(255, "x"), format(255, "#b"), format(True), format(None))
print(format([1, 2]), format((1,)), format({"a": 1}), format(b"x"), format(range(2)))
class F:
    def __format__(self, spec):
        return f"<{spec or 'empty'}>"
print(format(F()), format(F(), "abc"), f"{F():xyz}", "{:q}".format(F()))
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad())
except TypeError as e:
    print("TypeError:", e)
for bad in [(1, "q"), ("s", "d"), (1.0, "d"), ([], "x"), (1, 5)]:
    try:
        print(format(*bad))
    except (ValueError, TypeError) as e:
        print(repr(bad), "->", type(e).__name__ + ":", e)
