# enumerate and zip hand out their result tuples again when nothing holds them: every
# tuple a program keeps must keep its own values.
import gc
xs = ["a", "b", "c", "d"]
print(list(enumerate(xs)), list(zip(xs, range(4))))
kept = []
for t in enumerate(xs, 10):
    kept.append(t)
print(kept)
kept = []
for pair in zip(xs, xs[::-1]):
    if pair[0] < "c":
        kept.append(pair)
print(kept)
it = enumerate(xs)
a = next(it)
b = next(it)
print(a, b, a is b)
del a
c = next(it)
print(b, c)
it = zip([1, 2, 3], [4, 5, 6], [7, 8, 9])
first = next(it)
print(first, next(it), first)
s = 0
for i, (x, y) in enumerate(zip(range(1000), range(1000, 2000))):
    s += i * x + y
print(s)
# Items with cycles and finalizers, collected while the iterator runs.
class Node:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("del", self.n)
for i, node in enumerate([Node(1), Node(2)]):
    print("got", i, node.n)
del node
gc.collect()
# A tuple the collector untracked (it held atoms only) and that is handed out
# again with a container in it.
e = enumerate([1, 2, [3], {4: 5}])
for t in e:
    gc.collect()
    print(t, gc.is_tracked(t))
z = zip("ab", [[1], [2]])
for t in z:
    gc.collect()
    print(t, gc.is_tracked(t))
print(list(zip()), list(zip("abc")), list(enumerate("")))
