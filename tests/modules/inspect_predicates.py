# inspect: predicates, getmembers, getmro, getdoc/cleandoc, generator states,
# frames, getfile/getmodule.
import inspect
import sys
import functools
import collections


def func(a):
    """Function doc.

        Indented line.
    Last line.
    """
    return a


def gen():
    yield 1


class Base:
    """Base doc."""

    attr = 5

    def method(self):
        """Method doc."""

    @property
    def prop(self):
        """Prop doc."""
        return 1

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass


class Child(Base):
    def method(self):
        pass


class Undoc(Child):
    pass


g = gen()
objs = [("module", inspect), ("class", Base), ("function", func), ("lambda", lambda: 0),
        ("method", Base().method), ("genfunc", gen), ("generator", g), ("builtin", len),
        ("builtin_method", [].append), ("code", func.__code__), ("frame", sys._getframe()),
        ("int", 3), ("type", type), ("property", Base.__dict__["prop"]),
        ("classmethod_bound", Base.cm), ("staticmethod", Base.sm)]
preds = ["ismodule", "isclass", "isfunction", "ismethod", "isgeneratorfunction", "isgenerator",
         "isbuiltin", "iscode", "isframe", "isroutine", "isdatadescriptor", "isabstract",
         "iscoroutinefunction", "iscoroutine", "istraceback"]
for name, obj in objs:
    print(name.ljust(18), " ".join(p[2:] for p in preds if getattr(inspect, p)(obj)))

print(inspect.getmro(Child), inspect.getmro(object), inspect.getmro(bool))
members = inspect.getmembers(Child)
print([n for n, v in members if not n.startswith("__")])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Base(), inspect.ismethod)])
print(inspect.getmembers(collections.namedtuple("P", "x y")(1, 2), lambda v: isinstance(v, int)))
mod_funcs = [n for n, v in inspect.getmembers(inspect, inspect.isfunction) if n in ("signature", "getdoc", "cleandoc")]
print(mod_funcs)

print(repr(inspect.getdoc(func)))
print(inspect.getdoc(Base), inspect.getdoc(Child), inspect.getdoc(Undoc))
print(inspect.getdoc(Child.method), inspect.getdoc(Child().method), inspect.getdoc(Base.prop), inspect.getdoc(3) is not None)
print(repr(inspect.cleandoc("  first\n    a\n      b\n    c\n\n")), repr(inspect.cleandoc("\n\n  x\n\ty\n")))
print(repr(inspect.cleandoc("")), repr(inspect.cleandoc("one line")), repr(inspect.cleandoc("a\n\tb\n\t\tc")))

def states():
    yield 1
    yield 2


s = states()
print(inspect.getgeneratorstate(s))
next(s)
print(inspect.getgeneratorstate(s))


def self_state():
    yield inspect.getgeneratorstate(me)


me = self_state()
print(next(me))
s.close()
print(inspect.getgeneratorstate(s), inspect.GEN_CREATED, inspect.GEN_CLOSED)
done = states()
list(done)
print(inspect.getgeneratorstate(done))


def who():
    f = inspect.currentframe()
    return f.f_code.co_name, f.f_back.f_code.co_name


def outer():
    return who()


print(outer(), inspect.currentframe().f_code.co_name)
print(inspect.getfile(func) == __file__, inspect.getfile(func.__code__) == __file__, inspect.getfile(outer) == inspect.getfile(Base().method))
print(inspect.getmodule(func) is sys.modules[__name__], inspect.getmodule(inspect.signature) is inspect, inspect.getmodule(inspect) is inspect)
print(inspect.getmodulename("/a/b/mod.py"), inspect.getmodulename("x.txt"))
for bad in [3, sys]:
    try:
        inspect.getfile(bad)
    except TypeError as e:
        print("TypeError:", e)
print(inspect.isabstract(collections.abc.Sequence) if hasattr(collections, "abc") else True)
import abc


class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class B(A):
    def f(self):
        pass


print(inspect.isabstract(A), inspect.isabstract(B), inspect.isabstract(Base))
