for n in [0, 1, 7, -7, 255, 2 ** 64, -(2 ** 64)]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"), (0).to_bytes(0, "big"))
print((-129).to_bytes(2, "big", signed=True), (127).to_bytes(1, "big", signed=True), (5).to_bytes())
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes([1, 2], "big"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(b"\xff" * 9, "little", signed=True))
for bad in ["(128).to_bytes(1, 'big', signed=True)", "(-1).to_bytes(1, 'big')", "(1).to_bytes(1, 'middle')", "(1).to_bytes(-1, 'big')"]:
    try:
        print(eval(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(int.__index__(5), (5).__bool__(), (0).__bool__(), (5).__neg__(), (5).__invert__(), (-5).__abs__(), (5).__trunc__(), (5).__round__(-1))
print((7).__floor__(), (7).__ceil__(), (17).__divmod__(5), (2).__pow__(10), (2).__pow__(10, 1000), (3).__rpow__(2))
print(int.__mro__, issubclass(bool, int), int.__name__, type(int.__dict__["bit_length"]).__name__)
