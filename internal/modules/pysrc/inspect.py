"""Inspect live objects: the commonly used part of CPython 3.11's inspect module,
written for pyheap.

There are type predicates (isfunction, isclass, isgenerator, ...), getmembers,
getmro, getdoc and cleandoc, getgeneratorstate, currentframe, getfile,
getmodule, unwrap, getfullargspec, and signature() with Signature, Parameter
and BoundArguments; str(signature(f)) reads as CPython writes it.

Not here: the source-code functions (getsource, getsourcelines, findsource),
stack() and the frame records, getattr_static, getclosurevars, and signatures
of built-in functions (pyheap's carry no __text_signature__: signature() raises
ValueError for them, as CPython does for a built-in without one).
"""

import sys
import collections

__all__ = [
    "ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction",
    "isgenerator", "iscoroutinefunction", "iscoroutine", "isasyncgenfunction",
    "isasyncgen", "isawaitable", "istraceback", "isframe", "iscode", "isbuiltin",
    "ismethodwrapper", "isroutine", "isabstract", "ismethoddescriptor",
    "isdatadescriptor", "isgetsetdescriptor", "ismemberdescriptor",
    "getmembers", "getmro", "getdoc", "cleandoc", "getfile", "getmodule",
    "getmodulename", "currentframe", "getgeneratorstate", "getgeneratorlocals",
    "unwrap", "signature", "Signature", "Parameter", "BoundArguments",
    "getfullargspec", "FullArgSpec", "formatannotation",
    "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED",
    "CO_OPTIMIZED", "CO_NEWLOCALS", "CO_VARARGS", "CO_VARKEYWORDS", "CO_NESTED",
    "CO_GENERATOR", "CO_NOFREE", "CO_COROUTINE", "CO_ITERABLE_COROUTINE",
    "CO_ASYNC_GENERATOR",
]

# Code object flags (co_flags).
CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20


def _f():
    pass


def _g():
    yield


class _C:
    def _m(self):
        pass


_FunctionType = type(_f)
_CodeType = type(_f.__code__)
_GeneratorType = type(_g())
_MethodType = type(_C()._m)
_BuiltinType = type(len)
_ModuleType = type(sys)
_FrameType = type(sys._getframe())
_MethodDescriptorType = type(str.join)
_WrapperDescriptorType = type(object.__init__)
_MethodWrapperType = type(object().__str__)
del _f, _g, _C


# ---- predicates ----

def ismodule(object):
    """Whether object is a module."""
    return isinstance(object, _ModuleType)


def isclass(object):
    """Whether object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Whether object is a bound method of a Python function."""
    return isinstance(object, _MethodType)


def isfunction(object):
    """Whether object is a function written in Python (def or lambda)."""
    return isinstance(object, _FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Whether obj is a generator function (its body contains yield)."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Whether obj is a coroutine function (async def)."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Whether obj is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    """Whether object is a generator (what a generator function returns)."""
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    """Whether object is a coroutine (pyheap has none yet)."""
    return False


def isasyncgen(object):
    """Whether object is an asynchronous generator (pyheap has none yet)."""
    return False


def isawaitable(object):
    """Whether object can be used in an await expression."""
    return isinstance(getattr(type(object), "__await__", None), _FunctionType)


def istraceback(object):
    """Whether object is a traceback."""
    return type(object).__name__ == "traceback"


def isframe(object):
    """Whether object is a frame."""
    return isinstance(object, _FrameType)


def iscode(object):
    """Whether object is a code object."""
    return isinstance(object, _CodeType)


def isbuiltin(object):
    """Whether object is a built-in function or a method of a built-in object."""
    return isinstance(object, _BuiltinType)


def ismethodwrapper(object):
    """Whether object is a method-wrapper (a bound slot of a built-in type)."""
    return isinstance(object, _MethodWrapperType)


def ismethoddescriptor(object):
    """Whether object is a method descriptor: it has __get__ but not __set__, and
    is not a class, method or function."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, property):
        return False  # pyheap's property has __set__ as a slot only
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    """Whether object is a data descriptor: it has __set__ or __delete__."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, property):
        return True
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    """Whether object is a member descriptor (a __slots__ entry)."""
    return type(object).__name__ == "member_descriptor"


def isgetsetdescriptor(object):
    """Whether object is a getset descriptor of a built-in type."""
    return type(object).__name__ == "getset_descriptor"


def isroutine(object):
    """Whether object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object)
            or isinstance(object, (_MethodDescriptorType, _WrapperDescriptorType)))


def isabstract(object):
    """Whether object is an abstract class (abstract methods not overridden)."""
    if not isinstance(object, type):
        return False
    try:
        return bool(object.__abstractmethods__)
    except AttributeError:
        return False


# ---- members, classes, docs ----

def getmembers(object, predicate=None):
    """The (name, value) pairs of object's attributes, sorted by name, kept when
    predicate(value) is true (all when predicate is None)."""
    if isclass(object):
        mro = (object,) + getmro(object)
    else:
        mro = ()
    results = []
    processed = set()
    names = dir(object)
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    """The class's method resolution order, a tuple starting with cls."""
    return cls.__mro__


def cleandoc(doc):
    """A docstring with its indentation removed: tabs expanded, the common
    leading white space of the lines after the first removed, and blank lines at
    both ends dropped."""
    try:
        lines = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    """The docstring a class, method or property inherits, or None."""
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__dict__.get("__doc__")
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) and getattr(getattr(self, name, None), "__func__", None) is obj.__func__ \
            else self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        cls = self if isclass(self) else self.__class__
    elif isinstance(obj, property):
        func = obj.fget
        if func is None:
            return None
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = getattr(obj, "__name__", None)
        cls = getattr(obj, "__objclass__", None)
        if name is None or cls is None:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base.__dict__.get(name), "__doc__", None)
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name, None)
    if not isclass(cls):
        return None
    return cls


def getdoc(object):
    """The object's documentation, cleaned up by cleandoc; when it has none of its
    own, the one it inherits from a base class; None when there is none."""
    try:
        # A bound method's doc is its function's (pyheap's method objects do
        # not forward __doc__ yet).
        doc = object.__func__.__doc__ if ismethod(object) else object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---- files, modules, frames, generators ----

def getfile(object):
    """The name of the file object was defined in (a module, class, method,
    function, traceback, frame or code object)."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    """The module name for a file path, or None when it is not a .py file."""
    fname = path.replace('\\', '/').rsplit('/', 1)[-1]
    for suffix in ('.py', '.pyc', '.pyw'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getmodule(object, _filename=None):
    """The module object was defined in, or None when that cannot be told."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    try:
        file = getfile(object)
    except TypeError:
        return None
    for module in list(sys.modules.values()):
        if getattr(module, '__file__', None) == file:
            return module
    main = sys.modules.get('__main__')
    if main is not None and getattr(main, '__file__', None) == file:
        return main
    return None


def currentframe():
    """The frame of the caller."""
    return sys._getframe(1)


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """The state of a generator: GEN_CREATED (not started), GEN_RUNNING,
    GEN_SUSPENDED (paused at a yield) or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a paused generator (pyheap cannot show them yet:
    an empty dict, as for a closed generator)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    return {}


def unwrap(func, *, stop=None):
    """The object at the end of func's chain of __wrapped__ attributes (left by
    functools.wraps); stop(f) true ends the walk early."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if (id_func in memo) or (len(memo) >= recursion_limit):
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


# ---- signatures ----

class _void:
    """A marker: no value given."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


_KIND_NAMES = ('POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL', 'KEYWORD_ONLY', 'VAR_KEYWORD')
_KIND_DESCRIPTIONS = ('positional-only', 'positional or keyword', 'variadic positional',
                      'keyword-only', 'variadic keyword')


class _ParameterKind:
    """The kind of a parameter: how arguments bind to it. It compares and
    hashes as its value, 0..4, like CPython's IntEnum."""

    __slots__ = ('_value',)

    def __init__(self, value):
        self._value = value

    @property
    def name(self):
        return _KIND_NAMES[self._value]

    @property
    def value(self):
        return self._value

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self._value]

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self.name, self._value)

    def __str__(self):
        return self.name

    def __int__(self):
        return self._value

    __index__ = __int__

    def __hash__(self):
        return hash(self._value)

    def __eq__(self, other):
        return self._value == other

    def __ne__(self, other):
        return self._value != other

    def __lt__(self, other):
        return self._value < other

    def __le__(self, other):
        return self._value <= other

    def __gt__(self, other):
        return self._value > other

    def __ge__(self, other):
        return self._value >= other


_POSITIONAL_ONLY = _ParameterKind(0)
_POSITIONAL_OR_KEYWORD = _ParameterKind(1)
_VAR_POSITIONAL = _ParameterKind(2)
_KEYWORD_ONLY = _ParameterKind(3)
_VAR_KEYWORD = _ParameterKind(4)
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD)
for _k in _KINDS:
    setattr(_ParameterKind, _k.name, _k)
del _k


def formatannotation(annotation, base_module=None):
    """An annotation as signatures show it: a class by its (qualified) name, the
    rest by repr()."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind (one of the class constants
    POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY,
    VAR_KEYWORD), default and annotation (Parameter.empty when absent).
    Parameters are immutable: replace() makes a changed copy."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in _KINDS:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        kind = _KINDS[int(kind)]
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(f'implicit arguments must be passed as positional or keyword '
                                 f'arguments, not {kind.description}')
            kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: arguments, a dict from parameter names to
    the values bound to them, with args and kwargs to call the function again."""

    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        """The positional arguments: the leading parameters bound, up to the
        first one that is not (or is keyword-only)."""
        out = []
        for p in self._signature.parameters.values():
            if p.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or p.name not in self.arguments:
                break
            v = self.arguments[p.name]
            if p.kind == _VAR_POSITIONAL:
                out.extend(v)
            else:
                out.append(v)
        return tuple(out)

    @property
    def kwargs(self):
        """The keyword arguments: what args leaves out."""
        out = {}
        positional = True
        for p in self._signature.parameters.values():
            if positional:
                if p.kind not in (_KEYWORD_ONLY, _VAR_KEYWORD) and p.name in self.arguments:
                    continue
                positional = False
                if p.kind not in (_KEYWORD_ONLY, _VAR_KEYWORD):
                    continue
            if p.name not in self.arguments:
                continue
            v = self.arguments[p.name]
            if p.kind == _VAR_KEYWORD:
                out.update(v)
            elif p.kind != _VAR_POSITIONAL:
                out[p.name] = v
        return out

    def apply_defaults(self):
        """Fill in the defaults of parameters no argument was bound to (() and {}
        for *args and **kwargs)."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters of a callable and its return annotation: parameters is an
    ordered mapping from names to Parameter objects. signature(f) makes one;
    bind() and bind_partial() map arguments onto it as a call would."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            params = collections.OrderedDict()
        elif __validate_parameters__:
            params = collections.OrderedDict()
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    msg = ('wrong parameter order: {} parameter before {} parameter'
                           .format(top_kind.description, kind.description))
                    raise ValueError(msg)
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        else:
            params = collections.OrderedDict((param.name, param) for param in parameters)
        self._parameters = params
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The signature of the callable obj."""
        return _signature_from_callable(obj, follow_wrapper_chains=follow_wrapped, sigcls=cls)

    @property
    def parameters(self):
        return type(type.__dict__)(self._parameters)

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given fields changed."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self._parameters.values() if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self._parameters.values() if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        params = list(self._parameters.values())
        if not any(p.kind == _VAR_POSITIONAL for p in params):
            takes = sum(1 for p in params if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD))
            if len(args) > takes:
                raise TypeError('too many positional arguments')
        bound = {}
        n = 0  # positional arguments used
        var_kw = None
        for p in params:
            kind = p.kind
            if kind == _VAR_KEYWORD:
                var_kw = p
                continue
            if kind == _VAR_POSITIONAL:
                if n < len(args):
                    bound[p.name] = tuple(args[n:])
                    n = len(args)
                continue
            if kind != _KEYWORD_ONLY and n < len(args):
                if kind == _POSITIONAL_OR_KEYWORD and p.name in kwargs:
                    raise TypeError('multiple values for argument {!r}'.format(p.name))
                bound[p.name] = args[n]
                n += 1
                continue
            if p.name in kwargs:
                if kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was passed '
                                    'as a keyword'.format(p.name))
                bound[p.name] = kwargs.pop(p.name)
            elif not partial and p.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(p.name))
        if kwargs:
            if var_kw is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
            bound[var_kw.name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        """Bind the arguments as a call would: a BoundArguments, or TypeError
        when the call would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """bind(), allowing required arguments to be missing."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += ' -> {}'.format(anno)
        return rendered


def _signature_is_functionlike(obj):
    """Whether obj quacks like a Python function (Cython-style callables)."""
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (iscode(code) and isinstance(getattr(obj, '__name__', None), str) and
            (defaults is None or isinstance(defaults, tuple)) and
            (kwdefaults is None or isinstance(kwdefaults, dict)) and
            (isinstance(annotations, dict) or annotations is None))


def _signature_from_function(cls, func, skip_bound_arg=True):
    """The signature of a Python function, from its code object, defaults and
    annotations."""
    if not isfunction(func) and not _signature_is_functionlike(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = func.__annotations__ or {}
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0
    parameters = []
    non_default_count = pos_count - pos_default_count
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty),
                                    kind=kind, default=default))
    if code.co_flags & CO_VARARGS:
        name = arg_names[pos_count + keyword_only_count]
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty),
                                    kind=_VAR_POSITIONAL))
    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty),
                                    kind=_KEYWORD_ONLY, default=default))
    if code.co_flags & CO_VARKEYWORDS:
        index = pos_count + keyword_only_count
        if code.co_flags & CO_VARARGS:
            index += 1
        name = arg_names[index]
        parameters.append(Parameter(name, annotation=annotations.get(name, _empty),
                                    kind=_VAR_KEYWORD))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _signature_bound_method(sig):
    """The signature without its first parameter (self), as a bound method has."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _unwrap_partial(func):
    partial = sys.modules.get('functools')
    partial = getattr(partial, 'partial', None)
    while partial is not None and isinstance(func, partial):
        func = func.func
    return func


def _signature_get_partial(sig, partial):
    """The signature of functools.partial(f, *args, **keywords) given f's:
    parameters filled positionally disappear; those given by keyword get the
    value as default, and every positional-or-keyword parameter from the first
    of them on can then only be passed by keyword (*args goes away)."""
    args = partial.args or ()
    keywords = partial.keywords or {}
    try:
        ba = sig.bind_partial(*args, **keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    out = []
    kwonly = False
    for p in sig.parameters.values():
        given = p.name in ba.arguments
        if given and p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) and p.name not in keywords:
            continue
        if given and p.kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
            p = p.replace(default=ba.arguments[p.name])
            if p.kind == _POSITIONAL_OR_KEYWORD:
                kwonly = True
        if kwonly:
            if p.kind == _VAR_POSITIONAL:
                continue
            if p.kind == _POSITIONAL_OR_KEYWORD:
                p = p.replace(kind=_KEYWORD_ONLY)
        out.append(p)
    return sig.replace(parameters=out)


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True, sigcls=Signature):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, _MethodType):
        sig = _signature_from_callable(obj.__func__, follow_wrapper_chains=follow_wrapper_chains,
                                       skip_bound_arg=skip_bound_arg, sigcls=sigcls)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, _MethodType):
            return _signature_from_callable(obj, follow_wrapper_chains=follow_wrapper_chains,
                                            skip_bound_arg=skip_bound_arg, sigcls=sigcls)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg)
    functools = sys.modules.get('functools')
    if functools is not None and isinstance(obj, functools.partial):
        wrapped_sig = _signature_from_callable(obj.func, follow_wrapper_chains=follow_wrapper_chains,
                                               skip_bound_arg=skip_bound_arg, sigcls=sigcls)
        return _signature_get_partial(wrapped_sig, obj)
    if isbuiltin(obj) or isinstance(obj, (_MethodDescriptorType, _WrapperDescriptorType, _MethodWrapperType)):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    if isinstance(obj, type):
        call = _lookup_meta(type(obj), '__call__')
        if call is not None:
            sig = _signature_from_callable(call, follow_wrapper_chains=follow_wrapper_chains,
                                           skip_bound_arg=skip_bound_arg, sigcls=sigcls)
            return _signature_bound_method(sig)
        new = _lookup_class(obj, '__new__')
        init = _lookup_class(obj, '__init__')
        for meth in (init, new) if init is not None else (new,):
            if meth is None:
                continue
            sig = _signature_from_callable(meth, follow_wrapper_chains=follow_wrapper_chains,
                                           skip_bound_arg=skip_bound_arg, sigcls=sigcls)
            return _signature_bound_method(sig)
        for base in obj.__mro__[:-1]:
            if base.__module__ == 'builtins' and base is not obj:
                raise ValueError('no signature found for builtin type {!r}'.format(base))
            if base.__module__ == 'builtins':
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
        if obj is object or type not in obj.__mro__:
            if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                return sigcls.from_callable(lambda: None).replace(parameters=())
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    call = _lookup_class(type(obj), '__call__')
    if call is not None:
        sig = _signature_from_callable(call, follow_wrapper_chains=follow_wrapper_chains,
                                       skip_bound_arg=skip_bound_arg, sigcls=sigcls)
        return _signature_bound_method(sig)
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def _lookup_class(cls, name):
    """A method name defines in Python somewhere in cls's MRO (not object's), or
    None."""
    for base in cls.__mro__:
        if name in base.__dict__:
            v = base.__dict__[name]
            if isinstance(v, (staticmethod, classmethod)):
                v = v.__func__
            if isfunction(v) or _signature_is_functionlike(v):
                return v
            return None
    return None


def _lookup_meta(meta, name):
    """__call__ of a metaclass written in Python, or None."""
    if meta is type:
        return None
    return _lookup_class(meta, name)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of the callable obj: its parameters and return
    annotation. For a bound method the first parameter is left out; for a class,
    the signature of its __init__ (or __new__) without self."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The names and defaults of a function's parameters, as a FullArgSpec
    (args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations)."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults,
                       kwonlyargs, kwdefaults, annotations)
