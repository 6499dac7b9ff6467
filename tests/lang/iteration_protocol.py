class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
for v in Countdown(2):
    print("v", v)
a, b, c = Countdown(3)
print(a, b, c)
print(sum(Countdown(4)), max(Countdown(4)), sorted(Countdown(3)))
print(3 in Countdown(5), 9 in Countdown(5))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(iter(Seq())))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
d = {"a": 1, "b": 2}
print(list(d), list(iter(d.values())), list(d.items()))
print(list(enumerate("ab", start=1)), list(zip("ab", "xyz")), list(reversed([1, 2, 3])))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in None:
        pass
except TypeError as e:
    print("TypeError:", e)
s = "xyz"
it = iter(s)
print(next(it), next(it), next(it), next(it, "end"))
calls = iter([5, 0, 7])
print(list(iter(lambda: next(calls), 0)))
r = range(3)
print(list(r), list(r))
m = map(str, [1, 2])
print(list(m), list(m))
