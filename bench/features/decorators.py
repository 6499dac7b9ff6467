import functools
def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
@counted
def add(a, b=1):
    return a + b
@functools.lru_cache(maxsize=128)
def sq(n):
    return n * n
s = 0
for i in range(200000):
    s += add(i) + add(i, b=2) + sq(i % 200)
print("checksum:", s + add.calls)
