# expm1, log1p and the functions built on them (tanh, atanh, asinh near 0,
# sinh below 22), bit for bit as glibc computes them: a checksum over the exact
# mantissas and exponents of results for arguments spread over many magnitudes.
# glibc on x86-64 with FMA (this expectation's machine) runs a build whose fused
# operations differ from the baseline build's in about one result in a thousand.
import math, random

random.seed(2026)

def arg():
    r = random.random()
    if r < 0.3:
        return random.uniform(-1, 1) * 10.0 ** random.randint(-30, 0)
    if r < 0.6:
        return random.uniform(-40, 40)
    return random.uniform(-0.99, 3)

total = 0
count = 0
for i in range(40000):
    x = arg()
    for f in (math.expm1, math.log1p, math.tanh, math.atanh, math.sinh):
        if f is math.sinh and abs(x) >= 22:
            continue  # sinh is exp's there, not expm1's
        try:
            v = f(x)
        except (ValueError, OverflowError) as e:
            total = (total * 7 + len(type(e).__name__)) % (2 ** 61 - 1)
            continue
        m, e = math.frexp(v)
        total = (total * 31 + int(m * 2 ** 53) * 4099 + e) % (2 ** 61 - 1)
        count += 1
print(count, total)
for x in (0.0, -0.0, 1e-300, -1e-300, 5e-324, 1e-10, -0.5, -0.999999, 0.41421, 0.41423, -0.29289, -0.29290, 2 ** 53, 700.0, 709.78, -745.0, -40.0, float("inf"), float("-inf")):
    row = []
    for f in (math.expm1, math.log1p):
        try:
            row.append(f(x).hex())
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(repr(x), *row)
