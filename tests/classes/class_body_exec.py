print("before class")
class Body:
    print("class body runs at definition")
    x = 1
    for i in range(3):
        x *= 2
    del i
    if x > 4:
        big = True
    def method(self):
        return "method"
    print("locals in body:", sorted(k for k in locals() if not k.startswith("__")))
print("after class", Body.x, Body.big)
print(Body.__qualname__, Body.__module__)
def make(flag):
    class Cond:
        if flag:
            def f(self):
                return "flag on"
        else:
            def f(self):
                return "flag off"
    return Cond
print(make(True)().f(), make(False)().f())
class WithDoc:
    """doc"""
    a = 1
print(sorted(k for k in WithDoc.__dict__ if k not in ("__dict__", "__weakref__")))
