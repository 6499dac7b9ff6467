# memoryview over random data, formats, slices and writes (a differential check).
import random
random.seed(3)
fmts = "BbchHiIlLqQnNfd?P"
out = []
def rec(f):
    try:
        out.append(repr(f()))
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
for n in range(300):
    data = bytearray(random.randrange(256) for _ in range(random.choice([0, 1, 8, 16, 24])))
    f = random.choice(fmts)
    def mk():
        return memoryview(data).cast(f)
    try:
        m = mk()
    except Exception as e:
        out.append("cast " + type(e).__name__ + ": " + str(e)); continue
    a, b, c = (random.choice([None, -3, -1, 0, 1, 2, 5]) for _ in range(3))
    if c == 0: c = None
    s = m[a:b:c]
    rec(lambda: s.tolist())
    rec(lambda: (s.nbytes, s.strides, s.contiguous, len(s), s.format, s.itemsize))
    rec(lambda: s.tobytes())
    rec(lambda: s == m[a:b:c])
    v = random.choice([0, 1, -1, 255, 2**31, -2**63, 2**64 - 1, 1.5, b"x", "s", True])
    if len(m):
        i = random.randrange(-len(m), len(m))
        rec(lambda: m.__setitem__(i, v))
    rec(lambda: m.__setitem__(slice(a, b, c), s))
    rec(lambda: bytes(data))
    rec(lambda: m.cast("B").cast(random.choice(fmts)).tolist())
print("\n".join(out))
