"""Abstract base classes (PEP 3119): the abc module of CPython 3.11, written for
pyheap.

ABCMeta is a metaclass. pyheap calls a metaclass's __call__ and, through
isinstance() and issubclass(), its __instancecheck__ and __subclasscheck__, but
not yet its __new__ or __init__ when a class statement runs. So the work CPython
does when an abstract class is created is done lazily here, on first use:

- __abstractmethods__ is a property of the metaclass, computed from the class's
  namespace and its bases the first time it is read (then kept in the class);
- instantiation goes through ABCMeta.__call__, which refuses a class with
  abstract methods left (CPython's object.__new__ does it there);
- the registry and the caches of isinstance/issubclass answers are created in each
  class's own __dict__ when first needed. They are weak sets, like CPython's, so
  they never keep a class alive.
"""

from _weakref import ref as _ref


def abstractmethod(funcobj):
    """A decorator marking a method abstract: a class whose metaclass is ABCMeta
    cannot be instantiated until every abstract method is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated: stack @classmethod on
    @abstractmethod instead)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated: stack @staticmethod on
    @abstractmethod instead)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True


class abstractproperty(property):
    """A property that is also abstract (deprecated: stack @property on
    @abstractmethod instead)."""
    __isabstractmethod__ = True


def _is_abstract(value):
    """Whether a class attribute is abstract: it says so itself, or wraps (as a
    property, classmethod or staticmethod does) a function that does."""
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return False


def _compute_abstracts(cls):
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


class _WeakClassSet:
    """A set of classes held by weak references."""
    __slots__ = ("_refs",)

    def __init__(self):
        self._refs = {}

    def add(self, cls):
        key = id(cls)
        refs = self._refs

        def gone(_, key=key, refs=refs):
            refs.pop(key, None)
        self._refs[key] = _ref(cls, gone)

    def __contains__(self, cls):
        r = self._refs.get(id(cls))
        return r is not None and r() is cls

    def __iter__(self):
        return iter([c for c in (r() for r in list(self._refs.values())) if c is not None])

    def clear(self):
        self._refs.clear()


def _state(cls):
    """The class's own registry and caches (created on first use)."""
    d = cls.__dict__
    st = d.get("_abc_impl")
    if st is None:
        st = _ABCState()
        setattr(cls, "_abc_impl", st)
    return st


class _ABCState:
    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version")

    def __init__(self):
        self.registry = _WeakClassSet()
        self.cache = _WeakClassSet()
        self.negative_cache = _WeakClassSet()
        self.negative_cache_version = ABCMeta._abc_invalidation_counter


class ABCMeta(type):
    """The metaclass of abstract base classes: classes with abstract methods,
    and classes that other classes can be registered with (register()) to pass
    isinstance() and issubclass() checks."""

    # Incremented by every register(): negative cache entries older than it are
    # stale.
    _abc_invalidation_counter = 0

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return super().__call__(*args, **kwargs)

    @property
    def __abstractmethods__(cls):
        d = cls.__dict__
        if "_abc_abstracts" not in d:
            setattr(cls, "_abc_abstracts", _compute_abstracts(cls))
        return cls.__dict__["_abc_abstracts"]

    @__abstractmethods__.setter
    def __abstractmethods__(cls, value):
        setattr(cls, "_abc_abstracts", frozenset(value))

    def register(cls, subclass):
        """Register a virtual subclass of this ABC and return it (so that it
        can be used as a class decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _state(cls).registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        subclass = instance.__class__
        st = _state(cls)
        if subclass in st.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (st.negative_cache_version == ABCMeta._abc_invalidation_counter and
                    subclass in st.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        st = _state(cls)
        if subclass in st.cache:
            return True
        if st.negative_cache_version < ABCMeta._abc_invalidation_counter:
            st.negative_cache.clear()
            st.negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in st.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            if ok:
                st.cache.add(subclass)
            else:
                st.negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            st.cache.add(subclass)
            return True
        for rcls in st.registry:
            if issubclass(subclass, rcls):
                st.cache.add(subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                st.cache.add(subclass)
                return True
        st.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print the ABC's registry and caches, for debugging."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        st = _state(cls)
        for name in ("registry", "cache", "negative_cache"):
            print(f"_abc_{name}: {set(getattr(st, name))!r}", file=file)
        print(f"_abc_negative_cache_version: {st.negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget the registered virtual subclasses."""
        _state(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Forget the cached isinstance/issubclass answers."""
        st = _state(cls)
        st.cache.clear()
        st.negative_cache.clear()


def get_cache_token():
    """A token that changes whenever an ABC's registry changes (to invalidate
    caches of isinstance answers kept elsewhere)."""
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Recompute an abstract class's __abstractmethods__ after methods were added
    or removed; return the class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper base class: class X(ABC) is class X(metaclass=ABCMeta)."""
    __slots__ = ()
