# inspect.signature: str() of signatures like CPython, Parameter, bind.
import inspect
from inspect import Parameter, Signature, signature
import functools


def f0():
    pass


def f1(a, b=1, *args, c, d=2, **kw):
    pass


def f2(a, b, /, c, *, d):
    pass


def f3(x: int, y: "str" = "hi", *rest: float, z: list = None, **opts: dict) -> bool:
    pass


def f4(a, /, b=2, *, c):
    pass


def f5(*, only):
    pass


def f6(p=None, q=[1, 2], r=(), s={"k": 1}, t=1.5, u=-3, v="a'b", w=b"x", y=f0):
    pass


lam = lambda x, *y, z=3: None


class Pt:
    def __init__(self, x, y=0):
        pass

    def move(self, dx, dy=0) -> "Pt":
        pass

    @classmethod
    def make(cls, a):
        pass

    @staticmethod
    def helper(a, b):
        pass

    def __call__(self, n, *, scale=1):
        pass


class NoInit:
    pass


class WithNew:
    def __new__(cls, a, b=2):
        return super().__new__(cls)


for obj in [f0, f1, f2, f3, f4, f5, lam, Pt, Pt.move, Pt(1).move, Pt.make, Pt.helper, Pt(1), NoInit, WithNew]:
    print(getattr(obj, "__qualname__", type(obj).__name__), str(signature(obj)))
print(str(signature(f6)).split("<function")[0])

sig = signature(f1)
print(repr(sig)[:30], list(sig.parameters), sig.return_annotation is Signature.empty)
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, p.kind.description, p.default, p.annotation is Parameter.empty, int(p.kind))
print(signature(f3).return_annotation, signature(f3).parameters["x"].annotation, signature(f3).parameters["y"].default)
print(Parameter.POSITIONAL_ONLY < Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD == 4, repr(Parameter.VAR_POSITIONAL))

# building signatures by hand
params = [Parameter("a", Parameter.POSITIONAL_ONLY), Parameter("b", Parameter.POSITIONAL_OR_KEYWORD, default=3),
          Parameter("c", Parameter.KEYWORD_ONLY, annotation=int)]
s2 = Signature(params, return_annotation=str)
print(s2, s2.replace(return_annotation=Signature.empty), s2 == Signature(params, return_annotation=str))
print(Parameter("x", Parameter.VAR_KEYWORD), Parameter("x", Parameter.VAR_POSITIONAL, annotation="T"))
p = Parameter("n", Parameter.POSITIONAL_OR_KEYWORD, default=0)
print(p.replace(name="m"), p.replace(kind=Parameter.KEYWORD_ONLY, default=Parameter.empty), p == p.replace())
for bad in [lambda: Signature([Parameter("a", Parameter.KEYWORD_ONLY), Parameter("b", Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter("a", Parameter.POSITIONAL_OR_KEYWORD, default=1),
                               Parameter("b", Parameter.POSITIONAL_OR_KEYWORD)]),
            lambda: Signature([Parameter("a", 1), Parameter("a", 3)]),
            lambda: Parameter("def", Parameter.POSITIONAL_ONLY),
            lambda: Parameter("a", Parameter.VAR_POSITIONAL, default=1),
            lambda: Parameter(3, Parameter.POSITIONAL_ONLY),
            lambda: signature(3)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# bind
sig = signature(f1)
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba.arguments, ba.args, ba.kwargs)
ba = sig.bind(1, c=3)
print(ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
print(signature(f2).bind(1, 2, 3, d=4).arguments, signature(f2).bind(1, 2, c=3, d=4).kwargs)
print(sig.bind_partial(c=1).arguments, signature(f4).bind_partial().arguments)
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3, 4), {"d": 1}), ((1, 2, 3), {"d": 1, "zz": 2}),
                 ((1, 2), {"c": 1, "d": 2, "a": 3}), ((1,), {"b": 2, "c": 3, "d": 4}), ((1, 2, 3), {"c": 3, "d": 4})]:
    try:
        signature(f2).bind(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    sig.bind(1, 2, b=3, c=4)
except TypeError as e:
    print("TypeError:", e)

# wrappers and partials
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(a, b=2, *, c):
    pass


print(signature(wrapped), signature(wrapped, follow_wrapped=False), inspect.unwrap(wrapped).__name__)
print(signature(functools.partial(f1, 1)), signature(functools.partial(f1, b=5)))
print(signature(functools.partial(f4, 1)), signature(functools.partial(lam, 1, 2)))

def g(): pass
g.__signature__ = Signature([Parameter("fake", Parameter.POSITIONAL_ONLY)])
print(signature(g))
print(inspect.getfullargspec(f1))
print(inspect.getfullargspec(f3).annotations["return"], inspect.getfullargspec(f2).args)
