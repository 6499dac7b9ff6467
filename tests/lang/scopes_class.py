x = "module"
class A:
    x = "class"
    y = x + "-derived"
    def method(self):
        return x
    z = [x for _ in range(1)]
print(A.y, A().method(), A.z)
class B:
    items = []
    def add(self, v):
        self.items.append(v)
b1, b2 = B(), B()
b1.add(1)
b2.add(2)
print(B.items, b1.items is b2.items)
class C:
    count = 0
    def __init__(self):
        C.count += 1
        self.count = 100
C(); C()
print(C.count, C().count, C.count)
def factory():
    local = "closure"
    class Inner:
        val = local
        def get(self):
            return local
    return Inner
I = factory()
print(I.val, I().get())
class D:
    a = 1
    b = a + 1
    del a
print(hasattr(D, "a"), D.b)
class E:
    def f(self):
        return "f"
    g = f
    h = lambda self: "lambda method"
print(E().g(), E().h())
print([k for k in vars(E) if not k.startswith("__")])
