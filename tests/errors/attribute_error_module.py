import math
print(math.pi)
print(math.tau)
math.sqroot(4)
