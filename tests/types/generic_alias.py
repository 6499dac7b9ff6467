# list[int] and friends: types.GenericAlias (PEP 585) and __class_getitem__,
# __mro_entries__ in class statements.
import sys

a = list[int]
print(a, repr(a), type(a), type(a).__name__, type(a).__qualname__, type(a).__module__)
print(a.__origin__, a.__args__, a.__parameters__, a.__unpacked__, a.__class__)
print(dict[str, int], dict[str, int].__args__, tuple[int, ...], tuple[()], tuple[()].__args__)
print(set[int], frozenset[str], type[int], type[int].__origin__, tuple[int, str])
print(dict[str, list[int]], list[None], list[1, "a"], list[[int, str]], list[...])
class C:
    pass
print(list[C], dict[C, list[C]])
print(list.__class_getitem__(int), type(list.__dict__["__class_getitem__"]).__name__)
print(list[int] == list[int], list[int] == list[str], list[int] != list[int], list[int] == list)
print(hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]])
print(list[int] | None, type(list[int] | None).__name__, int | list[int], list[int] | dict[str, int])

# Attributes come from the origin.
print(list[int].append, list[int].__name__, list[int].__qualname__, list[int].__module__)
print(isinstance(list[int], type), callable(list[int]))
print("append" in dir(list[int]), "__origin__" in dir(list[int]))

# Calling builds the origin.
print(list[int](range(3)), dict[str, int](a=1), tuple[int, ...]((1, 2)), set[int]())
x = dict[str, int]
print(x.fromkeys("ab"), type(x()).__name__)
print(list[int].__reduce__())
print(list[int].__mro_entries__((1,)))

class L(list):
    pass
print(L[int], L[int]([1]), type(L[int]([1])).__name__)

class G:
    def __init__(self, v=0):
        self.v = v
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item) if False else ("GA", cls.__name__, item)
print(G[int], G[int, str])

import types
ga = types.GenericAlias(G, (int,))
g = ga(5)
print(ga, g.v, g.__orig_class__ == ga, type(g).__name__)
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))

# Subclassing an alias subclasses its origin.
class A(list[int]):
    pass
print(A.__bases__, A.__orig_bases__, A.__mro__)
class B(dict[str, int], C):
    pass
print(B.__bases__, B.__orig_bases__)
print("__orig_bases__" in C.__dict__)

class E:
    def __mro_entries__(self, bases):
        print("__mro_entries__", len(bases))
        return (C,)
class F(E(), int):
    pass
print(F.__bases__, type(F.__orig_bases__[0]).__name__)

def err(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

err(lambda: isinstance([], list[int]))
err(lambda: issubclass(list, list[int]))
err(lambda: isinstance([], (int, list[int])))
err(lambda: isinstance([], list[int] | None))
err(lambda: isinstance(1, (int, list[int])))
err(lambda: list[int][str])
err(lambda: int[str])
err(lambda: C[int])
err(lambda: list.__class_getitem__())
err(lambda: types.GenericAlias(list))
class Bad:
    def __mro_entries__(self, bases):
        return [C]
def make_bad():
    class D(Bad()):
        pass
err(make_bad)
import collections
print(collections.OrderedDict[int,str], collections.Counter[str], collections.ChainMap[str,int], collections.UserDict[str,int], collections.UserList[int], collections.defaultdict[str,int], collections.deque[int])
print(enumerate[int], type(enumerate.__dict__['__class_getitem__']).__name__, collections.deque[int]([1]))
isinstance([], list[int])
