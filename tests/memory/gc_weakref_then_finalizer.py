# In a collected cycle, weak reference callbacks run before __del__.
import gc
import weakref
gc.disable()

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a = Obj("a")
b = Obj("b")
a.b = b
b.a = a
wa = weakref.ref(a, lambda r: print("weakref callback for a"))
wb = weakref.ref(b, lambda r: print("weakref callback for b"))
del a, b
print("collect:", gc.collect())
print("refs dead:", wa() is None, wb() is None)
