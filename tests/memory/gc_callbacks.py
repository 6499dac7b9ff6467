import gc
gc.disable()  # only explicit collections, so the callback output is deterministic
gc.collect()

events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.callbacks.append(cb)
class N:
    pass
a = N()
a.me = a
del a
print("returned:", gc.collect())
gc.collect(0)
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
for e in events:
    print(e)
print(sorted(["generation", "collected", "uncollectable"]))
def bad(phase, info):
    pass
gc.callbacks.append(bad)
gc.callbacks.clear()
print(gc.callbacks)
