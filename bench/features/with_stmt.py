class Ctx:
    def __init__(self):
        self.n = 0
    def __enter__(self):
        self.n += 1
        return self
    def __exit__(self, *exc):
        return False
from contextlib import contextmanager
@contextmanager
def managed(x):
    yield x + 1
s = 0
c = Ctx()
for i in range(150000):
    with c as cc:
        s += cc.n
    with managed(i) as v:
        s += v
print("checksum:", s)
