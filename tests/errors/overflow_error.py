import math
print(2.0 ** 100)
try:
    math.exp(1000)
except OverflowError as e:
    print("caught:", e)
print(10.0 ** 400)
