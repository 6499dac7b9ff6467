# int(x) and float(x) of strs, bytes-likes, floats, big ints and objects with
# __int__, __float__, __index__: one-argument conversions taken straight to
# PyNumber_Long and PyNumber_Float (or a str's parse).
for v in ("12", " -7 ", "1_000", "0x10", "abc", "1.5", "  3.25e2 ", "nan", "-inf", "1_0.5", b"42", bytearray(b"17"), memoryview(b"9"), 3.99, -3.99, float("nan"), float("inf"), 10**30, True):
    for conv in (int, float):
        try:
            r = conv(v)
            print(repr(r), type(r).__name__, end=" | ")
        except Exception as e:
            print(type(e).__name__, e, end=" | ")
    print()
class N:
    def __int__(self): return 5
    def __float__(self): return 2.5
class X:
    def __index__(self): return 9
class T:
    def __trunc__(self): return 4
print(int(N()), float(N()), int(X()), float(X()))
try: float(T())
except TypeError as e: print(e)
try: int([])
except TypeError as e: print(e)
