# sum() over its fast paths (ints in an int64, floats in a float64, a list or
# tuple read by index) and out of them: overflow, mixed types, subclasses,
# objects with __add__/__radd__, a list that grows while summed, bad starts.
import sys
class I(int): pass
class F(float): pass
class A:
    def __init__(self, v): self.v = v
    def __add__(self, o): return A(self.v + (o.v if isinstance(o, A) else o))
    def __radd__(self, o): return A(o + self.v)
    def __repr__(self): return f"A({self.v})"
cases = [
    [], [1, 2, 3], (1, 2, 3), [True, False, True], [1, 2.5, 3], [0.1] * 10, [1e308, 1e308], [sys.maxsize, 1], [sys.maxsize, 1, -5],
    [-sys.maxsize - 1, -1], [2 ** 70, 1], [1, 2 ** 70], [I(3), 4], [F(1.5), 2], [1.5, I(2), True], [1.0, 2 ** 70], [1.0, 2 ** 62, 2 ** 62],
    [A(1), 2], [1, A(2), 3], [1.5, A(1)], [float('nan'), 1], [float('inf'), -float('inf')], iter([1, 2]), range(10), (x * 0.5 for x in range(5)),
    {1: 2, 3: 4}, {1.5, 2.5}, [[1], [2]],
]
for c in cases:
    start = [] if c == [[1], [2]] else 0
    try:
        print(repr(sum(c, start)) if start == [] else repr(sum(c)), end=" ")
        print(repr(sum(c if not hasattr(c, '__next__') else [], 10)), repr(sum(c if not hasattr(c, '__next__') else [], 0.5)) if start == 0 else "")
    except TypeError as e:
        print("TypeError", e)
print(sum([1, 2], start=5), sum(range(4), 1.5))
for bad in ("", b"", bytearray()):
    try:
        sum([], bad)
    except TypeError as e:
        print(e)
L = [1, 2, 3]
class G:
    def __radd__(self, o):
        L.append(1) if len(L) < 6 else None
        return o + 1
L.append(G())
print(sum(L), len(L))
try:
    sum()
except TypeError as e:
    print(e)
try:
    sum(1)
except TypeError as e:
    print(e)
try:
    sum([1], 2, 3)
except TypeError as e:
    print(e)
