# exp and exp2, and erf, erfc, sinh and cosh that glibc computes through exp, bit for bit
# as glibc 2.36 does on this machine (its exp is not correctly rounded: about one
# result in two thousand is one bit off the exact value, and CPython shows that
# bit): a checksum over the exact mantissas and exponents, including arguments
# whose results are subnormal or near overflow.
import math, random

random.seed(77)
total = count = 0
for i in range(30000):
    r = random.random()
    if r < 0.4:
        x = random.uniform(-745.5, 709.7)
    elif r < 0.7:
        x = random.uniform(-20, 20)
    else:
        x = random.uniform(-1, 1) * 10.0 ** random.randint(-20, 0)
    for f in (math.exp, math.exp2, math.erf, math.erfc, math.sinh, math.cosh):
        try:
            v = f(x)
        except OverflowError:
            total = (total * 7 + 1) % (2 ** 61 - 1)
            continue
        m, e = math.frexp(v)
        total = (total * 31 + int(m * 2 ** 53) * 4099 + e) % (2 ** 61 - 1)
        count += 1
print(count, total)
for x in (0.0, -0.0, 1.0, -1.0, 0.5, 709.782712893384, 709.79, -708.4, -745.13, -745.2, -1000.0, 1e-300, 2.0 ** -54, 512.0, 1024.0, -1075.0, -1075.5, 1023.9999, float("inf"), float("-inf")):
    try:
        print(repr(x), math.exp(x).hex(), math.exp2(x).hex())
    except OverflowError as e:
        print(repr(x), "OverflowError", e)
