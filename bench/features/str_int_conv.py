s = 0
for i in range(400000):
    s += int(str(i)) + len(hex(i)) + len(bin(i)) + int("0x%x" % i, 16)
print("checksum:", s)
