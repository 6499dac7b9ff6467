# x ** y for floats: the special cases of float_pow, the exponents with shortcuts,
# overflow and underflow. Negative bases with fractional exponents (complex results
# in CPython) are left out. Not here: random pairs. pyheap's pow is correctly
# rounded; glibc's, which CPython calls, misrounds about 1 result in 1000 that lies
# very close to halfway between two floats (19.289572122335542 ** 3.5, even some
# x ** 2 and x ** 0.5), so those differ in the last digit.
specials = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 1e308, 1e-308, 5e-324,
            float("inf"), float("-inf"), float("nan"), 3.7, -3.7, 10.0, 1e-5]
exponents = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -0.5, 1.5, 3.0, 2.5, 400.0, -400.0,
             1e10, float("inf"), float("-inf"), float("nan"), 0.3, 7, -3, 2]
for x in specials:
    row = []
    for y in exponents:
        if x < 0 and y == y and y not in (float("inf"), float("-inf")) and y != int(y):
            continue
        try:
            row.append(repr(x ** y))
        except (OverflowError, ZeroDivisionError, ValueError) as e:
            row.append(f"{type(e).__name__}({e})")
    print(repr(x), " ".join(row))

# In-place, small-int operands, and a float subclass (which takes the slow path).
v = 9.0
v **= 0.5
print(v, 2 ** 0.5, 2.0 ** 3, 4 ** -0.5)
class F(float):
    pass
print(F(2.0) ** 0.5, type(F(2.0) ** 0.5).__name__)
