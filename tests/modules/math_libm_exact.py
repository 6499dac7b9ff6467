# Full-precision reprs of libm-computed values, exactly as CPython on glibc prints them.
# (An implementation must produce the same correctly-rounded doubles.)
import math
print(math.sin(1.0), math.cos(1.0), math.tan(1.0))
print(math.exp(1.0), math.exp(0.5), math.log(10.0), math.log(2.0))
print(math.atan(1.0) * 4, math.sqrt(3.0), math.pow(10, 0.5))
print(2 ** 0.5, 10 ** 0.3, 1.1 ** 10)
