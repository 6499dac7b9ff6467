class C:
    def __init__(self):
        self._v = 0
    def getv(self):
        return self._v
    def setv(self, v):
        self._v = v
    def delv(self):
        self._v = None
    v = property(getv, setv, delv, "the v property")
    ro = property(lambda self: "read only")
c = C()
c.v = 5
print(c.v, C.v.__doc__, C.ro.fset, C.ro.__doc__)
del c.v
print(c.v)
try:
    c.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.ro
except AttributeError as e:
    print("AttributeError:", e)
p = property()
try:
    p.__get__(c, C)
except AttributeError as e:
    print("AttributeError:", e)
print(p.__get__(None, C) is p)
q = property(C.getv).setter(C.setv)
print(q.fget is C.getv, q.fset is C.setv, type(q).__name__)
class D:
    @property
    def doc_from_getter(self):
        "getter doc"
        return 1
print(D.doc_from_getter.__doc__)
