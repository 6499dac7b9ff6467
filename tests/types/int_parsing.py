cases = [
    ("42",), (" -17 ",), ("+5",), ("1_000",), ("0",), ("00",), ("007",),
    ("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("101", 2),
    ("z", 36), ("Z", 36), ("10", 36), ("0b1_0", 0), ("  0x_1F  ", 0), ("٣", ), ("1e3",), ("1.5",),
    ("", ), ("   ",), ("0x", 16), ("12", 2), ("08", 0), ("1__0",), ("_1",), ("1_",), ("0 1",), ("abc", 37),
    ("1", 1), ("++1",), ("-0",), ("\u0661\u0662",), ("ⅷ",),
]
for args in cases:
    try:
        print(repr(args), "->", int(*args))
    except (ValueError, TypeError) as e:
        print(repr(args), "->", type(e).__name__ + ":", e)
print(int(3.99), int(-3.99), int(True), int(1e20), int(-0.5), int())
print(int(b"12"), int(bytearray(b" 7 ")), int("10", base=8))
for bad in [float("inf"), float("nan"), None, [1], "1" * 2 if False else 2j if False else object()]:
    try:
        print(int(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
class Index:
    def __index__(self):
        return 9
print(int(Index()))
