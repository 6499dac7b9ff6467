print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3, 1}), sorted({"b": 1, "a": 2}), sorted(range(5, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([(1, "b"), (0, "z"), (1, "a")]), sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.casefold))
print(sorted([-3, 2, -1], key=abs), sorted([1.5, -1, 0]), sorted([[], [1], [0, 5]]), sorted(x % 7 for x in range(20)))
original = [5, 4, 3]
result = sorted(original)
print(original, result, result is not original)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1, "b": 2}.values())), list(reversed(b"ab")), list(reversed(bytearray(b"xy"))))
for bad in ["reversed(5)", "reversed({1, 2})", "reversed(x for x in [])", "sorted(5)", "sorted([1], reverse=None)", "sorted([1], 'key')", "sorted()"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "-> TypeError:", e)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(Seq())), sorted(Seq(), reverse=True))
class Custom:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Custom())))
