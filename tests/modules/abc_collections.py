# collections.abc: built-in types against every ABC, and the mixin methods of
# user subclasses.
import collections
import collections.abc
from collections.abc import (Container, Hashable, Iterable, Iterator, Reversible, Generator, Sized,
                             Callable, Collection, Sequence, MutableSequence, Set, MutableSet, Mapping,
                             MutableMapping, MappingView, KeysView, ItemsView, ValuesView, ByteString)
import _collections_abc

print(collections.abc.Sequence is Sequence, _collections_abc.Mapping is Mapping, Mapping.__module__)
print(Sequence, MutableMapping.__name__, MutableMapping.__qualname__)
print([c.__name__ for c in Sequence.__mro__])
print([c.__name__ for c in MutableMapping.__mro__])
print(sorted(collections.abc.__all__) == sorted(_collections_abc.__all__), len(collections.abc.__all__))


def gen():
    yield 1


abcs = [Container, Hashable, Iterable, Iterator, Reversible, Generator, Sized, Callable, Collection,
        Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView,
        ItemsView, ValuesView, ByteString]
d = {"a": 1}
samples = [("list", []), ("tuple", ()), ("str", ""), ("bytes", b""), ("bytearray", bytearray()),
           ("range", range(3)), ("dict", d), ("set", set()), ("frozenset", frozenset()), ("int", 1),
           ("float", 1.5), ("None", None), ("keys", d.keys()), ("values", d.values()), ("items", d.items()),
           ("list_iter", iter([])), ("dict_iter", iter(d)), ("generator", gen()), ("function", gen),
           ("type", int), ("lambda", lambda: 0), ("zip", zip()), ("map", map(str, [])), ("enumerate", enumerate([])),
           ("reversed", reversed([])), ("deque", collections.deque()), ("OrderedDict", collections.OrderedDict()),
           ("defaultdict", collections.defaultdict(int)), ("Counter", collections.Counter())]
for name, obj in samples:
    print(name.ljust(12), " ".join(c.__name__ for c in abcs if isinstance(obj, c)))
print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(str, MutableSequence), issubclass(bool, Hashable))


class MyMap(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


m = MyMap(x=1, y=2)
print(len(m), m["x"], m.get("y"), m.get("z"), m.get("z", 9), "x" in m, "q" in m)
print(list(m), list(m.keys()), list(m.items()), list(m.values()))
print(m == {"x": 1, "y": 2}, m == {"x": 1}, m != {"x": 1}, m == MyMap(y=2, x=1), m == [1])
print(isinstance(m.keys(), KeysView), isinstance(m.items(), Set), m.keys() & {"x", "q"}, sorted(m.keys() | {"z"}))
print(("x", 1) in m.items(), ("x", 2) in m.items(), 2 in m.values(), 5 in m.values(), len(m.values()))
print(m.keys() == {"x", "y"}, m.items() - {("x", 1)}, sorted(m.keys() ^ {"y", "w"}))
print(repr(m.keys())[:15], MyMap.__reversed__, Mapping.__hash__)
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)


class MyMutMap(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mm = MyMutMap()
mm["a"] = 1
mm.update({"b": 2}, c=3)
mm.update([("d", 4)])
print(dict(mm), mm.setdefault("a", 100), mm.setdefault("e", 5), mm.pop("b"), mm.pop("zz", None))
try:
    mm.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(mm.popitem(), dict(mm))
mm.clear()
print(dict(mm), len(mm))
try:
    mm.popitem()
except KeyError:
    print("KeyError on empty popitem")


class MySeq(Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, 9 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2), s.count(7))
try:
    s.index(9)
except ValueError:
    print("ValueError from index")
print(s.index(3, -3), isinstance(s, Reversible), isinstance(s, MutableSequence))


class MyList(MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


ml = MyList([3, 1])
ml.append(4)
ml.extend([1, 5])
ml += [9]
print(ml._items, ml.pop(), ml.pop(0), ml._items)
ml.remove(1)
ml.reverse()
print(ml._items)
ml.clear()
print(ml._items, len(ml))


class MySet(Set):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            if x not in self._items:
                self._items.append(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), type(a & b).__name__)
print(a <= b, MySet([2]) <= a, MySet([2]) < a, a < a, a >= MySet([1]), a > a, a == MySet([3, 2, 1]), a != b)
print(a.isdisjoint([7, 8]), a.isdisjoint([3]), sorted(a & [1, 9]), sorted({1, 5} - a) if False else sorted(a - {1}))
print(a == {1, 2, 3}, {1, 2, 3} == a, a._hash() == MySet([3, 1, 2])._hash())


class MyMutSet(MutableSet):
    def __init__(self, items=()):
        self._s = set(items)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


ms = MyMutSet([1, 2])
ms |= {3}
ms -= {1}
ms ^= {2, 7}
print(sorted(ms._s), ms.pop(), sorted(ms._s))
ms.remove(7)
try:
    ms.remove(7)
except KeyError as e:
    print("KeyError:", e)
ms.add(5)
ms &= {5, 6}
print(sorted(ms._s))
ms.clear()
print(len(ms))


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), iter(Countdown(1)).__class__.__name__, isinstance(Countdown(1), Iterable))


class Echo(Generator):
    def send(self, value):
        if value == "stop":
            raise StopIteration
        return value

    def throw(self, typ, val=None, tb=None):
        raise StopIteration


e = Echo()
print(next(e), e.send(5), isinstance(e, Iterator))
e.close()
print("closed")

for bad in (Container, Sized, MyMutMap.__bases__[0]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(MutableSequence.__abstractmethods__), sorted(MutableSet.__abstractmethods__))
print(sorted(Generator.__abstractmethods__), sorted(Callable.__abstractmethods__))
print(Mapping[str, int], Sequence[int], Iterable[int])
