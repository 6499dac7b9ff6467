# Reference counting: __del__ runs the moment the last reference goes away.
import gc
gc.disable()  # nothing here needs the cycle collector; keep it out of the way

class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("delete", self.name)

a = Tracked("a")
b = a
print("two names")
del a
print("after del a (b still refers)")
del b
print("after del b")
Tracked("temporary")
print("after expression statement")
x = Tracked("x1")
x = Tracked("x2")  # rebinding drops x1 after x2 is created
print("after rebinding")
x = None
print("after x = None")
lst = [Tracked("in list")]
lst.pop()
print("after pop")
d = {"k": Tracked("in dict")}
d["k"] = 1
print("after overwrite")
print("end of script")
