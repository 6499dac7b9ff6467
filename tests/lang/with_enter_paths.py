# The with statement's __enter__ through the class (a Python function called
# directly), staticmethod and classmethod enters, missing methods, patches.
class A:
    def __enter__(self):
        print("enter A")
        return 1
    def __exit__(self, t, v, tb):
        print("exit A", t.__name__ if t else None)
        return t is KeyError
with A() as x:
    print("body", x)
with A():
    raise KeyError("swallowed")
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
class Boom:
    def __enter__(self): raise ValueError("in enter")
    def __exit__(self, *a): print("never")
try:
    with Boom():
        pass
except ValueError as e:
    print("ValueError", e)
class S:
    @staticmethod
    def __enter__(): return "static"
    def __exit__(self, *a): return False
try:
    with S() as v:
        print(v)
except TypeError as e:
    print("TypeError", e)
class C:
    @classmethod
    def __enter__(cls): return cls.__name__
    def __exit__(self, *a): return False
with C() as v:
    print(v)
class Inst:
    def __enter__(self): return "class"
    def __exit__(self, *a): return False
i = Inst()
i.__enter__ = lambda: "instance attr ignored"
with i as v:
    print(v)
Inst.__enter__ = lambda self: "patched"
with i as v:
    print(v)
