# A dict that held only atoms is untracked; replacing a value by a container must
# make the collector see it again, or a cycle through it would never be freed.
import gc

gc.disable()
gc.collect()
d = {"x": None, "y": 1}
print(gc.is_tracked(d))
l = [d]
d["x"] = l  # an existing key: a replacement, not an insertion
print(gc.is_tracked(d))
del d, l
print(gc.collect())


class Box:
    pass


b = Box()
b.attr = 1
b.attr = [b]  # the instance's dict, through STORE_ATTR
del b
print(gc.collect() > 0)
e = {"k": 1}
e["k"] = 2
print(gc.is_tracked(e))
e["k"] = (1, 2)
print(gc.is_tracked(e))
e["k"] = ([],)
print(gc.is_tracked(e))
