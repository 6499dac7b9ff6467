import gc
import weakref
gc.disable()

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Node({self.name})"

n = Node("n")
r = weakref.ref(n)
print(r() is n, r(), weakref.getweakrefcount(n), type(r).__name__)
r2 = weakref.ref(n)
print(r2 is r, r == r2)  # a ref without callback is shared
del n
print(r(), r2(), r() is None)

def callback(ref):
    print("callback: referent died; ref() ->", ref())

m = Node("m")
rc = weakref.ref(m, callback)
print("alive:", rc())
m = None
print("after dropping m")

a = Node("a")
refs = [weakref.ref(a, lambda w, i=i: print("callback", i)) for i in range(3)]
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
del a
print("callbacks run newest first")

for obj in [1, "s", (1,), [1], {}, None]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "can be weakly referenced")
    except TypeError as e:
        print("TypeError:", e)

def f():
    pass
print(weakref.ref(f)() is f, weakref.ref(Node)() is Node)
x = Node("x")
wx = weakref.ref(x)
print(hash(wx) == hash(x), wx == weakref.ref(x))
print(repr(wx).startswith("<weakref at 0x"), "to 'Node' at 0x" in repr(wx))
del x
print(repr(wx).startswith("<weakref at 0x"), repr(wx).endswith("; dead>"))
try:
    hash(weakref.ref(Node("gone")))
except TypeError as e:
    print("TypeError:", e)
