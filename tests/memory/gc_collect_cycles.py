import gc
gc.disable()
gc.collect()

class Node:
    pass

a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print("two instances in a cycle:", gc.collect())

lst = []
lst.append(lst)
del lst
print("self-referencing list:", gc.collect())

d = {}
d["self"] = d
del d
print("self-referencing dict:", gc.collect())

print("nothing left:", gc.collect())

n = Node()
n.me = n
del n
print("self-referencing instance:", gc.collect())

ring = [Node() for _ in range(10)]
for i, node in enumerate(ring):
    node.next = ring[(i + 1) % 10]
del ring, node
print("ring of ten:", gc.collect())

x = [1, 2]
y = [x]
x.append(y)
del x, y
print("two lists:", gc.collect())

keep = Node()
keep.me = keep
print("reachable cycle is not collected:", gc.collect())
del keep
print("now it is:", gc.collect())

for gen in (0, 1, 2):
    t = []
    t.append(t)
    del t
    print("generation", gen, "->", gc.collect(gen))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
