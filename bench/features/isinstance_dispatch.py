def describe(x):
    if isinstance(x, bool):
        return 1
    if isinstance(x, int):
        return 2
    if isinstance(x, (str, bytes)):
        return 3
    if isinstance(x, (list, tuple)):
        return 4
    if isinstance(x, dict):
        return 5
    return 6
vals = [True, 3, "s", b"b", [1], (2,), {}, 1.5, None]
s = 0
for r in range(40000):
    for v in vals:
        s += describe(v)
print("checksum:", s)
