class Base:
    kind = "base"
    count = 0
    def describe(self):
        return self.kind
class A(Base):
    kind = "a"
class B(A):
    pass
s = 0
objs = [Base(), A(), B()] * 10
for r in range(25000):
    for o in objs:
        s += len(o.describe()) + len(type(o).kind)
    Base.count += 1
print("checksum:", s + Base.count)
