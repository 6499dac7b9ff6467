# collections.deque: errors, their types and CPython 3.11's exact messages, and
# mutation during iteration and during comparisons.
from collections import deque

d = deque([1, 2, 3])

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

cases = [
    lambda: d.append(), lambda: d.append(1, 2), lambda: d.append(x=1), lambda: d.appendleft(),
    lambda: d.pop(1), lambda: d.pop(x=1), lambda: d.popleft(1), lambda: d.clear(1), lambda: d.reverse(2),
    lambda: d.rotate(1, 2), lambda: d.rotate(x=1), lambda: d.rotate('a'), lambda: d.rotate(1.5),
    lambda: d.rotate(2**70), lambda: d.rotate(None),
    lambda: d.index(), lambda: d.index(1, 'a'), lambda: d.index(1, 0, 2, 3), lambda: d.index(9),
    lambda: d.index(1, None), lambda: d.index(3, 0, 2), lambda: d.index(1, 1), lambda: d.index('x'),
    lambda: d.index(x=1),
    lambda: d.insert(), lambda: d.insert('a', 1), lambda: d.insert(1), lambda: d.insert(1, 2, 3),
    lambda: d.insert(2**70, 1), lambda: d.insert(x=1),
    lambda: deque(1), lambda: deque([], -1), lambda: deque([], 'a'), lambda: deque([], 1.0),
    lambda: deque([], 2**70), lambda: deque(a=1), lambda: deque(1, 2, 3), lambda: deque([], maxlen=-5),
    lambda: d[3], lambda: d[-4], lambda: d['a'], lambda: d[1:2], lambda: d[None],
    lambda: d.__setitem__(7, 1), lambda: d.__delitem__(7), lambda: d.__delitem__(-4),
    lambda: d + [1], lambda: [1] + d, lambda: d + 1, lambda: d * 'a', lambda: d * 1.5,
    lambda: d < [1], lambda: d >= 1, lambda: [1] < d, lambda: hash(d), lambda: {d: 1},
    lambda: d.remove(9), lambda: d.remove(), lambda: deque().remove(1),
    lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1], 1).insert(0, 5),
    lambda: deque(maxlen=0).insert(0, 1),
    lambda: d.count(), lambda: d.extend(1), lambda: d.extendleft(None), lambda: d.extend(),
    lambda: setattr(d, 'maxlen', 3), lambda: delattr(d, 'maxlen'), lambda: d.__copy__(1),
    lambda: d.copy(1), lambda: deque.__class_getitem__(), lambda: d.x, lambda: setattr(d, 'x', 1),
    lambda: d.__reversed__(1), lambda: iter(d).__length_hint__(1),
    lambda: deque.append(1, 2), lambda: d.__init__(a=1), lambda: d.__iadd__(1), lambda: d.__imul__('a'),
    lambda: deque.__new__(int), lambda: deque.__new__(1),
]
for f in cases:
    show(f)
print(d)

# A failing iterable leaves the items it gave.
def gen():
    yield 1
    yield 2
    raise ValueError('boom')
e = deque()
show(lambda: e.extend(gen()))
show(lambda: e.extendleft(gen()))
print(e)

# Comparisons that fail or raise.
class Bad:
    def __eq__(self, other):
        raise ZeroDivisionError('eq')
show(lambda: deque([Bad()]) == deque([1]))
show(lambda: Bad() in deque([1, 2]))
show(lambda: deque([Bad()]).count(1))
show(lambda: deque([Bad()]).index(1))
show(lambda: deque([Bad()]).remove(1))
show(lambda: deque([1, 2]) < deque([1, 'a']))

# Mutation during iteration.
d = deque([1, 2, 3])
for f in (d.append, d.appendleft):
    it = iter(d)
    next(it)
    f(0)
    show(lambda: next(it))
    show(lambda: next(it))
it = iter(d); d.pop(); show(lambda: list(it))
it = iter(d); d.popleft(); show(lambda: list(it))
it = iter(d); d.rotate(1); show(lambda: list(it))
it = iter(d); d.rotate(0); show(lambda: list(it))
it = iter(d); d.extend([]); show(lambda: list(it))
it = iter(d); d.clear(); show(lambda: list(it))
it = iter(d); d.clear(); show(lambda: list(it))
d = deque([1, 2, 3])
it = iter(d); d[0] = 'x'; show(lambda: list(it))
it = iter(d); d.reverse(); show(lambda: list(it))
it = iter(d); del d[1]; show(lambda: list(it))
it = iter(d); d.insert(1, 'i'); show(lambda: list(it))
it = iter(d); d.remove('i'); show(lambda: list(it))
it = iter(d); d += [4]; show(lambda: list(it))
it = iter(d); d *= 2; show(lambda: list(it))
it = reversed(d); d.append(5); show(lambda: list(it))
d2 = deque(); it = reversed(d2); d2.append(1); show(lambda: list(it))
d2 = deque([1]); it = iter(d2); d2.clear(); d2.append(1); show(lambda: list(it)); print(it.__length_hint__())
d2 = deque(range(4)); it = iter(d2); show(lambda: [x for x in it if d2.append(x) is None])
d = deque(range(3))
show(lambda: [d.append(x) for x in d])
print(len(d))

# Mutation from __eq__ during count, index, remove, in and comparisons.
class Grow:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.append(1)
        return False
for name in ('count', 'index', 'remove', '__contains__'):
    d = deque([1, 2, 3]); d.append(Grow(d))
    show(lambda: getattr(d, name)(5))
d = deque([1, 2]); g = Grow(d); d.appendleft(g)
show(lambda: d == deque([1, 2, 3]))
show(lambda: deque([1, 2, 3]) < d)
class Flip:
    def __init__(self, d):
        self.d = d
    def __repr__(self):
        return 'Flip()'
    def __eq__(self, other):
        self.d.rotate(1)
        return False
d = deque([Flip(None), 2, 3]); d[0].d = d
show(lambda: d.count(7))
show(lambda: d.index(7))
d = deque([Flip(None), 2, 3]); d[0].d = d
show(lambda: d.remove(7))
print(d)

# __del__ of a dropped item that mutates the deque
class Noisy:
    def __init__(self, d, tag):
        self.d, self.tag = d, tag
    def __del__(self):
        print('del', self.tag, len(self.d))
        self.d.append('from-del')
d = deque()
d.append(Noisy(d, 'a')); d.append(Noisy(d, 'b'))
d.clear(); print(d)
d = deque(maxlen=1); d.append(Noisy(d, 'c')); d.append('next'); print(d)
d = deque(); d.append(Noisy(d, 'e')); d[0] = 'x'; print(d)
d = deque(); d.append(Noisy(d, 'f')); d.pop(); print(d)
d = deque(['keep']); d.append(Noisy(d, 'g')); del d[1]; print(d)
