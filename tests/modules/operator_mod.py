import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.neg(3), op.pos(-3), op.abs(-2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.not_(0), op.truth([]), op.index(7))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None), op.contains([1], 1))
print(op.concat([1], [2]), op.getitem("abc", 1), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
l = [1, 2, 3]
op.setitem(l, 0, "x"); op.delitem(l, 1)
print(l)
print(op.itemgetter(1)("abc"), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(5), op.attrgetter("__class__.__name__")(1.0))
print(op.methodcaller("upper")("abc"), op.methodcaller("split", ",")("a,b"), op.methodcaller("replace", "a", b="x") if False else "")
rows = [{"n": "b", "a": 2}, {"n": "a", "a": 1}]
print(sorted(rows, key=op.itemgetter("n")), sorted([(1, "b"), (0, "c")], key=op.itemgetter(1)))
x = [1]
print(op.iadd(x, [2]), x, op.imul("ab", 2), op.matmul.__name__, op.length_hint([1, 2]))
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
