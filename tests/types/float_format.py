x = 1234.56789
for spec in ["", "f", ".0f", ".1f", ".3f", "10.2f", "<10.2f", "^10.2f", "+.2f", " .2f", "010.2f",
             "e", ".2e", "E", "g", ".3g", ".10g", "G", "%", ".1%", ",", ",.2f", "_.2f", "n", "#.0f", "#g", ".0e", "=+12.3f"]:
    print(repr(spec), format(x, spec), format(-x, spec))
for v in [0.0, -0.0, 1e-10, 1e20, 1.5, 2.5, 0.125, 100.0, float("inf"), float("-inf"), float("nan"), 1e16, 123456789.0]:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".2f"), format(v, "e"), format(v, ".3"), str(v))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e300, ".2f")[:20], len(format(1e300, "f")))
print(format(-0.0, "+.1f"), format(0.0001, "g"), format(0.00001, "g"), format(123456, "g"), format(1234567, "g"))
print(format(3.0, ".0%"), format(0.001, ".2%"), format(12.0, "z.1f") if False else "no z")
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError:", e)
print("%.3f %e %g %10.4f|%-10.2e|" % (x, x, x, x, x))
print("%s %r" % (0.1, 0.1), str(1e-5), str(1e-4), str(1e16), str(1e15))
