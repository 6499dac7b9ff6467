for n in range(-1, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = 10
y = x / 2 if x else 0
print(y)
f = (lambda v: "even" if v % 2 == 0 else "odd")
print([f(i) for i in range(4)])
print((1 if True else 2) + 10)
def side(s):
    print("side", s)
    return s
print(side("a") if side(False) else side("b"))
print([i if i % 3 else -i for i in range(7)])
