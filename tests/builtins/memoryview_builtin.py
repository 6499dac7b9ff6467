# memoryview over bytes and bytearray: views, slices, writes, exports (BufferError), release.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = b"hello world"
m = memoryview(b)
print(type(m), type(m).__name__, len(m), m[0], m[-1], type(m[1:4]).__name__, m[1:4].tobytes(), bytes(m[::2]))
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets, m.obj is b)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m[::2].contiguous, m[::2].strides, m[::-1].tobytes())
print(m.tolist()[:3], m.hex(), m.hex(":"), m.hex("-", 2), m[:0].hex(), m.tobytes() == b)
print(m == b, m == bytearray(b), m == m[:], m[:3] == b"hel", m != b"x", m == "hello world", m == [104])
print(hash(m) == hash(b), list(m[:3]), 104 in m, m.tolist() == list(b))
print(repr(m).startswith("<memory at 0x"))
ba = bytearray(b"abcdef")
w = memoryview(ba)
print(w.readonly, w[0], w.obj is ba)
w[0] = 65
w[1:3] = b"XY"
w[-1] = 0x7a
print(ba, w.tobytes())
err(lambda: ba.append(1))
err(lambda: ba.extend(b"xy"))
err(lambda: ba.pop())
err(lambda: ba.clear())
def iadd():
    global ba
    ba += b"z"
err(iadd)
ba[0:2] = b"QQ"
print(ba)
w2 = w[2:4]
w.release()
err(lambda: ba.append(1))
w2.release()
ba.append(33)
print(ba)
err(lambda: w[0])
err(lambda: len(w))
err(lambda: w.tobytes())
print(repr(w).startswith("<released memory at 0x"), w == w, w == b"")
err(lambda: w.readonly)
err(lambda: w.format)
with memoryview(ba) as v:
    print(v[0], v.obj is ba)
    err(lambda: ba.append(1))
err(lambda: v[0])
ba.append(1)
print(len(ba))
err(lambda: m.__setitem__(0, 1))
err(lambda: m.__delitem__(0))
err(lambda: memoryview(1))
err(lambda: memoryview("abc"))
err(lambda: m[100])
err(lambda: m[-100])
err(lambda: m["a"])
err(lambda: m[1.5])
err(lambda: memoryview(bytearray(3)).__setitem__(0, 256))
err(lambda: memoryview(bytearray(3)).__setitem__(0, "a"))
err(lambda: memoryview(bytearray(3)).__setitem__(slice(0, 2), b"abc"))
err(lambda: memoryview(bytearray(3)).__setitem__(slice(0, 2), 5))
err(lambda: hash(memoryview(bytearray(3))))
c = m.cast("c")
print(c.format, c[0], c[1:3].tolist(), c.tolist()[:2])
s = memoryview(bytes([255, 1, 128])).cast("b")
print(s.format, s.tolist(), s[0], s == memoryview(bytes([255, 1, 128])), s == bytes([255, 1, 128]))
print(memoryview(bytes([255])).cast("b") == memoryview(bytes([255])).cast("B"))
err(lambda: m.cast("z"))
err(lambda: m[::2].cast("B"))
mm = memoryview(m)
print(mm.obj is b, mm.tobytes() == b)
x = memoryview(bytearray(b"xyz"))
y = x.toreadonly()
print(y.readonly, y.tobytes())
err(lambda: y.__setitem__(0, 1))
print(bytes(memoryview(b"abc")[::-1]), bytearray(memoryview(b"abc")), b"".join([memoryview(b"ab"), b"c"]))
print(b"abc" + memoryview(b"de"), bytearray(b"x") + memoryview(b"y"))
print(memoryview(b"abc")[1], memoryview(b"abc")[True], memoryview(b"")[0:0].tolist())
err(lambda: m[...])
for v in memoryview(b"ab"):
    print(v)
print(type(iter(memoryview(b""))).__name__)
print(memoryview.__name__, str(memoryview(b"")).startswith("<memory"))
import sys
err(lambda: memoryview(b"abc").tolist(1))
err(lambda: memoryview())
err(lambda: memoryview(b"", b""))
print(memoryview(object=b"ab").tobytes())
print(memoryview(b"abc").tobytes("C"), memoryview(b"abc").tobytes(order=None))
err(lambda: memoryview(b"abc").hex(5))
print(memoryview(bytearray(b"ab")).hex(b":"))
mv = memoryview(bytearray(4))
mv[::2] = b"ab"
print(mv.obj)
err(lambda: mv.__setitem__(slice(None, None, 2), b"abc"))
err(lambda: mv.__setitem__((0,), 1))
import gc, weakref
print(sorted(set(dir(memoryview)) - set(dir(object))))
class B(bytearray): pass
b = B(b"abc")
b.m = memoryview(b)
try:
    b.append(1)
except BufferError as e:
    print("BufferError:", e)
del b
gc.collect()
m = memoryview(b"x")
r = weakref.ref(m)
print(r() is m)
del m
print(r())
ba = bytearray(b"hello")
m1 = memoryview(ba)
m2 = memoryview(m1)
m1.release()
try:
    ba.append(1)
except BufferError as e:
    print("BufferError:", e)
print(m2.tobytes())
del m2
ba.append(33)
print(ba)
m = memoryview(ba)
m3 = m[1:4]
del m
try:
    ba.extend(b"aa")
except BufferError as e:
    print("BufferError:", e)
del m3
ba.extend(b"aa")
print(ba)
ba2 = bytearray(b"abcdef")
with memoryview(ba2) as v:
    v[::2] = v[1::2]
print(ba2)
ba3 = bytearray(b"12345")
v = memoryview(ba3)
v[1:] = v[:-1]
print(ba3)
print(memoryview(b"abc") == memoryview(b"abc").cast("c"), memoryview(b"").cast("c") == memoryview(b""))
print(memoryview(b"ab").cast("c").hex(), memoryview(b"ab").cast("B", [2]).tolist())
try:
    memoryview(b"ab").cast("B", [3])
except TypeError as e:
    print(e)
try:
    memoryview(b"ab").cast("c").cast("b")
except TypeError as e:
    print(e)
print(memoryview(b"abc").__len__(), memoryview(b"abc").__getitem__(0))
print(isinstance(memoryview(b""), memoryview), issubclass(memoryview, object))
try:
    class M(memoryview): pass
except TypeError as e:
    print(e)
print(memoryview(b"abcdef")[::-2].tobytes(), memoryview(b"abcdef")[4:1:-1].tolist(), memoryview(b"abcdef")[::-2].strides)
print(memoryview(b"abcdef")[10:20].tobytes(), len(memoryview(b"abc")[5:]))
print(str(b"ab" in [memoryview(b"ab")]), hash(memoryview(b"ab")) == hash(b"ab"))
print(bytes(memoryview(bytearray(b"xy"))), bytearray(memoryview(b"xy")[::-1]))
ba = bytearray(b"abc")
m = memoryview(ba)
ba[0] = 0x41
ba[0:2] = b"XY"
print(m.tobytes())
try:
    ba[0:2] = b"XYZ"
except BufferError as e:
    print("BufferError:", e)
try:
    del ba[0]
except BufferError as e:
    print("BufferError:", e)
try:
    ba *= 2
except BufferError as e:
    print("BufferError:", e)
try:
    ba.insert(0, 1)
except BufferError as e:
    print("BufferError:", e)
try:
    ba.remove(0x58)
except BufferError as e:
    print("BufferError:", e)
ba += b""
print(ba)
