import re
pat = re.compile(r"(\w+)@(\w+)\.com")
text = " ".join("user%d@host%d.com junk %d" % (i, i % 10, i) for i in range(2000))
s = 0
for r in range(40):
    for m in pat.finditer(text):
        s += len(m.group(1)) + len(m.group(2))
    s += len(re.findall(r"\d+", text))
    s += len(re.sub(r"junk", "J", text))
    s += len(re.split(r"\s+", text))
print("checksum:", s)
