"""Define names for built-in types that aren't directly accessible as a builtin."""

# pyheap's types module: the types are found from objects of each kind, as
# CPython's Lib/types.py finds them. Left out: the async types (CoroutineType,
# AsyncGeneratorType, coroutine), which pyheap does not have. MemberDescriptorType
# is getset_descriptor: pyheap has no separate member descriptors.

import sys


def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]
CellType = type(_cell_factory())


def _g():
    yield 1
GeneratorType = type(_g())


class _C:
    def _m(self): pass
MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])

ModuleType = type(sys)

# Frames of embedded modules get no traceback entries (see vm.EmbeddedFilePrefix):
# the traceback comes from code compiled under another name.
try:
    exec(compile("raise TypeError", "types", "exec"), {})
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
FrameType = type(sys._getframe())

GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(FunctionType.__globals__)

GenericAlias = type(list[int])
UnionType = type(int | str)

EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _C, _cell_factory


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        running = _repr_running
        key = id(self)
        if key in running:
            return name + "(...)"
        running.add(key)
        try:
            items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
            return "%s(%s)" % (name, ", ".join(items))
        finally:
            running.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __hash__(self):
        # CPython's type is named types.SimpleNamespace in its messages.
        name = "types.SimpleNamespace" if type(self) is SimpleNamespace else type(self).__name__
        raise TypeError("unhashable type: '%s'" % name)

    def __reduce__(self):
        return (type(self), (), self.__dict__)


_repr_running = set()


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class the way a class statement would (PEP 3115)."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


def resolve_bases(bases):
    """Replace the bases that define __mro_entries__ by what it returns (PEP 560)."""
    out = []
    changed = False
    for base in bases:
        entries = None
        if not isinstance(base, type):
            hook = getattr(base, "__mro_entries__", None)
            if hook is not None:
                entries = hook(bases)
                if not isinstance(entries, tuple):
                    raise TypeError("__mro_entries__ must return a tuple")
        if entries is None:
            out.append(base)
        else:
            out.extend(entries)
            changed = True
    return tuple(out) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, kwds) for a class about to be made: the
    metaclass chosen as a class statement chooses it, the namespace from its
    __prepare__, and a copy of kwds without 'metaclass'."""
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop("metaclass", None)
    if meta is None:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    # The most derived of meta and the metaclasses of the bases.
    for b in bases:
        bm = type(b)
        if issubclass(meta, bm):
            continue
        if not issubclass(bm, meta):
            raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                            "a (non-strict) subclass of the metaclasses of all its bases")
        meta = bm
    return meta


class DynamicClassAttribute:
    """A data descriptor that, looked up on the class rather than on an instance,
    raises AttributeError so that the class's __getattr__ answers (enum uses this)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.overwrite_doc = doc is None
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy(self, **changes):
        parts = {"fget": self.fget, "fset": self.fset, "fdel": self.fdel}
        parts.update(changes)
        doc = None if self.overwrite_doc else self.__doc__
        new = type(self)(parts["fget"], parts["fset"], parts["fdel"], doc)
        new.overwrite_doc = self.overwrite_doc
        return new

    def getter(self, fget):
        return self._copy(fget=fget)

    def setter(self, fset):
        return self._copy(fset=fset)

    def deleter(self, fdel):
        return self._copy(fdel=fdel)


__all__ = [n for n in globals() if n[:1] != "_"]
