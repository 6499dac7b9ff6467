import math
s = 0.0
for i in range(1, 600000):
    x = i * 0.001
    s += math.sqrt(x) + math.sin(x) * math.cos(x) - math.log(x + 1) + abs(-x) ** 0.5
print("checksum:", round(s, 3))
