it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
data = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(data), 0)))
lines = ["a", "b", "STOP", "c"]
pos = [0]
def read():
    v = lines[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, "STOP")))
print(list(iter("abc")), list(iter({1: 2})), iter(it) is it)
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
for bad in ["iter(5)", "iter(5, 1)", "next(5)", "next([1])", "iter()", "next()"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "-> TypeError:", e)
s = iter(lambda: 1, 1)
print(list(s), type(s).__name__)
