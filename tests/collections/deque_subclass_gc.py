# collections.deque: subclasses, copies of them, weak references, and cycles
# through deques freed by the cycle collector.
from collections import deque
import copy
import gc
import weakref

class Q(deque):
    """A deque with extras."""
    def __init__(self, iterable=(), maxlen=None, tag='q'):
        super().__init__(iterable, maxlen)
        self.tag = tag
    def append(self, x):
        super().append(x * 10)
    def total(self):
        return sum(self)

q = Q([1, 2, 3], tag='first')
q.append(4)
q.appendleft(5)
print(q, q.tag, q.total(), len(q), isinstance(q, deque), type(q).__name__, Q.__doc__)
print(repr(Q(maxlen=2)), Q([1], 3))
q.extend([6])  # extend does not go through the overridden append
print(q)
print(q == deque(q), q + deque([0]), type(q + deque([0])).__name__, type(q * 2).__name__)
c = q.copy(); print(type(c).__name__, c, c.tag)
c = copy.copy(q); print(type(c).__name__, c, c.tag)
q.extra = [1, 2]
c = copy.deepcopy(q); print(type(c).__name__, c, c.tag, c.extra, c.extra is q.extra)
print(q.__reduce__()[0] is Q, q.__reduce__()[1], sorted(q.__reduce__()[2]))

class Plain(deque):
    pass
p = Plain('abc', 5)
print(p, p.maxlen, p.__reduce__()[1:3])
p.x = 1
print(p.__reduce__()[2], copy.deepcopy(p).x)
print(Plain[int])

class Slotted(deque):
    __slots__ = ('a', 'b')
    def __init__(self, it=()):
        super().__init__(it)
        self.a = 1
        self.b = 2
s = Slotted([1, 2])
print(s, s.__reduce__()[2])
c = copy.copy(s); print(c, type(c).__name__)

class Counted(deque):
    def __len__(self):
        return 42
    def __repr__(self):
        return 'Counted!'
    def __iter__(self):
        return iter([9, 9])
k = Counted([1, 2, 3])
print(len(k), repr(k), list(k), k[0], k.pop(), deque.__len__(k))

class WithEq(deque):
    def __eq__(self, other):
        return 'custom'
    __hash__ = None
print(WithEq([1]) == deque([1]), deque([1]) == WithEq([1]))

class BadCopy(deque):
    def __init__(self, *args):
        pass
    def __new__(cls, *args):
        return 7
print(type(BadCopy).__name__)

try:
    hash(Q())
except TypeError as e:
    print(e)

# Weak references to deques and subclass instances.
d = deque([1])
r = weakref.ref(d)
del d
print(r())
q = Q([1])
r = weakref.ref(q)
print(r() is q)
del q
print(r())

# Cycles: a deque holding itself, a subclass instance holding itself in its
# items and in its __dict__, deques holding each other, an iterator in a cycle.
gc.collect()
class Marker:
    pass

def cycle(kind):
    m = Marker()
    if kind == 'self':
        d = deque([m]); d.append(d)
    elif kind == 'sub':
        d = Q([m]); d.append(1); deque.append(d, d); d.me = d
    elif kind == 'pair':
        a, b = deque([m]), deque(); a.append(b); b.append(a); d = a
    elif kind == 'iter':
        d = deque([m]); d.append(iter(d))
    elif kind == 'bounded':
        d = deque([m], maxlen=3); d.append(d); d.append(d)
    elif kind == 'rev':
        d = deque([m]); d.append(reversed(d))
    return weakref.ref(m), weakref.ref(d)

for kind in ('self', 'sub', 'pair', 'iter', 'bounded', 'rev'):
    rm, rd = cycle(kind)
    print(kind, 'before', rm() is not None, rd() is not None)
    gc.collect()
    print(kind, 'after', rm(), rd())

# Dropping the last reference frees the items at once.
m = Marker(); rm = weakref.ref(m)
d = deque([m, m, [m]]); del m
print(rm() is not None)
del d
print(rm())
m = Marker(); rm = weakref.ref(m)
d = deque([m]); del m
d.popleft()
print(rm())

# A long chain of nested deques is freed without deep recursion.
d = deque()
for i in range(100000):
    d = deque([d])
del d
print('chain freed')
print(gc.collect() >= 0)
