import io
s = 0
for r in range(40):
    out = ""
    for i in range(10000):
        out += str(i)
    buf = io.StringIO()
    for i in range(10000):
        buf.write(str(i))
        buf.write(",")
    parts = []
    for i in range(10000):
        parts.append(chr(65 + i % 26))
    s += len(out) + len(buf.getvalue()) + len("".join(parts))
print("checksum:", s)
