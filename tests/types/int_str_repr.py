for n in [0, 1, -1, 255, -255, 2 ** 31, -(2 ** 63), 10 ** 25]:
    print(str(n), repr(n), hex(n), oct(n), bin(n), format(n, ","), format(n, "_x"))
print(format(255, "#010x"), format(-255, "#x"), format(5, "+05d"), format(5, " d"), format(-5, "=6"))
print(format(1234567, ",d"), format(1234567, "_d"), format(123, "08,d"), format(0xabcdef, "_X"))
print(format(42, "c"), format(42, "e"), format(42, ".2f"), format(42, "%"), format(42, "g"), format(42, "n"))
print(format(10, "o"), format(10, "#o"), format(10, "#b"), format(10, "<6") + "|", format(10, "^6") + "|")
try:
    format(5, ".2d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, ",x")
except ValueError as e:
    print("ValueError:", e)
print(int.__repr__(7), (7).__str__(), (7).__format__("03"))
