def outer(x):
    return x

def inner():
    return {}.pop("k")

value = outer(
    inner()
)
