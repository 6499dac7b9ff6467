# memoryview.cast to the multi-byte native formats: items, writes, ranges, comparisons.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = bytes(range(1, 17))
for f in "hHiIlLqQnNfde?P":
    try:
        m = memoryview(b).cast(f)
    except Exception as e:
        print(f, type(e).__name__, e); continue
    print(f, m.format, m.itemsize, len(m), m.nbytes, m.shape, m.strides, m.tolist()[:3], m[0], m[-1], m[::2].strides, m[1:].tolist()[:2])
m = memoryview(bytearray(16)).cast("i")
m[0] = -5; m[1] = 2**31 - 1
print(m.tolist(), bytes(m.obj)[:8])
err(lambda: m.__setitem__(2, 2**31))
err(lambda: m.__setitem__(2, 1.5))
err(lambda: m.__setitem__(2, "x"))
err(lambda: m.__setitem__(slice(0, 1), b"abcd"))
m2 = memoryview(bytearray(8)).cast("i")
m[0:2] = m2
print(m.tolist())
d = memoryview(bytearray(16)).cast("d")
d[0] = 1.5; d[1] = 7
print(d.tolist())
err(lambda: d.__setitem__(0, "x"))
err(lambda: d.__setitem__(0, 10**400))
f4 = memoryview(bytearray(8)).cast("f")
f4[0] = 0.1
err(lambda: f4.__setitem__(1, 1e300))
print(f4.tolist())
q = memoryview(bytearray(4)).cast("?")
q[0] = 5; q[1] = []; q[2] = "x"
print(q.tolist())
H = memoryview(bytearray(4)).cast("H")
err(lambda: H.__setitem__(0, -1))
err(lambda: H.__setitem__(0, 65536))
H[1] = 65535
print(H.tolist(), H.tobytes(), H.hex())
err(lambda: memoryview(b"abc").cast("i"))
err(lambda: memoryview(b"abcd").cast("i").cast("h"))
print(memoryview(b"abcd").cast("i").cast("B").tolist(), memoryview(b"abcd").cast("i").cast("c").tolist())
err(lambda: memoryview(b"abcdefgh").cast("i", [3]))
print(memoryview(b"abcdefgh").cast("i", [2]).tolist(), memoryview(b"abcdefgh").cast("@i").format)
err(lambda: hash(memoryview(b"abcd").cast("i")))
a = memoryview(b"\x01\x00\x00\x00\x02\x00\x00\x00").cast("i")
print(a == [1, 2], a == memoryview(b"\x01\x00\x00\x00\x02\x00\x00\x00").cast("I"), a == a.cast("B").cast("i"), a.cast("B") == a)
print(a == memoryview(b"\x01\x00\x02\x00\x00\x00\x00\x00").cast("h")[:2] , list(a), 2 in a)
print(memoryview(b"\x00\x00\xc0\x7f").cast("f").tolist(), memoryview(b"\x00\x00\xc0\x7f").cast("f") == memoryview(b"\x00\x00\xc0\x7f").cast("f"))
x = memoryview(b"\x00\x00\xc0\x7f").cast("f")
print(x == x)
print(memoryview(bytes(8)).cast("d")[0], memoryview(bytes(8)).cast("Q")[0], memoryview(bytes([255]*8)).cast("q")[0], memoryview(bytes([255]*8)).cast("N")[0])
