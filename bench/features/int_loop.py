s = 0
i = 0
while i < 3000000:
    s += (i * 3) % 7 + (i >> 2) - (i & 5)
    i += 1
print("checksum:", s)
