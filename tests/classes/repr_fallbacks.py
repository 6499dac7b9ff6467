# Default reprs contain addresses; only their deterministic parts are printed.
class Plain:
    pass
r = repr(Plain())
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"))
print(str(Plain()).startswith("<__main__.Plain object at 0x"))  # not: str(Plain()) == repr(Plain()), which needs address reuse
p = Plain()
print(str(p) == repr(p))
print(repr(Plain), repr(Plain.__init__))
def f():
    pass
print(repr(f).startswith("<function f at 0x"))
print(repr(lambda: 0).startswith("<function <lambda> at 0x"))
class K:
    def m(self):
        pass
print(repr(K().m).startswith("<bound method K.m of <__main__.K object at 0x"))
print(repr(K.m).startswith("<function K.m at 0x"))
print(repr(len), repr(print), repr([].append).startswith("<built-in method append of list object at 0x"))
print(repr(object), repr(type), repr(int.__add__))
print(repr(iter([])).startswith("<list_iterator object at 0x"))
def g():
    yield
print(repr(g()).startswith("<generator object g at 0x"))
import sys
print(repr(sys))  # math is a shared library in some CPython builds
print(repr(object()).startswith("<object object at 0x"))
print(repr(property()).startswith("<property object at 0x"))
print(repr(NotImplemented), repr(...), repr(type(None)))
print(repr(staticmethod(f)).startswith("<staticmethod("))
print(repr(classmethod(f)).startswith("<classmethod("))
print(repr(super(K, K())).startswith("<super: <class 'K'>, <K object>>"))
print(repr(range(3)), repr(slice(1, 2)), repr(frozenset()), repr(set()), repr(dict()))
print(repr(zip()).startswith("<zip object at"), repr(map(f, [])).startswith("<map object at"))
