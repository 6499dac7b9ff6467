records = [("bob", 3), ("ann", 1), ("cy", 3), ("dee", 2), ("ed", 1), ("flo", 2), ("gus", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))  # reverse keeps equal items in order
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
print(sorted(records, key=lambda r: -r[1]))
data = list(range(20))
print(sorted(data, key=lambda x: x % 3))
print(sorted(data, key=lambda x: x % 3, reverse=True))
print(sorted("The quick Brown fox".split(), key=str.lower))
print(sorted([3, 1, 2], reverse=True), sorted([]), sorted((1,)), sorted({3: 0, 1: 0}))
print(sorted([1.5, 1, True, 0.5, False]))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [1]]))
print(sorted(["b", "a", "C", "é", "e", "Z"]))
class Item:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"{self.k}{self.tag}"
print(sorted([Item(2, "a"), Item(1, "b"), Item(2, "c"), Item(1, "d")]))
big = [(i * 7919) % 101 for i in range(200)]
s = sorted(big)
print(s[:10], s[-10:], s == sorted(big, reverse=True)[::-1])
l = [5, 3, 1]
try:
    l.sort(key=lambda x: 1 / (x - 3))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, l)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], key=5)
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 2].sort(lambda a: a)
except TypeError as e:
    print("TypeError:", e)
calls = []
print(sorted([3, 1, 2], key=lambda x: calls.append(x) or x), calls)
def mutating_key(x):
    lst.append(x)
    return x
lst = [2, 1]
try:
    lst.sort(key=mutating_key)
except ValueError as e:
    print("ValueError:", e)
