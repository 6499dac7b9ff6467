x = None
print(x is None, x == None, type(x).__name__, repr(x), str(x), bool(x))
def nothing():
    pass
print(nothing())
result = print("print returns None")
print(result)
print(bool(NotImplemented) if False else "skip", repr(NotImplemented), repr(Ellipsis))
print(type(None)() is None, type(...)() is ...)
print(None.__class__.__name__, None.__bool__())
