"""copy for pyheap: shallow and deep copy operations.

Instances are copied through __reduce_ex__ when their class provides one of its
own; otherwise (pyheap's object.__reduce_ex__ cannot reduce plain instances yet)
the copy is built directly: cls.__new__(cls) plus the instance's __dict__ and
__slots__ values, as CPython's default reduction would restore them."""

import sys as _sys

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass

error = Error   # backward compatibility


def _gen():
    yield

_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
           str, bytes, type, range, type(len), type(_gen), property}
try:
    _ATOMIC.add(complex)
except NameError:
    pass
for _name in ('ref',):
    try:
        import _weakref
        _ATOMIC.add(getattr(_weakref, _name))
    except (ImportError, AttributeError):
        pass
try:
    _ATOMIC.add(type(_gen.__code__))
except AttributeError:
    pass
del _gen, _name

_object_reduce_ex = object.__reduce_ex__
_object_reduce = getattr(object, '__reduce__', None)
_object_getstate = getattr(object, '__getstate__', None)


def _reduce(x, cls):
    """The reduction tuple of x, CPython-style, or None when only pyheap's
    direct instance copy can do it."""
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and reductor is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None and reductor is not _object_reduce:
        return x.__reduce__()
    try:
        return x.__reduce_ex__(4)
    except TypeError:
        if not _is_instance_copyable(x, cls):
            raise
        return None


def _is_instance_copyable(x, cls):
    if hasattr(x, '__dict__'):
        return True
    for c in cls.__mro__:
        if '__slots__' in c.__dict__:
            return True
    return isinstance(x, (list, dict, set))


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _default_state(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        return x.__getstate__()
    d = getattr(x, '__dict__', None)
    state = dict(d) if d else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _direct_reduce(x, cls):
    """Build the reduction CPython's object.__reduce_ex__(2+) would."""
    if cls is frozenset:
        return frozenset, (list(x),)
    if cls is bytearray:
        return bytearray, (bytes(x),)
    if cls is slice:
        return slice, (x.start, x.stop, x.step)
    args, kwargs = (), None
    if hasattr(x, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(x, '__getnewargs__'):
        args = x.__getnewargs__()
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    if isinstance(x, set):
        listiter = iter(list(x))
    state = _default_state(x, cls)
    if kwargs:
        return _newobj_ex, (cls, args, kwargs), state, listiter, dictiter
    return _newobj, (cls,) + tuple(args), state, listiter, dictiter


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset or cls is slice:
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if rv is None:
        rv = _direct_reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    if cls in _ATOMIC:
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            if cls in (set, frozenset, bytearray, slice):
                rv = None
            else:
                rv = _reduce(x, cls)
            if rv is None:
                rv = _direct_reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)

    # Keep the original alive while its id is a memo key.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A cycle through the tuple may have copied it meanwhile.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                _add_item(y, item)
        else:
            for item in listiter:
                _add_item(y, item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def _add_item(y, item):
    if isinstance(y, set):
        y.add(item)
    else:
        y.append(item)
