"""Generate plain-text documentation for Python objects: what help() prints.

pyheap's pydoc is a small subset of CPython's: help(obj) renders the signature
and docstring of functions and methods, and the docstring, methods and data of
classes and modules, in the layout CPython's plain-text renderer uses; help()
without an argument runs the interactive help prompt, which only answers names
(there are no topic pages). Built-in functions have no text signatures, so they
print as name(...).
"""

import sys

__all__ = ["help", "render_doc", "getdoc", "describe", "plain", "Helper"]


def getdoc(obj):
    """The docstring of obj, cleaned up (indentation removed), or ''."""
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return ""
    return _cleandoc(doc)


def _cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            margin = indent if margin is None else min(margin, indent)
    out = [lines[0].lstrip()]
    for line in lines[1:]:
        out.append(line[margin:] if margin else line)
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return "\n".join(out)


def plain(text):
    """Plain text as it is (CPython removes overstrikes; pyheap makes none)."""
    return text


def _annotation(a):
    if isinstance(a, type):
        if a.__module__ == "builtins":
            return a.__qualname__
        return a.__module__ + "." + a.__qualname__
    return repr(a)


def _signature(fn, skip_first=False):
    """The parameter list of a Python function, as inspect.signature prints it."""
    code = getattr(fn, "__code__", None)
    if code is None:
        return None
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    ann = getattr(fn, "__annotations__", None) or {}

    def param(name, default=None, has_default=False, prefix=""):
        s = prefix + name
        if name in ann:
            s += ": " + _annotation(ann[name])
            if has_default:
                s += " = " + repr(default)
        elif has_default:
            s += "=" + repr(default)
        return s

    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        if i < first_default:
            parts.append(param(names[i]))
        else:
            parts.append(param(names[i], defaults[i - first_default], True))
        if i + 1 == nposonly:
            parts.append("/")
    i = npos + nkw
    if code.co_flags & 0x04:
        parts.append(param(names[i], prefix="*"))
        i += 1
    elif nkw:
        parts.append("*")
    for k in range(npos, npos + nkw):
        n = names[k]
        parts.append(param(n, kwdefaults.get(n), n in kwdefaults))
    if code.co_flags & 0x08:
        parts.append(param(names[i], prefix="**"))
    if skip_first and parts:
        parts.pop(0)
        if parts and parts[0] == "/":
            parts.pop(0)
    s = "(" + ", ".join(parts) + ")"
    if "return" in ann:
        s += " -> " + _annotation(ann["return"])
    return s


def _text_signature(obj):
    """The signature of a built-in from its __text_signature__, without the
    $module/$self parameter, as inspect.signature prints it."""
    sig = getattr(obj, "__text_signature__", None)
    if not isinstance(sig, str) or not sig.startswith("("):
        return None
    body = " ".join(line.strip() for line in sig[1:-1].split("\n"))
    if body.startswith("$"):
        _, _, body = body.partition(",")
        body = body.lstrip()
        if body == "/":
            body = ""
        elif body.startswith("/,"):
            body = body[2:].lstrip()
    return "(" + body + ")"


def describe(thing):
    """A short description of the kind of thing."""
    if isinstance(thing, type(sys)):
        return "module " + thing.__name__
    if isinstance(thing, type):
        return "class " + thing.__name__
    kind = type(thing).__name__
    if kind == "builtin_function_or_method":
        return "built-in function " + thing.__name__
    if kind == "method":
        return "method " + thing.__func__.__name__
    if kind == "function":
        return "function " + thing.__name__
    if kind in ("method_descriptor", "wrapper_descriptor", "method-wrapper", "classmethod_descriptor"):
        return kind
    if kind == "property":
        return "property"
    return kind + " object"


def _indent(text, prefix="    "):
    if not text:
        return ""
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() + ("" if prefix.strip() else prefix)
                     for line in text.split("\n")) + "\n"


def _docroutine(obj, name=None, cls=None):
    realname = getattr(obj, "__name__", name)
    name = name or realname
    note = ""
    skip = False
    func = obj
    if type(obj).__name__ == "method":
        func = obj.__func__
        imclass = type(obj.__self__)
        mod = getattr(cls, "__module__", None)
        if cls is not None:
            if imclass is not cls:
                note = " from " + _classname(imclass, mod)
        else:
            note = " method of %s instance" % _classname(imclass, mod)
        skip = True
    if name != realname:
        title = name + " = " + realname
    else:
        title = realname
    argspec = None
    if type(func).__name__ == "function":
        argspec = _signature(func, skip)
        if realname == "<lambda>":
            title = name + " lambda "
            argspec = argspec[1:-1]
    if argspec is None:
        argspec = _text_signature(obj)
    if argspec is None:
        argspec = "(...)"
    decl = title + argspec + note
    doc = getdoc(obj)
    return decl + "\n" + _indent(doc)


_hidden_names = {"__author__", "__builtins__", "__cached__", "__credits__", "__date__", "__doc__",
                 "__file__", "__spec__", "__loader__", "__module__", "__name__", "__package__",
                 "__path__", "__qualname__", "__slots__", "__version__"}


def _visible(name):
    if name in _hidden_names:
        return False
    if name.startswith("__") and name.endswith("__"):
        return True
    return not name.startswith("_")


def _classname(c, modname):
    if c.__module__ != modname:
        return c.__module__ + "." + c.__qualname__
    return c.__qualname__


def _is_data_descriptor(v):
    t = type(v)
    return hasattr(t, "__set__") or hasattr(t, "__delete__")


def _classify(cls):
    """(name, kind, defining class, value) for the attributes of cls, as
    inspect.classify_class_attrs and pydoc see them."""
    out = []
    seen = set()
    for c in cls.__mro__:
        for name, raw in c.__dict__.items():
            if name in seen:
                continue
            seen.add(name)
            value = raw if _is_data_descriptor(raw) else getattr(cls, name, raw)
            if isinstance(raw, staticmethod):
                kind = "static method"
            elif isinstance(raw, classmethod) or type(raw).__name__ == "classmethod_descriptor":
                kind = "class method"
            elif isinstance(raw, property):
                kind = "readonly property" if raw.fset is None else "data descriptor"
            elif type(raw).__name__ in ("function", "method_descriptor", "wrapper_descriptor",
                                        "builtin_function_or_method"):
                kind = "method"
            elif _is_data_descriptor(raw):
                kind = "data descriptor"
            else:
                kind = "data"
            out.append((name, kind, c, value if kind not in ("readonly property", "data descriptor") else raw))
    return out


def _class_signature(cls):
    for c in cls.__mro__:
        if c is object:
            return None
        for meth in ("__init__", "__new__"):
            f = c.__dict__.get(meth)
            if isinstance(f, staticmethod):
                f = f.__func__
            if type(f).__name__ == "function":
                return _signature(f, True)
    return None


def _docother(name, value, maxlen=70):
    r = repr(value)
    line = name + " = " + r
    chop = maxlen - len(line)
    if chop < 0:
        r = r[:chop] + "..."
    return name + " = " + r


def _docclass(cls, name=None):
    realname = cls.__name__
    name = name or realname
    mod = cls.__module__
    bases = cls.__bases__
    title = "class " + name if name == realname else name + " = class " + realname
    if bases:
        title += "(" + ", ".join(_classname(b, mod) for b in bases) + ")"
    contents = []
    sig = _class_signature(cls)
    if sig and sig != "()":
        contents.append(name + sig + "\n")
    doc = getdoc(cls)
    if doc:
        contents.append(doc + "\n")
    mro = list(cls.__mro__)
    if len(mro) > 2:
        contents.append("Method resolution order:")
        for c in mro:
            contents.append("    " + _classname(c, mod))
        contents.append("")
    attrs = [a for a in _classify(cls) if _visible(a[0])]
    first = [True]

    def spill(msg, items, document):
        if not items:
            return
        if not first[0]:
            contents.append("-" * 70)
        first[0] = False
        contents.append(msg)
        for a in items:
            contents.append(document(a))

    def routine(a):
        name, kind, home, value = a
        if kind == "static method":
            value = home.__dict__[name].__func__
        return _docroutine(value, name, cls)

    def descriptor(a):
        name, kind, home, value = a
        d = getdoc(value)
        return name + "\n" + (_indent(d) if d else "")

    def data(a):
        name, kind, home, value = a
        return _docother(name, value) + "\n"

    for c in mro:
        here = sorted((a for a in attrs if a[2] is c), key=lambda a: a[0])
        if c is object and cls is not object:
            continue
        tag = "defined here" if c is cls else "inherited from " + _classname(c, mod)
        spill("Methods %s:\n" % tag, [a for a in here if a[1] == "method"], routine)
        spill("Class methods %s:\n" % tag, [a for a in here if a[1] == "class method"], routine)
        spill("Static methods %s:\n" % tag, [a for a in here if a[1] == "static method"], routine)
        spill("Readonly properties %s:\n" % tag, [a for a in here if a[1] == "readonly property"], descriptor)
        spill("Data descriptors %s:\n" % tag, [a for a in here if a[1] == "data descriptor"], descriptor)
        spill("Data and other attributes %s:\n" % tag, [a for a in here if a[1] == "data"], data)
    text = "\n".join(contents)
    lines = text.split("\n")
    while lines and not lines[-1]:
        lines.pop()
    body = "\n".join(" |  " + line for line in lines)
    return title + "\n" + body + "\n"


def _docmodule(mod):
    name = mod.__name__
    out = ["NAME", "    " + name]
    doc = getdoc(mod)
    if doc:
        first, _, rest = doc.partition("\n")
        out[-1] += " - " + first
        if rest.strip():
            out += ["", "DESCRIPTION"] + ["    " + l if l else "" for l in rest.strip("\n").split("\n")]
    funcs = []
    for key in sorted(getattr(mod, "__all__", None) or dir(mod)):
        if key.startswith("_"):
            continue
        value = getattr(mod, key, None)
        if type(value).__name__ in ("function", "builtin_function_or_method"):
            funcs.append((key, value))
    if funcs:
        out += ["", "FUNCTIONS"]
        for key, value in funcs:
            out += ["    " + l if l else "" for l in _docroutine(value, key).rstrip("\n").split("\n")]
            out.append("")
        out.pop()
    f = getattr(mod, "__file__", None)
    out += ["", "FILE", "    " + (f if f else "(built-in)")]
    return "\n".join(out) + "\n"


def render_doc(thing, title="Python Library Documentation: %s", forceload=0, renderer=None):
    """The text help(thing) shows."""
    desc = describe(thing)
    module = getattr(thing, "__module__", None) if not isinstance(thing, type(sys)) else None
    if isinstance(thing, type(sys)):
        return "Help on " + desc + ":\n\n" + _docmodule(thing)
    if isinstance(thing, type):
        text = _docclass(thing)
    elif callable(thing) and (desc.split(" ")[0] in ("function", "method", "built-in") or
                              desc in ("method_descriptor", "wrapper_descriptor", "method-wrapper",
                                       "classmethod_descriptor")):
        text = _docroutine(thing)
    else:
        cls = type(thing)
        desc = cls.__name__ + " object"
        module = None
        text = _docclass(cls)
    where = " in module " + module if isinstance(module, str) and module else ""
    return "Help on " + desc + where + ":\n\n" + text


_WELCOME = """
Welcome to Python {0}'s help utility! If this is your first time using
Python, you should definitely check out the tutorial at
https://docs.python.org/{0}/tutorial/.

Enter the name of any module, keyword, or topic to get help on writing
Python programs and using Python modules.  To get a list of available
modules, keywords, symbols, or topics, enter "modules", "keywords",
"symbols", or "topics".

Each module also comes with a one-line summary of what it does; to list
the modules whose name or summary contain a given string such as "spam",
enter "modules spam".

To quit this help utility and return to the interpreter,
enter "q" or "quit".

"""

_GOODBYE = """
You are now leaving help and returning to the Python interpreter.
If you want to ask for help on a particular object directly from the
interpreter, you can type "help(object)".  Executing "help('string')"
has the same effect as typing a particular string at the help> prompt.
"""


def _locate(path):
    import builtins
    parts = path.split(".")
    obj = None
    for n in range(len(parts), 0, -1):
        try:
            obj = __import__(".".join(parts[:n]))
        except ImportError:
            continue
        for p in parts[1:]:
            obj = getattr(obj, p, None)
            if obj is None:
                return None
        return obj
    obj = builtins
    for p in parts:
        obj = getattr(obj, p, None)
        if obj is None:
            return None
    return obj


class Helper:
    def __repr__(self):
        return ("Type help() for interactive help, or help(object) for help about object.")

    def __call__(self, request=None):
        if request is None:
            self.interact()
        else:
            self.help(request)

    def interact(self):
        v = sys.version_info
        sys.stdout.write(_WELCOME.format("%d.%d" % (v[0], v[1])))
        while True:
            try:
                request = input("help> ")
            except (EOFError, KeyboardInterrupt):
                break
            request = request.strip()
            if not request or request in ("q", "quit"):
                break
            self.help(request)
        sys.stdout.write(_GOODBYE)

    def help(self, request):
        if isinstance(request, str):
            obj = _locate(request)
            if obj is None:
                sys.stdout.write("No Python documentation found for %r.\n"
                                 "Use help() to get the interactive help utility.\n"
                                 "Use help(str) for help on the str class.\n" % request)
                return
            request = obj
        sys.stdout.write(render_doc(request) + "\n")


help = Helper()
