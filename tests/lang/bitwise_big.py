a = 2 ** 100 + 12345
b = 2 ** 70 - 1
print(a & b, a | b, a ^ b, ~a, -a & 0xFFFF, a >> 64, a << 3)
print(-1 >> 100, -(2 ** 100) >> 99, 1 << 200)
print((-5) & 3, (-5) | 3, (-5) ^ 3, -5 & -3)
print(bin(-10 & 0xFF), (255).bit_length(), (-256).bit_length(), (0).bit_length())
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(0x7FFFFFFFFFFFFFFF + 1, -0x8000000000000000 - 1)
print((2 ** 64) // 3, (2 ** 64) % 1000, -(2 ** 64) // 7, -(2 ** 64) % 7)
