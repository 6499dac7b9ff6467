s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(3)), slice(None), slice(1, None))
print(s.indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(0, 100).indices(3), slice(-100, -50).indices(10))
print("abcdefghij"[s], list(range(20))[s], (1, 2, 3)[slice(None, None, -1)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    slice()
except TypeError as e:
    print("TypeError:", e)
class Rec:
    def __getitem__(self, k):
        return k
r = Rec()
print(r[1:2], r[::], r[:3:], r["a":"b":"c"], r[1:2, 3], r[...])
print(slice("a", [1], None), slice(1.5, 2.5).start)
