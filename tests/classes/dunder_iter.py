class Range3:
    def __iter__(self):
        return Range3Iter()
class Range3Iter:
    def __init__(self):
        self.i = 0
    def __next__(self):
        if self.i >= 3:
            raise StopIteration
        self.i += 1
        return self.i
    def __iter__(self):
        return self
print(list(Range3()), [x * 2 for x in Range3()], sum(Range3()))
class OldSeq:
    def __getitem__(self, i):
        print("getitem", i)
        if i < 3:
            return chr(ord("a") + i)
        raise IndexError(i)
print(list(OldSeq()))
print("b" in OldSeq())
class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stops()))
class GenIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i
print(list(GenIter(4)), tuple(GenIter(2)))
class NotIterator:
    def __iter__(self):
        return [1, 2]
try:
    list(NotIterator())
except TypeError as e:
    print("TypeError:", e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Rev())))
class Unpackable:
    def __iter__(self):
        return iter("xyz")
a, b, c = Unpackable()
print(a, b, c, [*Unpackable()], dict(zip(Unpackable(), range(3))))
class LenHint:
    def __length_hint__(self):
        return 5
import operator
print(operator.length_hint(LenHint()), operator.length_hint([1, 2]), operator.length_hint(object(), 7))
