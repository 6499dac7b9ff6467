# Counter(iterable) through _collections._count_elements (its fast path for
# dicts and plain Counters, the generic protocol for the rest) and namedtuple's
# fields through _collections._tuplegetter.
from collections import Counter, namedtuple, OrderedDict
from _collections import _count_elements, _tuplegetter
import copy
import gc
import weakref

c = Counter('abracadabra')
print(c, c.most_common(3), c['a'], c['zz'], c.total())
c.update('aaz'); print(c)
c.update(['x', ('t', 1), 3, 3.0, True, 1]); print(c)
c.update({'a': 10}); print(c['a'])
print(Counter(), Counter([]), Counter(x for x in 'aab'), Counter(range(5)))
print(Counter(i % 3 for i in range(100)))
print(Counter([1, 1.0, True]))

d = {}
_count_elements(d, 'hello'); print(d)
_count_elements(d, 'll'); print(d)
d = {'a': 2**100, 'b': 1.5, 'c': 'x'}
_count_elements(d, 'ab'); print(d)
try:
    _count_elements(d, 'c')
except TypeError as e:
    print('TypeError', e)
print(d)
d = {'k': 2**30 - 1}
_count_elements(d, 'kk'); print(d, type(d['k']).__name__)
try:
    _count_elements({}, [[1]])
except TypeError as e:
    print('TypeError', e)
try:
    _count_elements({}, 5)
except TypeError as e:
    print('TypeError', e)
for args in ((), ({},), ({}, 'a', 'b')):
    try:
        _count_elements(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    _count_elements({}, 'a', x=1)
except TypeError as e:
    print('TypeError', e)

# The generic protocol: get and __setitem__ are the mapping's own.
class Logged(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
_count_elements(Logged(), 'aba')
class Getter(dict):
    def get(self, k, default=None):
        print('get', k, default)
        return dict.get(self, k, 100)
g = Getter(); _count_elements(g, 'ab'); print(g)
class LoudCounter(Counter):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
print(LoudCounter('aab'))
od = OrderedDict(); _count_elements(od, 'cba'); print(od)
class NotDict:
    def __init__(self):
        self.d = {}
    def get(self, k, default):
        return self.d.get(k, default)
    def __setitem__(self, k, v):
        self.d[k] = v
nd = NotDict(); _count_elements(nd, 'xyx'); print(nd.d)
try:
    _count_elements(object(), 'a')
except AttributeError as e:
    print('AttributeError', e)
class BadHash:
    def __hash__(self):
        raise ValueError('no hash')
try:
    Counter([BadHash()])
except ValueError as e:
    print('ValueError', e)
def gen():
    yield 'a'
    raise KeyError('stop')
c = Counter()
try:
    c.update(gen())
except KeyError as e:
    print('KeyError', e)
print(c)

# namedtuple fields.
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p, p.x, p.y, p[0], P.x, P.y.__doc__, type(P.x).__name__, type(P.x).__module__)
print(p._replace(x=5), p._asdict(), P._make([3, 4]), P._fields)
for op in ('set', 'del'):
    try:
        if op == 'set':
            p.x = 9
        else:
            del p.y
    except AttributeError as e:
        print('AttributeError', e)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0])
print(P3(1, 2), P3(1, 2, 3).c, sum(P3(1, 2, 3)))
print(copy.copy(p), copy.deepcopy(P3(1, [2], 3)))
print(P.x.__get__(None, P) is P.x, P.x.__get__(p))
try:
    P.x.__get__(5)
except TypeError as e:
    print('TypeError', e)
print(P.__dict__['x'].__get__((7, 8)))
class Short(tuple):
    x = _tuplegetter(3, 'third')
try:
    Short((1,)).x
except IndexError as e:
    print('IndexError', e)
g = _tuplegetter(1, 'doc one')
print(g, repr(_tuplegetter(-1, None)), g.__doc__, g.__reduce__())
g.__doc__ = 'new'; print(g.__doc__)
try:
    _tuplegetter(1)
except TypeError as e:
    print('TypeError', e)
try:
    _tuplegetter('a', 'b')
except TypeError as e:
    print('TypeError', e)
try:
    g.__set__(p, 1)
except AttributeError as e:
    print('AttributeError', e)
try:
    g.__delete__(p)
except AttributeError as e:
    print('AttributeError', e)

# A namedtuple class and its descriptors die with it.
gc.collect()
def make():
    T = namedtuple('T', 'a b')
    return weakref.ref(T), T(1, 2)
rt_, inst = make()
gc.collect()
print(rt_() is not None, inst.a)
del inst
gc.collect()
print(rt_())
doc = ['cycle']
g = _tuplegetter(0, doc); doc.append(g); rd = weakref.ref(g) if hasattr(g, '__weakref__') else None
del g, doc
print(gc.collect() >= 1)
print(sum(p.x + p.y for p in [P(i, i + 1) for i in range(1000)]))
