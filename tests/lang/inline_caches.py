# Attribute, method and global lookups that change under a running call site:
# every answer must follow the change (pyheap caches these lookups).
import builtins


class A:
    x = 1

    def m(self):
        return "A.m"


class B(A):
    pass


def get_x(o):
    return o.x


def call_m(o):
    return o.m()


def bound(o):
    return o.m


a, b = A(), B()
print([get_x(a) for _ in range(3)], get_x(b))
A.x = 2
print(get_x(a), get_x(b))
b.x = 3
print(get_x(a), get_x(b))
del b.x
print(get_x(b))
B.x = 4
print(get_x(a), get_x(b))
del B.x
print(get_x(b))
del A.x
for o in (a, b):
    try:
        get_x(o)
    except AttributeError as e:
        print("AttributeError:", e)

print(call_m(a), call_m(b), call_m(a))
A.m = lambda self: "new A.m"
print(call_m(a), call_m(b))
B.m = lambda self: "B.m"
print(call_m(a), call_m(b))
b.m = lambda: "instance m"
print(call_m(b), bound(b)())
del b.m
print(call_m(b), bound(b)(), bound(a)())


class P:
    def __init__(self, v):
        self._v = v


def read_v(o):
    return o.v


p = P(5)
try:
    read_v(p)
except AttributeError as e:
    print("AttributeError:", e)
P.v = property(lambda self: self._v * 10)
print(read_v(p))
p.__dict__["v"] = "shadow?"
print(read_v(p))  # a data descriptor wins over the instance dict
del P.v
print(read_v(p))


class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


def read_ab(o):
    out = []
    for name in ("a", "b"):
        try:
            out.append(getattr(o, name))
        except AttributeError as e:
            out.append(str(e))
    return out, o.a


s = S(1)
print(read_ab(s))
s.b = 2
print(read_ab(s))
del s.a
try:
    read_ab(s)
except AttributeError as e:
    print("AttributeError:", e)


# Instances whose dicts hold the same names in different orders.
class D:
    pass


def make(order):
    d = D()
    for i, n in enumerate(order):
        setattr(d, n, i)
    return d


def read_all(o):
    return (o.p, o.q, o.r)


objs = [make("pqr"), make("rqp"), make("qpr"), make("pqr")]
print([read_all(o) for o in objs])


def set_q(o, v):
    o.q = v


for i, o in enumerate(objs):
    set_q(o, i * 100)
print([read_all(o) for o in objs])
print([sorted(vars(o).items()) for o in objs])

# One call site, many types.
class E:
    def m(self):
        return "E"


class F:
    m = staticmethod(lambda: "F static")


class G:
    @classmethod
    def m(cls):
        return "G " + cls.__name__


class H(G):
    pass


class K:
    def __init__(self):
        self.m = lambda: "K instance"


print([call_m(o) for o in (E(), F(), G(), H(), K(), E(), [].__class__)] if False else
      [call_m(o) for o in (E(), F(), G(), H(), K(), E())])
print([x.upper() for x in ("a", "b")], [l.pop() for l in ([1], [2, 3])])


# __getattr__ and __getattribute__ added after a site was warm.
class W:
    y = "class y"


def read_y(o):
    return o.y


def read_z(o):
    return o.z


w = W()
print(read_y(w))
W.__getattribute__ = lambda self, name: "intercepted " + name
print(read_y(w))
del W.__getattribute__
print(read_y(w))
W.__getattr__ = lambda self, name: "fallback " + name
print(read_z(w), read_y(w))

# __class__ assignment.
class X1:
    def who(self):
        return "X1"


class X2:
    def who(self):
        return "X2"


def who(o):
    return o.who()


x = X1()
print(who(x))
x.__class__ = X2
print(who(x))


# Globals and builtins.
def use_len():
    return len("abc")


print(use_len())
len = lambda s: "global len"
print(use_len())
del len
print(use_len())
builtins.len = lambda s: "patched builtin"
print(use_len())
del builtins.len
try:
    use_len()
except NameError as e:
    print("NameError:", e)
import builtins as _b
_b.len = type("L", (), {"__call__": lambda self, s: 3})()
print(use_len())


def read_g():
    return G_VALUE


try:
    read_g()
except NameError as e:
    print("NameError:", e)
G_VALUE = 1
print(read_g())
G_VALUE = 2
print(read_g())
globals().update({"OTHER%d" % i: i for i in range(50)})
print(read_g(), OTHER49)
del G_VALUE
try:
    read_g()
except NameError as e:
    print("NameError:", e)

# exec with its own globals, one code object run against two namespaces.
code = compile("def f():\n    return (k, len('xy'))\n", "<s>", "exec")
ns1, ns2 = {"k": 1}, {"k": 2, "len": lambda s: "ns2 len"}
exec(code, ns1)
exec(code, ns2)
print(ns1["f"](), ns2["f"](), ns1["f"]())
