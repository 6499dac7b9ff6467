l = list(range(10))
print(l[2:7], l[:3], l[-3:], l[::3], l[::-2], l[7:2:-1], l[-1:-5:-1], l[100:], l[3:3])
m = l[:]
m[1:4] = ["a", "b"]
print(m)
m[::-3] = [0, 0, 0]
print(m)
m[:] = []
print(m, l)
n = [1, 2, 3, 4, 5]
n[1:4] = n
print(n)
o = [0, 1, 2, 3, 4, 5, 6]
del o[::3]
print(o)
del o[-2:]
print(o)
del o[:]
print(o)
p = [1, 2, 3]
p[5:] = [9]
print(p)
p[-10:-8] = ["start"]
print(p)
q = list(range(5))
q[1:3] = range(100, 103)
q[0:0] = "xy"
print(q)
try:
    q[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    q[::0]
except ValueError as e:
    print("ValueError:", e)
r = list(range(6))
r[::2] = reversed(r[::2])
print(r)
print(list(range(20))[slice(2, 15, 4)], list(range(5))[slice(None)])
s = [1, 2, 3]
s[1:2] = s[1:2] * 3
print(s)
t = [1, 2, 3, 4]
t[len(t):len(t)] = [5]
t[-1:] = []
print(t)
