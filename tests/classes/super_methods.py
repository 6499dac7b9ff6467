# super().name through the VM's method path: functions, classmethods, staticmethods,
# properties, plain values, super's own attributes, a missing name, rebinding.
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(x): return "A.s %s" % x
    @property
    def p(self): return "A.p"
    x = 5
class B(A):
    def f(self): return "B.f>" + super().f()
    def c2(self): return super().c()
    def s2(self): return super().s(1)
    def p2(self): return super().p
    def x2(self): return super().x
    def cls_(self): return super().__class__.__name__
    def missing(self):
        try:
            return super().nope()
        except AttributeError as e:
            return str(e)
    def init(self): return super().__init__()
    def rep(self): return super().__repr__()[:8]
class C(B):
    def f(self): return "C.f>" + super().f()
    @classmethod
    def cm(cls): return super().c()
for o in (B(), C()):
    print(o.f(), o.c2(), o.s2(), o.p2(), o.x2(), o.cls_(), o.missing(), o.init(), o.rep())
print(C.cm())
class D(A):
    def f(self):
        return super(A, self).f() if False else super(D, self).f()
print(D().f())
A.f = lambda self: "patched"
print(C().f())
