# str.split() of long strs (pyheap splits them in batches of 4096 fields): every
# maxsplit, around the batch edges.
import random
random.seed(5)
words = ["alpha", "b", "", "  ", "\t", "\n", "x y", "zz", "\u00a0", "\u3000q"]
for trial in range(8):
    n = random.choice([70000, 66000, 100000, 140000])
    s = "".join(random.choice(words) + random.choice([" ", "  ", "\n", "\t", ""]) for _ in range(n // 3))
    for ms in (-1, 0, 1, 5, 4095, 4096, 4097, 8192, 10**9):
        r = s.split(None, ms)
        print(trial, ms, len(r), hash(tuple(len(x) for x in r)) % 1000003, r[-1][:5] if r else None, r[:2])
