s = "abcdefghij"
l = list(range(10))
t = tuple(range(10))
for seq in (s, l, t):
    print(seq[2:5], seq[:3], seq[7:], seq[-3:], seq[:-7], seq[::2], seq[1::3], seq[::-1], seq[8:2:-2], seq[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[::-100], s[3:3])
print(l[slice(1, 4)], l[slice(None, None, -3)], s[slice(2)])
print(b"bytes"[1:3], bytearray(b"xyz")[::-1], range(10)[2:8:3])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a":]
except TypeError as e:
    print("TypeError:", e)
try:
    l[1.5]
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __index__(self):
        return 2
print(l[Idx()], s[Idx():], l[True])
class Spy:
    def __getitem__(self, key):
        return key
sp = Spy()
print(sp[1], sp[1:2], sp[1:2:3], sp[:, 1], sp[::], sp[...], sp[1, 2:3])
print(l[-10], s[-1])
big = list(range(20))
print(big[3:17:4], big[-2:-20:-5])
