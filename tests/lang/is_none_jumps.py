def f(x, y=None):
    r = []
    if x is None: r.append(1)
    if x is not None: r.append(2)
    if not (x is None): r.append(3)
    if x is None and y is None: r.append(4)
    if x is None or y is not None: r.append(5)
    r.append("a" if x is None else "b")
    while x is not None:
        x = None
        r.append(6)
    assert x is None, "x"
    r.append(x is None)
    r.append([v for v in (1, None, 2) if v is not None])
    if None is x: r.append(7)
    return r
print(f(None), f(0), f(1, 2), f(None, 3))
