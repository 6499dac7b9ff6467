# min() and max() of lists and tuples of small ints or floats take a direct path: the
# same result objects, NaN orders and errors as the general one.
nan = float("nan")
for seq in ([3, 1, 2], (5, -7, 9), [1.5, nan, 0.5], [nan, 1.0, 2.0], [2.0, 2.0], [1, 2.5], [True, 0], [], [10**20, 1], [1, "a"],
            [-0.0, 0.0], [0.0, -0.0], (4,), [1.0], [3, 3, 1, 1]):
    for f in (min, max):
        try:
            r = f(seq)
            print(f.__name__, seq, repr(r), r is seq[0] if seq else None)
        except Exception as e:
            print(f.__name__, seq, type(e).__name__, e)
a, b = 1.0, 1.0
print(max([a, b]) is a, min([b, a]) is b)
print(min(range(5)), max([x * 0.5 for x in range(9)]), min([2, 1], default=0), max((), default="d"))
