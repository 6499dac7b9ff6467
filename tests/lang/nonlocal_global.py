x = "global x"
def read_global():
    return x
def write_global():
    global x
    x = "rebound"
print(read_global())
write_global()
print(x)
def declare_new_global():
    global brand_new
    brand_new = 1
declare_new_global()
print(brand_new)
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a *= 2
        inner()
    mid()
    return a
print(outer())
def shadow():
    x = "local"
    def inner():
        global x
        return x
    return inner(), x
print(shadow())
def loop_nonlocal():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(loop_nonlocal())
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
print("x" in globals(), "a" in globals())
def local_names():
    p = 1
    q = 2
    return sorted(locals())
print(local_names())
class K:
    y = 1
    def m(self):
        return y if False else "method cannot see class var unqualified"
print(K().m())
try:
    exec("def bad():\n    nonlocal zz\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
