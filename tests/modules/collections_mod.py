from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1])
d.extend([4, 5]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(1), d.index(4), list(reversed(d)), 3 in d)
d.remove(3); d.reverse(); print(d)
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10); print(b)
b.appendleft(-1); print(b)
d.clear(); print(d)
for bad in ["deque().pop()", "deque().popleft()", "deque([1]).remove(2)", "deque([1])[5]"]:
    try:
        eval(bad)
    except (IndexError, ValueError) as e:
        print(bad, "->", type(e).__name__ + ":", e)
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["missing"], dict(dd))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, counts.default_factory)
nofactory = defaultdict()
try:
    nofactory["x"]
except KeyError as e:
    print("KeyError:", e)
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b")
print(od, list(od))
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), sorted(c.elements()))
c.update("aaz"); c.subtract({"a": 10})
print(c, +c, -c)
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter(a=2, b=3) & Counter(a=1, b=5), Counter(a=1) | Counter(a=4, b=1))
print(Counter([1, 1, 2]).total(), Counter().most_common(), list(Counter("bca")))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]), tuple(p), p == (1, 2))
x, y = p
print(x, y, len(p), type(p).__name__, isinstance(p, tuple))
P3 = namedtuple("P3", "a b c", defaults=[0, 0])
print(P3(1), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    namedtuple("Bad", ["class"])
except ValueError as e:
    print("ValueError:", e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm))
