# The order in which a dying container releases its items.
import gc
gc.disable()

class Item:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("  del", self.tag)

print("list:")
x = [Item(1), Item(2), Item(3)]
del x
print("tuple:")
x = (Item(1), Item(2), Item(3))
del x
print("dict values:")
x = {"a": Item(1), "b": Item(2), "c": Item(3)}
del x
print("instance attributes:")
holder = Item(0)
holder.first = Item(1)
holder.second = Item(2)
del holder
print("list.clear():")
x = [Item(1), Item(2)]
x.clear()
print("slice deletion:")
x = [Item(1), Item(2), Item(3), Item(4)]
del x[1:3]
print("remaining:")
del x
print("nested list:")
x = [[Item("inner1")], Item("outer")]
del x
print("done")
