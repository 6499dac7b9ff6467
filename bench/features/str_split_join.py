s = 0
line = ",".join("field%d" % i for i in range(50))
text = "\n".join(line for _ in range(20))
for r in range(4000):
    for ln in text.splitlines():
        parts = ln.split(",")
        s += len(parts) + len("|".join(parts[:10]))
    s += len(text.split()) + text.count("field1")
    s += len(line.partition(",")[2]) + len(line.rsplit(",", 3))
print("checksum:", s)
