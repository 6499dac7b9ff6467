# Chained assignment binds every target to the same object, left to right.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
d = {}
d["k"] = d["j"] = 0
print(d)
# Targets are assigned left to right.
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)
class Obj:
    pass
o = Obj()
o.a = o.b = "v"
print(o.a, o.b)
