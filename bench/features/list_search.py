s = 0
data = list(range(2000))
words = ["w%d" % i for i in range(500)]
for r in range(600):
    s += (1999 in data) + data.index(1500) + data.count(7)
    s += ("w499" in words) + words.index("w250")
    s += sum(1 for w in words if w.startswith("w4"))
    t = tuple(data)
    s += (1234 in t) + t.index(999)
print("checksum:", s)
