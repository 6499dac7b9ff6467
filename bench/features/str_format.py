s = 0
for i in range(150000):
    a = f"{i}:{i*2.5:.2f}|{'x'*3}"
    b = "%d-%s-%5.1f" % (i, "ab", i / 3)
    c = "{}/{:>6}".format(i, i % 97)
    s += len(a) + len(b) + len(c)
print("checksum:", s)
