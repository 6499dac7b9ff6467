# Integer modulo by zero at module level, inside a larger expression.
x = 7
y = 0
print("x =", x)
total = x + 3 * (x % y) - 1
