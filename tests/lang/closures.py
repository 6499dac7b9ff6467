def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def cell_contents():
    a = 1
    b = "two"
    def f():
        return a, b
    return f
f = cell_contents()
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])
def no_closure():
    return 1
print(no_closure.__closure__)
def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late_binding())
def shared():
    v = 0
    def get():
        return v
    def set_(n):
        nonlocal v
        v = n
    return get, set_
get, set_ = shared()
set_(42)
print(get())
def closure_over_param(p):
    return lambda: p * 2
print(closure_over_param(21)())
def empty_cell():
    def f():
        return later
    try:
        f()
    except NameError as e:
        print("NameError:", e)
    later = 1
    return f()
print(empty_cell())
