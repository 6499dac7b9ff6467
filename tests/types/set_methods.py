s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s, sorted(s))
s.add(4)
s.add(1)
print(s)
s.discard(10)
s.remove(4)
print(s)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
s.update([5, 6], {7})
print(s)
s.clear()
print(s, set(), set([1, 1, 2]), set("aab") == {"a", "b"}, set(range(5)), set({1: 2}))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([4, 6]))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > {1, 2}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}))
c = a.copy()
c.intersection_update({1, 2, 9})
print(c)
c = a.copy()
c.difference_update({1})
print(c)
c.symmetric_difference_update({2, 10})
print(c)
c |= {20}
c &= {3, 4, 10, 20}
c -= {4}
c ^= {3, 30}
print(c)
print({1, 2} == {2, 1}, {1} == {1.0}, {True, 1, 1.0}, len({0, False, 0.0}))
for bad in ["set().pop()", "{1} + {2}", "{[1]}", "{1} < [1]", "set(5)"]:
    try:
        print(eval(bad))
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(repr(set()), repr({1}), {5, 3, 9, 1}, {10, 20, 30}, {-1, -2, 0})
print({x % 5 for x in range(20)}, set([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]))
print({100, 1, 33}, {64, 0, 32}, {17, 1}, {8, 16, 0})
print(list({1000, 2000, 3000}), sorted({1000, 2000, 3000}))
fs = frozenset([3, 1])
print(sorted(a.union(fs)), type(a | fs).__name__, type(fs | a).__name__)
