import gc
import weakref
gc.disable()

class Target:
    def __init__(self):
        self.value = 42
    def method(self):
        return "method result"
    def __len__(self):
        return 3

t = Target()
p = weakref.proxy(t)
print(p.value, p.method(), len(p), type(p).__name__)
p.value = 7
print(t.value)
print(weakref.getweakrefcount(t))
del t
try:
    p.value
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    len(p)
except ReferenceError as e:
    print("ReferenceError:", e)

def cb(proxy):
    print("proxy callback ran")
u = Target()
pu = weakref.proxy(u, cb)
del u
print("done")
class Callable:
    def __call__(self, x):
        return x * 2
c = Callable()
pc = weakref.proxy(c)
print(type(pc).__name__, pc(21))
