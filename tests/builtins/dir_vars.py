class Base:
    b = 1
    def bm(self):
        pass
class Thing(Base):
    t = 2
    def __init__(self):
        self.inst = 3
    def tm(self):
        pass
def public(names):
    return [n for n in names if not n.startswith("_")]
print(public(dir(Thing)))
print(public(dir(Thing())))
print(vars(Thing()), sorted(k for k in vars(Thing) if not k.startswith("_")))
print(dir() == sorted(dir()), "Thing" in dir(), "public" in dir())
def f():
    local_a = 1
    local_b = 2
    return dir(), sorted(vars())
print(f())
import math
print("sqrt" in dir(math), vars(math) is math.__dict__)
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
print(public(dir(Slotted)))
print(public(dir(None)), public(dir(True)))
print(public(dir(1.5)))
print(public(dir(b"")))
print(public(dir(set())))
print(public(dir(())))
print(public(dir(range(1))))
