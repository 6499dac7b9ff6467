for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3), range(0, -10, -3)]:
    print(r, list(r), len(r), bool(r))
r = range(0, 100, 7)
print(r[0], r[-1], r[3], r[2:5], r[::-1], r[::2], r[-3:], len(r[::3]), r.start, r.stop, r.step)
print(21 in r, 22 in r, 98 in r, -7 in r, 7.0 in r, "7" in r, r.index(14), r.count(14), r.count(15))
print(range(10)[::-1], list(range(10)[::-3]), range(10, 0, -1)[2:5], range(-5)[::-1])
print(range(3) == range(3), range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(3) == [0, 1, 2])
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), sum(range(101)))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(2 ** 70, 2 ** 70 + 5)[2])
for bad in ["range(0, 5, 0)", "range(1.5)", "range(3)[5]", "range(3).index(7)", "range()", "len(range(2**64))", "len(range(10 ** 20))", "range(3)['a']"]:
    try:
        print(eval(bad))
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(hash(range(3)) == hash(range(0, 3)), {range(3): "r"}[range(0, 3, 1)])
print(repr(range(1, 2, 1)), repr(range(1, 2, 2)), str(range(0)))
print(list(range(5))[range(5).index(3)], range(True, 3)[0], range(2).__len__())
