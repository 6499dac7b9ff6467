# A class's __dict__ and __weakref__ descriptors.
import weakref
class C: pass
c=C(); print(c.__weakref__); r=weakref.ref(c); print(c.__weakref__ is r, C.__weakref__, C.__dict__['__dict__'], C.__weakref__.__doc__, C.__weakref__.__name__, C.__weakref__.__objclass__)
try: c.__weakref__ = 1
except AttributeError as e: print(e)
print(C.__dict__['__dict__'].__doc__, C.__dict__['__dict__'].__qualname__, type(C.__weakref__).__name__)
class S:
    __slots__ = ("a", "__weakref__")
print(S.__weakref__, S().__weakref__)
