x = "outer"
print([x for x in range(3)])
print(x)  # the loop variable does not leak
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
class C:
    base = 100
    items = [base for _ in range(1)] if False else None
    # Class-level names are not visible inside a comprehension body, only in the
    # first iterable.
    first_iter = [v for v in [base, base + 1]]
print(C.first_iter)
try:
    class D:
        base = 1
        vals = [base + i for i in range(2)]
except NameError as e:
    print("NameError:", e)
print([[j for j in range(i)] for i in range(4)])
def gen_scope():
    n = 3
    g = (n * i for i in range(3))
    n = 4
    return list(g)
print(gen_scope())
i = "still outer"
list(i for i in range(5))
print(i)
print({i for i in range(3)}, i)
print({i: i for i in range(2)}, i)
def closure_in_comp():
    a = 1
    return [a + b for b in range(2)]
print(closure_in_comp())
