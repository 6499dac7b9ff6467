# Instances of int, float, str, bytes and tuple subclasses survive gc.collect():
# the collector must not treat an int subclass's size field as GC links.
import gc
class I(int): __slots__ = ()
class I2(int): pass
class F(float): pass
class F2(float): __slots__ = ()
class S(str): pass
class B(bytes): pass
class T(tuple): pass
objs = [I(1), I(3), I2(12345678901234567890), F(1.5), F2(2.5), S("abc"), B(b"xy"), T((1, [2])), I(-7)]
holder = [objs, {"k": objs}]
for _ in range(3):
    gc.collect()
print([repr(o) for o in objs])
print([type(o).__name__ for o in objs], sum(objs[:3]), objs[3] + objs[4])
