a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b, a - b, a * b)
print(a // b, a % b, b // 12345, b % 12345)
print(-a // 7, -a % 7, a // -7, a % -7)
print(divmod(b, a), divmod(-b, a))
print(a ** 3)
print(pow(b, 65537, 2 ** 127 - 1))
print(pow(3, -1, 2 ** 61 - 1))
print(a == 2 ** 200, a < b, a > -b, a == float(a), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(a / b, b / a, 10 ** 400 // 10 ** 399)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
fact = 1
for i in range(1, 51):
    fact *= i
print(fact)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
print(-(2 ** 100), abs(-(2 ** 100)), -(-(2 ** 64)))
print((2 ** 100).bit_length(), (2 ** 100 - 1).bit_count())
print(int("9" * 50) + 1)
x = 1
for _ in range(100):
    x = x * 31 + 7
print(x)
print(x % 1000000007, x >> 400, x & 0xFFFFFFFF)
print(str(2 ** 64), repr(-(2 ** 64)), hex(2 ** 64), oct(2 ** 64), bin(2 ** 20))
print(int.from_bytes(b"\x01\x00\x00\x00\x00\x00\x00\x00\x00", "big"), (2 ** 72).to_bytes(10, "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(12345678901234567890 * 98765432109876543210)
print((10 ** 20 + 5) // (10 ** 10 + 3), (10 ** 20 + 5) % (10 ** 10 + 3))
