"""Golden-case generator shared by the standard modules' tests (run with python3).

A generator script builds a Gen for the module under test, records calls with
g.call(...), and writes one JSON line per case: the call, its encoded arguments and
CPython's answer (repr of the result, or "Type: message"). The Go side
(modtest.Run) replays the same calls through pyheap's module object in order, so
state (random.seed, saved variables) carries from one case to the next.
"""
import itertools, json, math, sys, importlib


class Var:
    """A reference to a value saved by an earlier case (save=...) or let()."""
    def __init__(self, name):
        self.name = name


class Ext:
    """A callable the Go test supplies under the same dotted name (operator.neg)."""
    def __init__(self, name):
        self.name = name
        env = {m: importlib.import_module(m) for m in ("operator", "math", "itertools", "random")}
        self.obj = eval(name, env)


def enc(v):
    if isinstance(v, Var):
        return {"v": v.name}
    if isinstance(v, Ext):
        return {"x": v.name}
    if v is None:
        return None
    if v is True or v is False:
        return v
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": v.hex() if math.isfinite(v) else repr(v)}
    if isinstance(v, str):
        return {"s": v}
    if isinstance(v, bytearray):
        return {"ba": v.hex()}
    if isinstance(v, range):
        return {"r": [enc(v.start), enc(v.stop), enc(v.step)]}
    if isinstance(v, bytes):
        return {"b": v.hex()}
    if isinstance(v, list):
        return {"l": [enc(x) for x in v]}
    if isinstance(v, tuple):
        return {"t": [enc(x) for x in v]}
    if isinstance(v, dict):
        return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, frozenset):
        return {"fs": [enc(x) for x in v]}
    if isinstance(v, set):
        return {"set": [enc(x) for x in v]}
    raise TypeError("cannot encode %r" % (v,))


def pseudo(name):
    return {
        "$next": next,
        "$list": lambda x, n=None: list(x) if n is None else list(itertools.islice(x, n)),
        "$item": lambda x, i: x[i],
        "$attr": getattr,
        "$call": lambda f, *a, **k: f(*a, **k),
        "$str": str,
        "$type": lambda x: type(x).__name__,
    }[name]


class Gen:
    def __init__(self, module):
        self.mod = importlib.import_module(module) if isinstance(module, str) else module
        self.vars = {"mod": self.mod}
        self.out = []

    def resolve(self, v):
        if isinstance(v, Var):
            return self.vars[v.name]
        if isinstance(v, Ext):
            return v.obj
        return v

    def let(self, name, value):
        """Bind name to a fresh value (Go builds it from the encoding)."""
        self.out.append({"let": name, "val": enc(value)})
        self.vars[name] = value

    def call(self, fn, *args, on=None, save=None, show=None, kw=None):
        kw = kw or {}
        rec = {"fn": fn, "args": [enc(a) for a in args], "kw": [[k, enc(v)] for k, v in kw.items()]}
        if on:
            rec["on"] = on
        if save:
            rec["save"] = save
        if show is not None:
            rec["show"] = show
        rargs = [self.resolve(a) for a in args]
        rkw = {k: self.resolve(v) for k, v in kw.items()}
        try:
            if fn.startswith("$"):
                f = pseudo(fn)
            else:
                f = getattr(self.vars[on] if on else self.mod, fn)
            r = f(*rargs, **rkw)
            res = repr(r)
            if save:
                self.vars[save] = r
        except Exception as e:
            res = "%s: %s" % (type(e).__name__, e)
        if show is not None:
            res += " | " + repr(rargs[show])
        rec["want"] = res
        self.out.append(rec)
        return res

    def write(self, path):
        with open(path, "w") as f:
            for rec in self.out:
                f.write(json.dumps(rec, ensure_ascii=True) + "\n")
        print("%s: %d cases" % (path, len(self.out)), file=sys.stderr)
