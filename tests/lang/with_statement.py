class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Resource("a") as r:
    print("body", r)
with Resource("x"), Resource("y") as y:
    print("two items", y)
with (Resource("p") as p,
      Resource("q") as q):
    print("parenthesized", p, q)
try:
    with Resource("b"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)
with Resource("c", suppress=True):
    raise KeyError("swallowed")
print("after suppressed")
try:
    with Resource("outer"), Resource("inner", suppress=True):
        raise RuntimeError("only inner sees it")
    print("continued")
except RuntimeError:
    print("never")
def early_return():
    with Resource("ret"):
        return "returned"
print(early_return())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never called")
try:
    with Resource("first"), EnterFails():
        pass
except OSError as e:
    print("OSError:", e)
class Target:
    pass
t = Target()
with Resource("attr") as t.value:
    pass
print(t.value)
with Resource("unpack") as (a, *b):
    print(a, b)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
