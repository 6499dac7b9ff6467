sq = lambda x: x * x
print(sq(7), sq.__name__)
add = lambda a, b=10, *args, k=1, **kw: (a, b, args, k, kw)
print(add(1))
print(add(1, 2, 3, 4, k=5, z=6))
print((lambda: "no args")())
print((lambda *a: a)(1, 2))
print((lambda **k: sorted(k))(b=1, a=2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(12))
print((lambda x, /, y: x - y)(5, y=2))
nested = lambda x: (lambda y: x * y)
print(nested(3)(4))
print(repr((lambda: None)()))
