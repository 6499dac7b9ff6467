s = 0
f = 1
for i in range(1, 1500):
    f *= i
s += len(str(f))
x = 3 ** 20000 + 7
for i in range(600):
    s += (x % (10**9 + i)) + (x // (7**500 + i)) % 1000
    s += int(str(i * 12345678901234567890)) % 97
    s += (x >> (i % 300)) % 1009 + (x * (i + 1)) % 997
print("checksum:", s % 1000000007)
