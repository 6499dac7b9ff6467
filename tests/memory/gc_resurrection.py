import gc
gc.disable()

saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)  # resurrect

p = Phoenix("refcount")
del p
print("resurrected:", [s.name for s in saved])
revived = saved.pop()
print("still usable:", revived.name)
del revived
print("second death: __del__ is not called again")

c = Phoenix("cycle")
c.me = c
del c
print("collect:", gc.collect())
print("resurrected from cycle:", [s.name for s in saved])
print("self reference survives:", saved[0].me is saved[0])
saved.clear()
print("collect again:", gc.collect())
print("garbage stays empty:", gc.garbage)
