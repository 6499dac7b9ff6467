import gc
gc.disable()
gc.collect()

def contains(gen, obj):
    return any(o is obj for o in gc.get_objects(generation=gen))

x = []
print("new container in generation 0:", contains(0, x), contains(1, x), contains(2, x))
gc.collect(0)
print("survived gen 0 collection -> generation 1:", contains(0, x), contains(1, x), contains(2, x))
gc.collect(1)
print("survived gen 1 collection -> generation 2:", contains(0, x), contains(1, x), contains(2, x))
y = {}
y["l"] = []
gc.collect()
print("full collection moves survivors to generation 2:", contains(2, y))
print("atoms are never tracked:", gc.is_tracked(12345))
print("get_objects() includes my list:", any(o is x for o in gc.get_objects()))
try:
    gc.get_objects(generation=5)
except ValueError as e:
    print("ValueError:", e)
gc.freeze()
print("frozen some:", gc.get_freeze_count() > 0)
print("frozen objects are not in generation 2:", contains(2, x))
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count(), contains(2, x))
