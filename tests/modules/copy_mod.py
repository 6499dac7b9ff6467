import copy
orig = {"list": [1, [2, 3]], "tuple": (1, [2]), "str": "s"}
sh = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"][1].append(4)
orig["tuple"][1].append(5)
print(sh, deep, sep="\n")
print(sh["list"] is orig["list"], deep["list"] is orig["list"], deep["str"] is orig["str"])
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point([1], 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.x.append(9)
print(p, q, r)
class Custom:
    def __init__(self):
        self.v = [1]
    def __copy__(self):
        print("__copy__ called")
        c = Custom()
        c.v = self.v
        return c
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        c = Custom()
        c.v = copy.deepcopy(self.v, memo)
        return c
c = Custom()
print(copy.copy(c).v is c.v, copy.deepcopy(c).v is c.v)
shared = [1]
container = [shared, shared]
dc = copy.deepcopy(container)
print(dc[0] is dc[1], dc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc, cc[1] is cc)
print(copy.copy(5), copy.copy("s"), copy.copy((1, 2)), copy.deepcopy((1, 2)), copy.copy(None), copy.copy([1]) == [1])
import functools
print(copy.copy(len) is len, copy.deepcopy(Point) is Point)
