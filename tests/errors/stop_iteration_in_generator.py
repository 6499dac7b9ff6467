# PEP 479: a StopIteration escaping a generator body becomes RuntimeError.
def take(it):
    while True:
        yield next(it)

source = iter([1, 2])
print("start")
for v in take(source):
    print(v)
