s = 0
for i in range(200000):
    x = i / 7.0
    s += len(str(x)) + len(repr(x * 1e10)) + int(float(str(i)+".5"))
print("checksum:", s)
