print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min("b", "a"), max((1, 2), (1, 3)), min({5, 2, 9}))
print(max([1, -5, 3], key=abs), min(["aaa", "b", "cc"], key=len), max(["aaa", "bbb"], key=len), min([3, 1, 2], key=lambda x: -x))
print(max([], default="empty"), min((), default=None), max([1], default=5), min([], key=abs, default=0))
print(max(1, 2.5, 2), min(True, 0.5), max([1, 1.0]), max([1.0, 1]), min([0, False]), min([False, 0]))
print(max(["b", "B", "a"], key=str.lower), min([(1, "b"), (1, "a")]), max({"x": 1, "y": 2}), max({"x": 1, "y": 2}.values()))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: x % 4))
print(max(iter([3, 7, 5])), min(x * x for x in range(-3, 3)), max("hello world".split(), key=len))
for call in ["max()", "min([])", "max([], key=len)", "max(1)", "min(1, 2, default=0)", "max([1, 'a'])", "max(1, 2, key=5)", "min(1, 2, bad=1)"]:
    try:
        print(eval(call))
    except (TypeError, ValueError) as e:
        print(call, "->", type(e).__name__ + ":", e)
nan = float("nan")
print(max(nan, 1), max(1, nan), min(nan, 1), min([2, nan, 1]))
