# An exception raised while handling another: both are printed, the original first.
def load(d, key):
    try:
        return d[key]
    except KeyError:
        raise ValueError("no setting " + repr(key))

print(load({"a": 1}, "a"))
load({"a": 1}, "b")
