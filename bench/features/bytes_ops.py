s = 0
for r in range(300):
    b = bytearray()
    for i in range(5000):
        b.append(i % 256)
    bb = bytes(b)
    s += bb.count(b"\x05") + len(bb.hex()) + len(bb.replace(b"\x00", b"zz")) + sum(bb[::97])
    s += len(("x%d" % r).encode() * 100) + len(bytes.fromhex("deadbeef" * 50))
print("checksum:", s)
