ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
print(ba)
ba[1:3] = b"EL"
print(ba)
ba.append(33)
ba.extend(b"??")
ba.insert(0, 62)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(range(3)))
b2 = bytearray(b"abc")
b2 += b"def"
print(b2, b2 * 2, b2 + b"!", b2.upper(), b2.find(b"d"), b2.decode(), b2.hex())
b3 = b2.copy()
b3[0] = 0
print(b2, b3)
del b2[0]
del b2[::2]
print(b2)
b2[1:1] = b"INSERT"
print(b2)
for bad in ["bytearray(b'a')[5]", "bytearray().pop()", "bytearray(b'a').remove(5)", "bytearray().append(256)", "bytearray().append('a')"]:
    try:
        print(eval(bad))
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
x = bytearray(b"ab")
try:
    x[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    hash(x)
except TypeError as e:
    print("TypeError:", e)
print(bytearray(b"x") == b"x", bytes(bytearray(b"yz")), repr(bytearray(b"\x00'")), bytearray.fromhex("61 62"))
m = bytearray(b"abcdef")
m[::2] = b"XYZ"
print(m)
m.extend([1, 2])
print(m, m.count(b"Y"), m.index(b"Z"), m.startswith(b"Xb"), m.strip(b"\x01\x02"))
