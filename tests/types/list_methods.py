l = [3, 1, 4]
l.append(1)
print(l)
l.extend([5, 9])
l.extend("ab")
l.extend(range(2))
print(l)
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "before last")
l.insert(-100, "very first")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a")
print(l, l.index(1), l.index(1, 3), l.count(1), l.count("zzz"))
l2 = l.copy()
l2.clear()
print(l2, len(l))
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
words = ["banana", "Apple", "cherry", "apple"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(sorted(words, key=lambda w: (len(w), w)))
for bad in ["[].pop()", "[1].pop(5)", "[1].remove(2)", "[1].index(2)", "[1, 'a'].sort()", "[].insert()", "[1][1]", "[1].pop('a')"]:
    try:
        print(eval(bad))
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(list(), list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), [[]] * 2, [0] * 3)
print([1, 2] + [3], [1, 2] * 2, 2 * [0], [1, [2]] == [1, [2]], [1, 2] < [1, 3], [1] < [1, 0], [] == [])
a = [1, 2, 3]
b = a
a += [4]
print(b)
a = a + [5]
print(a, b)
print(a.__len__(), a.__contains__(5), a.__getitem__(-1), list.__add__([1], [2]))
c = [1, 2, 3]
print(c.sort(), c.reverse(), c.append(0), c.extend([]), c.insert(0, 0), c.clear(), c)
print(repr([1, "a", None, 1.5, [2]]), str([]), [1, 2, 3][::-1], list(reversed([1, 2])))
big = list(range(10))
print(big.index(5, -5), big.index(9, 0, 10))
try:
    big.index(9, 0, 9)
except ValueError as e:
    print("ValueError:", e)
