# The types module: the names of the built-in types, SimpleNamespace,
# new_class / resolve_bases / prepare_class, DynamicClassAttribute.
import types
import sys

def f():
    pass
class C:
    def m(self):
        pass
def gen():
    yield 1

checks = [
    (types.FunctionType, f), (types.LambdaType, lambda: 0), (types.CodeType, f.__code__),
    (types.MethodType, C().m), (types.BuiltinFunctionType, len), (types.BuiltinMethodType, [].append),
    (types.ModuleType, sys), (types.GeneratorType, gen()), (types.MappingProxyType, type.__dict__),
    (types.WrapperDescriptorType, object.__init__), (types.MethodWrapperType, object().__str__),
    (types.MethodDescriptorType, str.join), (types.ClassMethodDescriptorType, dict.__dict__["fromkeys"]),
    (types.GenericAlias, list[int]), (types.UnionType, int | str), (types.NoneType, None),
    (types.EllipsisType, ...), (types.NotImplementedType, NotImplemented),
    (types.GetSetDescriptorType, types.FunctionType.__code__),
]
for t, v in checks:
    print(t.__name__, isinstance(v, t), type(v) is t)
print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))
def outer():
    x = 1
    def inner():
        return x
    return inner
print(isinstance(outer().__closure__[0], types.CellType))

# ModuleType makes modules.
m = types.ModuleType("mymod", "The doc.")
print(m.__name__, m.__doc__, repr(m), isinstance(m, types.ModuleType))
m.x = 5
print(m.x, sorted(k for k in vars(m) if not k.startswith("__")))

# MethodType binds.
def meth(self, y):
    return (self, y)
bm = types.MethodType(meth, "obj")
print(bm(2), bm.__self__, bm.__func__ is meth)

# MappingProxyType is read-only.
mp = types.MappingProxyType({"a": 1})
print(mp["a"], len(mp), list(mp), "a" in mp, mp.get("b", 0))
try:
    mp["b"] = 2
except TypeError as e:
    print("TypeError:", e)

# SimpleNamespace.
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns.b, repr(types.SimpleNamespace()))
ns.c = [1]
del ns.a
print(ns, vars(ns))
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace(a=1) == types.SimpleNamespace(a=2))
print(types.SimpleNamespace(a=1) != types.SimpleNamespace(a=1), types.SimpleNamespace() == 1)
class NS(types.SimpleNamespace):
    pass
print(NS(x=1), NS(x=1) == types.SimpleNamespace(x=1))
r = types.SimpleNamespace()
r.self = r
print(r)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print("TypeError:", e)
print(types.SimpleNamespace.__name__, types.SimpleNamespace.__module__)

# new_class and friends.
def body(ns):
    ns["x"] = 42
    ns["hello"] = lambda self: "hi"
K = types.new_class("K", (C,), {}, body)
print(K.__name__, K.__bases__, K.x, K().hello(), K.__mro__)
print(types.resolve_bases((int, list[str])), types.resolve_bases((int,)))
meta, ns2, kw = types.prepare_class("P", (int,), {"metaclass": type, "flag": 1})
print(meta, ns2, kw)
G = types.new_class("G", (list[int],))
print(G.__bases__, G.__orig_bases__)
try:
    types.new_class("Bad", (C,), {"unknown": 1})
except TypeError as e:
    print("TypeError:", e)

class D:
    @types.DynamicClassAttribute
    def name(self):
        "The name."
        return "instance name"
print(D().name)
try:
    D.name
except AttributeError as e:
    print("AttributeError", e.args)
print("SimpleNamespace" in types.__all__, "FunctionType" in dir(types))
