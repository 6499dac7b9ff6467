s = 0
words = ["alpha", "Beta", "gamma", "DELTA", "epsilon"] * 4
for i in range(40000):
    line = " ".join(words)
    parts = line.split()
    s += len(line.upper()) + len(line.replace("a", "xy")) + line.find("DELTA") + line.count("a")
    s += sum(1 for p in parts if p.startswith("g") or p.endswith("A"))
    s += len(line.strip().lower().title())
print("checksum:", s)
