"""Weak references, and the containers and finalizers built on them.

This is pyheap's own weakref module. The reference and proxy types come from
_weakref (written in Go, internal/modules/weakref); the classes here are written
in Python, as CPython's are, with the same observable behaviour: entries vanish
when their objects die, and containers stay consistent while being iterated
(removals that happen during an iteration are applied when it ends).
"""

from _weakref import (
    ref, proxy, getweakrefcount, getweakrefs,
    ReferenceType, ProxyType, CallableProxyType, _remove_dead_weakref,
)

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class _Guarded:
    """Counts the iterations in progress over a weak container and holds the
    removals that arrive meanwhile, so the underlying dict or set never changes
    size under an iterator."""

    def _init_guard(self):
        self._iterating = 0
        self._pending = []

    def _enter(self):
        self._iterating += 1

    def _leave(self):
        self._iterating -= 1
        if not self._iterating and self._pending:
            self._flush()


class WeakValueDictionary(_Guarded):
    """A mapping whose values are held weakly: an entry disappears when its
    value is no longer referenced anywhere else."""

    def __init__(self, other=(), /, **kw):
        self._init_guard()
        self.data = {}
        self_ref = ref(self)

        def remove(wr, key_holder=None):
            d = self_ref()
            if d is None:
                return
            key = d._keys_of_refs.pop(id(wr), None)
            if key is None:
                return
            if d._iterating:
                d._pending.append(key[0])
            else:
                _remove_dead_weakref(d.data, key[0])

        self._remove = remove
        self._keys_of_refs = {}
        self.update(other, **kw)

    def _flush(self):
        pending, self._pending = self._pending, []
        for key in pending:
            _remove_dead_weakref(self.data, key)

    def _store(self, key, value):
        wr = ref(value, self._remove)
        old = self.data.get(key)
        if old is not None:
            self._keys_of_refs.pop(id(old), None)
        self.data[key] = wr
        self._keys_of_refs[id(wr)] = (key,)

    def __getitem__(self, key):
        if self._pending and not self._iterating:
            self._flush()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        if self._pending and not self._iterating:
            self._flush()
        self._store(key, value)

    def __delitem__(self, key):
        if self._pending and not self._iterating:
            self._flush()
        wr = self.data.pop(key)
        self._keys_of_refs.pop(id(wr), None)

    def __len__(self):
        if self._pending and not self._iterating:
            self._flush()
        return len(self.data) - len(self._pending)

    def __contains__(self, key):
        if self._pending and not self._iterating:
            self._flush()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        if self._pending and not self._iterating:
            self._flush()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        self._enter()
        try:
            for k, wr in self.data.copy().items():
                v = wr()
                if v is not None:
                    yield k, v
        finally:
            self._leave()

    def keys(self):
        self._enter()
        try:
            for k, wr in self.data.copy().items():
                if wr() is not None:
                    yield k
        finally:
            self._leave()

    __iter__ = keys

    def values(self):
        self._enter()
        try:
            for wr in self.data.copy().values():
                v = wr()
                if v is not None:
                    yield v
        finally:
            self._leave()

    def itervaluerefs(self):
        self._enter()
        try:
            yield from self.data.copy().values()
        finally:
            self._leave()

    def valuerefs(self):
        if self._pending and not self._iterating:
            self._flush()
        return list(self.data.values())

    def copy(self):
        new = self.__class__()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def pop(self, key, *default):
        if self._pending and not self._iterating:
            self._flush()
        try:
            wr = self.data.pop(key)
        except KeyError:
            if default:
                return default[0]
            raise
        self._keys_of_refs.pop(id(wr), None)
        o = wr()
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def popitem(self):
        if self._pending and not self._iterating:
            self._flush()
        while True:
            key, wr = self.data.popitem()
            self._keys_of_refs.pop(id(wr), None)
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending and not self._iterating:
                self._flush()
            self._store(key, default)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if self._pending and not self._iterating:
            self._flush()
        if other is not None:
            if hasattr(other, "items"):
                other = other.items()
            for key, o in other:
                self._store(key, o)
        for key, o in kwargs.items():
            self._store(key, o)

    def __or__(self, other):
        if hasattr(other, "items"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, "items"):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(_Guarded):
    """A mapping whose keys are held weakly: an entry disappears when its key is
    no longer referenced anywhere else. Keys must support weak references."""

    def __init__(self, dict=None):
        self._init_guard()
        self.data = {}
        self_ref = ref(self)

        def remove(k):
            d = self_ref()
            if d is None:
                return
            if d._iterating:
                d._pending.append(k)
            else:
                try:
                    del d.data[k]
                except KeyError:
                    pass

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def _flush(self):
        pending, self._pending = self._pending, []
        for k in pending:
            try:
                del self.data[k]
            except KeyError:
                pass

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._pending and not self._iterating:
            self._flush()
        return len(self.data) - len(self._pending)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        self._enter()
        try:
            for wr, value in self.data.copy().items():
                key = wr()
                if key is not None:
                    yield key, value
        finally:
            self._leave()

    def keys(self):
        self._enter()
        try:
            for wr in self.data.copy():
                obj = wr()
                if obj is not None:
                    yield obj
        finally:
            self._leave()

    __iter__ = keys

    def values(self):
        self._enter()
        try:
            for wr, value in self.data.copy().items():
                if wr() is not None:
                    yield value
        finally:
            self._leave()

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if hasattr(other, "items"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, "items"):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class WeakSet(_Guarded):
    """A set whose elements are held weakly."""

    def __init__(self, data=None):
        self._init_guard()
        self.data = set()
        self_ref = ref(self)

        def remove(item):
            s = self_ref()
            if s is None:
                return
            if s._iterating:
                s._pending.append(item)
            else:
                s.data.discard(item)

        self._remove = remove
        if data is not None:
            self.update(data)

    def _flush(self):
        pending, self._pending = self._pending, []
        for item in pending:
            self.data.discard(item)

    def __iter__(self):
        self._enter()
        try:
            for wr in self.data.copy():
                item = wr()
                if item is not None:
                    yield item
        finally:
            self._leave()

    def __len__(self):
        if self._pending and not self._iterating:
            self._flush()
        return len(self.data) - len(self._pending)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def add(self, item):
        if self._pending and not self._iterating:
            self._flush()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending and not self._iterating:
            self._flush()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending and not self._iterating:
            self._flush()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        if self._pending and not self._iterating:
            self._flush()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending and not self._iterating:
            self._flush()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending and not self._iterating:
            self._flush()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending and not self._iterating:
            self._flush()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending and not self._iterating:
            self._flush()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending and not self._iterating:
            self._flush()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class WeakMethod:
    """A weak reference to a bound method: it stays alive while both the object and
    the function do. (pyheap's WeakMethod wraps two references instead of
    subclassing ref.)"""

    __slots__ = ("_obj_ref", "_func_ref", "_meth_type", "_alive", "__weakref__")

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self_ref = ref(self)

        def _cb(arg):
            self = self_ref()
            if self is None:
                return
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self._obj_ref = ref(obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return self._obj_ref != other._obj_ref or self._func_ref != other._func_ref
        return NotImplemented

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


class finalize:
    """Class for finalization of weakrefable objects.

    finalize(obj, func, *args, **kwargs) returns a callable finalizer object
    which will be called when obj is garbage collected. The first time the
    finalizer is called it evaluates func(*arg, **kwargs) and returns the result.
    After this the finalizer is dead, and calling it just returns None.

    When the program exits any remaining finalizers for which the atexit
    attribute is true will be run in reverse order of creation. By default
    atexit is true.
    """

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _counter = [0]
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            if _atexit is not None:
                _atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._counter[0] += 1
        info.index = finalize._counter[0]
        self._registry[self] = info

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in self._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        # Run the finalizers still registered with atexit true, newest first; a
        # finalizer created meanwhile is picked up on the next round.
        try:
            while True:
                pending = [(i.index, f) for (f, i) in cls._registry.items() if i.atexit]
                if not pending:
                    break
                pending.sort()
                while pending:
                    f = pending.pop()[1]
                    try:
                        f()
                    except Exception:
                        import sys
                        sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True


try:
    import atexit as _atexit
except ImportError:
    _atexit = None
