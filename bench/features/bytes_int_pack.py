s = 0
for i in range(200000):
    b = i.to_bytes(4, "little")
    s += int.from_bytes(b, "big") % 1000 + b[1] + len(b.hex())
    s += (i * 2654435761) % (1 << 32) & 0xff
print("checksum:", s)
