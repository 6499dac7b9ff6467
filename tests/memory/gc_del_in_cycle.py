# PEP 442: objects in a cycle with __del__ are finalized (once) and then freed.
import gc
gc.disable()
gc.collect()

class Finalized:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "partner:", self.partner.name)

a = Finalized("a")
b = Finalized("b")
a.partner = b
b.partner = a
del a, b
print("cycle unreachable; refcounting cannot free it")
print("collected:", gc.collect())
print("garbage:", gc.garbage)
print("second collect:", gc.collect())

class Once:
    calls = 0
    def __del__(self):
        Once.calls += 1
o = Once()
o.me = o
del o
gc.collect()
gc.collect()
print("finalizer calls:", Once.calls)
