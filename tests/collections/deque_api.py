# collections.deque: every method and operator, against CPython 3.11.
from collections import deque
import copy

d = deque()
print(d, len(d), bool(d), d.maxlen)
d = deque([1, 2, 3])
print(d, len(d), bool(d), list(d), list(reversed(d)), 2 in d, 9 in d)
d.append(4); d.appendleft(0)
print(d, d[0], d[-1], d[2], d[-3])
print(d.pop(), d.popleft(), d)
d.extend([4, 5, 6]); d.extendleft('ab')
print(d)
d.extend(d); print(d)
d.extendleft(d); print(d)
d.clear(); print(d, len(d))

# rotate in every direction, through full and partly full rings
for n in (0, 1, -1, 3, -3, 7, -7, 100, -100, 5, -5):
    d = deque(range(10))
    d.rotate(n)
    print(n, list(d))
d = deque(range(8))
d.rotate(); print(d)
d = deque(range(5)); d.append(5); d.popleft(); d.rotate(2); print(d)
deque().rotate(3); deque([1]).rotate(5)

# indexing, assignment, deletion
d = deque(range(20))
print(d[0], d[19], d[-1], d[-20], d[10])
d[3] = 'x'; d[-2] = 'y'; print(d)
del d[0]; del d[-1]; del d[5]; del d[12]; print(d)
for i in range(len(d)):
    d[i] = i * i
print(d)
while d:
    del d[len(d) // 2]
print(d)

# insert
d = deque([1, 2, 3])
d.insert(0, 'a'); d.insert(100, 'z'); d.insert(-100, 'A'); d.insert(2, 'm'); d.insert(-1, 'n')
print(d)
for i in range(-8, 9):
    e = deque(range(6)); e.insert(i, '*'); print(i, list(e))

# count, index, remove, reverse
d = deque([1, 2, 3, 2, 1, 2])
print(d.count(2), d.count(9), d.index(2), d.index(2, 2), d.index(2, -2), d.index(1, 1, 5))
print(d.index(2, -100, 100), d.index(3, 0, 2**100))
d.remove(2); print(d)
d.reverse(); print(d)
deque().reverse()
e = deque(range(7)); e.reverse(); print(e)

# copy
d = deque([1, [2], 3], maxlen=5)
c = d.copy(); print(c, c == d, c is d, c[1] is d[1], c.maxlen)
c = copy.copy(d); print(c, c.maxlen)
c = copy.deepcopy(d); print(c, c.maxlen, c[1] is d[1])
print(d.__copy__())
print(d.__reduce__()[:3], list(d.__reduce__()[3]))
print(deque([1]).__reduce__()[:3])

# maxlen
d = deque(range(10), maxlen=3); print(d, d.maxlen)
d.append(10); print(d)
d.appendleft(-1); print(d)
d.extend(range(5)); print(d)
d.extendleft(range(5)); print(d)
d = deque(maxlen=0); d.append(1); d.extend([1, 2]); d.appendleft(3); print(d)
print(deque([], None).maxlen, deque([], True).maxlen, deque(maxlen=2, iterable='abc'))
d = deque('abc', 3)
try:
    d.insert(1, 'x')
except IndexError as e:
    print('IndexError', e)
d = deque('ab', 3); d.insert(1, 'x'); print(d)

# operators
a, b = deque([1, 2]), deque([1, 3])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == deque([1, 2]), a < deque([1, 2, 0]), deque([1, 2, 0]) > a, deque() < a, a <= a)
print(a == [1, 2], a != [1, 2], deque('abc') == deque('abc', 5))
print(a + b, a + deque(), deque([1], 2) + deque([2, 3]), a * 3, 3 * a, a * 0, a * -1)
print(deque([7]) * 4, deque([7], 3) * 5, deque([1, 2], 3) * 3)
a += [5, 6]; print(a)
a += 'xy'; print(a)
a += a; print(a)
a *= 2; print(a, len(a))
a *= 1; print(len(a))
a *= 0; print(a)
one = deque([1]); one *= 5; print(one)
one = deque([1], 3); one *= 5; print(one)
t = deque([1, 2], maxlen=5); t *= 4; print(t)

# repr
print(repr(deque()), repr(deque([1], maxlen=3)), repr(deque('ab', 0)), str(deque([None, 'x'])))
d = deque([1]); d.append(d); print(d)
d = deque([1], maxlen=4); d.append([d]); print(d)

# iteration
d = deque(range(5))
it = iter(d); print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
it = reversed(d); print(next(it), it.__length_hint__(), list(it))
print(type(iter(d)).__name__, type(reversed(d)).__name__)
print(sum(d), max(d), sorted(d, reverse=True), list(enumerate(d))[:2], tuple(d), set(d) == {0, 1, 2, 3, 4})

# generic alias, hash, type attributes
print(deque[int], deque[int].__origin__ is deque)
print(deque.__hash__, deque.__name__, deque.__module__, deque.__qualname__)
print(deque.__doc__)
print(deque.append.__doc__)
print(deque.maxlen.__doc__)
import weakref
d = deque([1])
r = weakref.ref(d)
print(r() is d)
del d
print(r())

# a big deque: growth and shrinking of the storage
d = deque()
for i in range(10000):
    d.append(i)
    d.appendleft(-i)
print(len(d), d[0], d[-1], d[10000], sum(d))
for i in range(19990):
    d.pop() if i % 2 else d.popleft()
print(len(d), list(d))
d = deque(range(100000)); d.rotate(33333); print(d[0], d[-1])
print(deque(range(3)) * 4)

# huge counts and indexes: bounded repeats, clamped rotations and indexes
print(deque([1, 2], maxlen=3) * 10**18)
d = deque([1, 2], maxlen=5); d *= 10**17; print(d)
print(deque([7], 2) * 10**18)
d = deque(range(5)); d.rotate(-2**63); print(d); d.rotate(2**63 - 1); print(d)
d.insert(-2**63, 'a'); d.insert(2**63 - 1, 'z'); print(d)
print(d.index(2, -2**63, 2**63 - 1), d.index(2, -2**200, 2**200))
