values = [0, 7, -7, 1234567, 3.5, -0.25, 1e-7, 12345.678, True, "text"]
specs = ["", "10", "<10", ">10", "^10", "+", "-", " ", "010", ",", "_", ".3", "e", "f", "g", "%", "x", "b", "o", "c", "d", "s", "n", "#x", "=+10", "*>10", ".2f", ",.2f"]
for v in values:
    out = []
    for spec in specs:
        try:
            out.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            out.append("!" + type(e).__name__)
    print(repr(v), out)
print(format(1.0, ".0e"), format(0.0, "e"), format(-1e-10, ".2g"), format(1e16, "g"), format(1e16, ".17g"))
print(format(123.456, ".5"), format(123.456, ".2"), format(0.0000123, ".3"), format(1.0, ".3"), format(100.0, ".3"))
print(format(float("inf"), "010.2f"), format(float("nan"), "+"), format(-float("inf"), "e"))
print(format(12, "#b"), format(12, "#o"), format(-12, "#X"), format(2 ** 70, "_x"), format(2 ** 70, ","))
print(format(65, "c"), format(0x1F600, "c"), format("abc", "^7.2"), format(None, ""), format([1, 2], ""))
try:
    format(None, "d")
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, "z")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.0, ",_")
except ValueError as e:
    print("ValueError:", e)
