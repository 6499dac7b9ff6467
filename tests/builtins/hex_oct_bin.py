for n in [0, 1, -1, 10, 255, -255, 2 ** 64, -(2 ** 64) + 1, True]:
    print(n, hex(n), oct(n), bin(n))
class I:
    def __index__(self):
        return 42
print(hex(I()), oct(I()), bin(I()))
for bad in ["hex(1.5)", "oct('8')", "bin(None)", "hex()"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "-> TypeError:", e)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), (255).__format__("x"), f"{255:#06x}")
