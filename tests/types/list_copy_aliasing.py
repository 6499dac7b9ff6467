import copy
a = [[1, 2], [3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
f = copy.deepcopy(a)
a[0].append(99)
a.append([4])
print(a, b, c, d, e, f, sep="\n")
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
x = [1, 2, 3]
y = x
x = x + [4]
print(x, y)
x = y
x += [5]
print(x, y)
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    return lst
orig = []
print(mutate(orig), orig)
t = ([],)
t2 = copy.copy(t)
print(t2 is t, copy.deepcopy(t) is t, copy.deepcopy(t)[0] is t[0])
self_ref = [1]
self_ref.append(self_ref)
dup = copy.deepcopy(self_ref)
print(dup, dup[1] is dup, dup is not self_ref)
