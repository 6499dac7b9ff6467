from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict, UserList, UserString
# deque: growth past the initial capacity, rotation on a full ring, indexing
d = deque()
for i in range(20):
    d.append(i)
    d.appendleft(-i)
print(len(d), d[0], d[-1], d[19], d[20])
d.rotate(5); print(list(d)[:6])
d.rotate(-7); print(list(d)[:6])
d[3] = "x"; del d[0]; print(list(d)[:4])
d.insert(2, "ins"); print(list(d)[:5])
print(d.index("ins"), d.count("x"))
e = deque([1, 2, 3])
print(e == deque([1, 2, 3]), e < deque([1, 2, 4]), e + deque([9]), e * 2, bool(deque()))
e += [4]; print(e, e.copy(), deque("abc", 2))
e.extendleft("ab"); print(e)
z = deque([1], maxlen=0); z.append(2); print(z)
f = deque([1, 2, 3], maxlen=3)
try:
    f.insert(0, 9)
except IndexError as ex:
    print("IndexError:", ex)
for bad in [lambda: deque([1], maxlen=-1), lambda: deque([1]).index(5), lambda: deque()[0]]:
    try:
        bad()
    except (ValueError, IndexError) as ex:
        print(type(ex).__name__, ex)
r = deque([1]); r.append(r); print(r)
it = iter(e)
next(it); e.append(7)
try:
    next(it)
except RuntimeError as ex:
    print("RuntimeError:", ex)
# defaultdict
dd = defaultdict(lambda: "dflt", a=1)
print(dd["b"], sorted(dd.items()), type(dd.copy()).__name__, dd.copy()["b"])
print(defaultdict(None, {1: 2}))
try:
    defaultdict(5)
except TypeError as ex:
    print("TypeError:", ex)
print(isinstance(dd, dict), (defaultdict(int, a=1) | {"b": 2}))
# OrderedDict
od = OrderedDict.fromkeys("abc", 0)
print(od, od.pop("b"), od.setdefault("d", 4), od)
print(od == {"a": 0, "c": 0, "d": 4}, OrderedDict(a=1) != OrderedDict(a=1), OrderedDict())
try:
    OrderedDict().popitem()
except KeyError as ex:
    print("KeyError:", ex)
try:
    od.move_to_end("zz")
except KeyError as ex:
    print("KeyError:", ex)
print(list(reversed(od)), od | {"a": 9})
# Counter
c = Counter(a=3, b=-1, c=0)
print(c.most_common(), c.most_common(1), sorted(c.elements()), c.total())
del c["zz"]; del c["c"]; print(c)
c2 = Counter("aab"); c2 += Counter("bc"); print(c2)
c2 -= Counter("aaaa"); print(c2)
print(Counter(a=1) == Counter(a=1, b=0), Counter("ab") <= Counter("aab"), Counter(x=1).get("y"))
c3 = Counter(); c3.update({"x": 2}); c3.update(["x", "y"], y=5); print(c3)
# namedtuple
P = namedtuple("P", "x, y", rename=False, module="geo")
print(P.__module__, P.__doc__, P(1, 2)._asdict(), P.__new__.__doc__)
R = namedtuple("R", ["a", "def", "a", "_b"], rename=True)
print(R._fields, R(1, 2, 3, 4))
S = namedtuple("S", "v")
print(S(5), S._make([6]), len(S(1)), S(1) + (2,), S(3).v, S.v.__doc__)
for args in [("1bad", "a"), ("N", "a a"), ("N", "_a"), ("N", "a b", ), ("N", ["x", 3])]:
    try:
        print(namedtuple(*args)._fields)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
try:
    namedtuple("N", "a", defaults=[1, 2])
except TypeError as ex:
    print("TypeError:", ex)
try:
    P(1, 2)._replace(z=3)
except ValueError as ex:
    print("ValueError:", ex)
try:
    P._make([1])
except TypeError as ex:
    print("TypeError:", ex)
try:
    P(1, 2, 3)
except TypeError as ex:
    print("TypeError:", ex)
# ChainMap
cm = ChainMap({"a": 1}, {"b": 2, "a": 0})
child = cm.new_child({"c": 3})
print(child, child["a"], child.parents, list(child), "c" in child, child.get("q", 7))
child["a"] = 5; print(child.maps[0], cm["a"])
try:
    del cm["b"]
except KeyError as ex:
    print("KeyError:", ex)
print(dict(cm), cm == {"a": 1, "b": 2}, len(ChainMap()))
# User types
ud = UserDict(a=1); ud["b"] = 2
print(ud, len(ud), "a" in ud, ud.get("z", 0), sorted(ud))
ul = UserList([3, 1]); ul.append(2); ul.sort()
print(ul, ul[0], ul[1:], ul + [4], len(ul), ul == [1, 2, 3])
us = UserString("abc")
print(us, repr(us), us.upper(), len(us), us + "d", "b" in us, us[1])
