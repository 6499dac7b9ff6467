# An exception raised through yield from shows both generator frames.
def inner():
    yield 1
    raise ValueError("inner failed")

def outer():
    result = yield from inner()
    return result

for x in outer():
    print(x)
