for x in [1.0, 0.1, -2.5, 1e100, 5e-324, 0.0, -0.0, 3.0]:
    print(repr(x), x.hex(), x.as_integer_ratio(), x.is_integer(), x.real, x.imag, x.conjugate())
for h in ["0x1p0", "0x1.8p1", "-0x1p-1074", "0x1.fffffffffffffp1023", "inf", "-nan", "0X1P+4", "0x.8p0", "1"]:
    print(h, repr(float.fromhex(h)))
try:
    float.fromhex("0x1p2000")
except OverflowError as e:
    print("OverflowError:", e)
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print(float.__getformat__("double"))
import sys
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.radix, sys.float_info.rounds)
