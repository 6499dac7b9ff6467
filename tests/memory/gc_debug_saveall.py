import gc
gc.disable()
gc.collect()

class Node:
    pass

gc.set_debug(gc.DEBUG_SAVEALL)
a = Node()
b = Node()
a.peer = b
b.peer = a
del a, b
print("collected:", gc.collect())
print("saved in gc.garbage:", len(gc.garbage), sorted(type(o).__name__ for o in gc.garbage))
lst = []
lst.append(lst)
del lst
print("collected:", gc.collect(), "garbage now:", len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
c = Node()
c.me = c
del c
print("without SAVEALL:", gc.collect(), gc.garbage)
