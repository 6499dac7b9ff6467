l = [3, 1, 4, 1, 5, 9, 2, 6]
print(len(l), min(l), max(l), sum(l), sorted(l), list(reversed(l)), l.count(1), 9 in l, l.index(9))
print([x for x in l if x > 3], list(map(lambda x: x * 2, l)), list(filter(None, [0, 1, "", "a"])))
print(any(x > 8 for x in l), all(x > 0 for x in l), list(enumerate(l[:3])), list(zip(l, l[1:]))[:3])
stack = []
stack.append(1); stack.append(2)
print(stack.pop(), stack)
matrix = [[1, 2], [3, 4], [5, 6]]
print([list(r) for r in zip(*matrix)], [x for row in matrix for x in row], sum(matrix, []))
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] is [1, 2, 3], [] is not [])
print(l * 0, l[:0], [None] * 2, [[1] * 2] * 2)
u = []
for x in l:
    if x not in u:
        u.append(x)
print(u)
print(list("hello"), list(map(int, "123")), [int(c) for c in str(2 ** 20)])
l.sort(key=lambda x: -x)
print(l)
print([1, 2, 3].__iadd__([4]), [1].__mul__(3), [1].__rmul__(2), list.__contains__([1], 1))
