class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
class Base:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class Derived(Base):
    def __init__(self, v):
        super().__init__(v)
        self.w = v + 1
    def get(self):
        return super().get() + self.w
s = 0
for i in range(150000):
    v = Vec(i, 1) + Vec(2, i)
    s += v.norm2 % 1000
    s += Derived(i).get()
    s += len({v, Vec(i + 2, i + 1)})
print("checksum:", s)
