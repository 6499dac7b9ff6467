cases = ["3.14", " -2.5 ", "1e10", "1E-3", "inf", "-Infinity", "nan", "NaN", "+nan", "1_000.5",
         ".5", "5.", "0x1p3", "1e", "", "abc", "1.2.3", "1__0.0", "infinity", "iNf", "  12  ", "1e400", "-1e400", "1e-400",
         "٣.٥", "0.1e1_0"]
for c in cases:
    try:
        print(repr(c), "->", repr(float(c)))
    except ValueError as e:
        print(repr(c), "->", "ValueError:", e)
print(float(), float(3), float(True), float(-0), float(2 ** 60), float(b"1.5"))
for bad in [None, [], "1,5"]:
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(float.fromhex("-0x1.fffffffffffffp+1023"), float.fromhex("0x0.0000000000001p-1022"))
