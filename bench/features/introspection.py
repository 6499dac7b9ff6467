class A:
    def __init__(self):
        self.a = 1
        self.b = 2
s = 0
objs = [A() for _ in range(100)]
for r in range(3000):
    for o in objs:
        s += getattr(o, "a") + (hasattr(o, "c")) + isinstance(o, A) + isinstance(r, (str, int))
        setattr(o, "b", r)
    s += len(type(objs[0]).__name__) + callable(len)
print("checksum:", s)
