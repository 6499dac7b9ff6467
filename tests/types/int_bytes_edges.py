# int.to_bytes and int.from_bytes across the 64-bit fast path's edges and past them,
# every length, byte order and signedness; errors as CPython's.
import itertools
res = []
for v in (0, 1, -1, 127, 128, -128, -129, 255, 256, 2**31, -2**31, 2**63 - 1, -2**63, 2**63, 2**64 - 1, 2**64, -2**64, 12345678901234567890):
    for length in (0, 1, 2, 4, 8, 9):
        for order in ("big", "little"):
            for signed in (False, True):
                try:
                    b = v.to_bytes(length, order, signed=signed)
                    back = int.from_bytes(b, order, signed=signed)
                    res.append((v, length, order, signed, b.hex(), back))
                except OverflowError as e:
                    res.append((v, length, order, signed, str(e)))
for data in (b"", b"\x80", b"\xff" * 8, b"\x7f" + b"\xff" * 7, b"\x80" + b"\x00" * 7, b"\x01" * 9, bytearray(b"\xfe\x01")):
    for order in ("big", "little"):
        for signed in (False, True):
            res.append((data, order, signed, int.from_bytes(data, order, signed=signed)))
class MyInt(int): pass
res.append(type(MyInt.from_bytes(b"\x01", "big")).__name__)
res.append((5).to_bytes(2, byteorder="little"))
res.append(int.from_bytes(bytes=b"\x01\x02", byteorder="big"))
for bad in [lambda: (5).to_bytes(2, "middle"), lambda: (5).to_bytes(-1, "big"), lambda: (5).to_bytes(2, "big", bogus=1), lambda: int.from_bytes(b"", "big", 1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        res.append((type(e).__name__, str(e)))
for r in res:
    print(r)
