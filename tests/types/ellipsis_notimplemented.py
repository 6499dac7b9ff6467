print(..., Ellipsis, type(...).__name__, ... is Ellipsis, bool(...), repr(...), str(...))
print(NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
print((1).__add__("x"), (1).__lt__("x"), "a".__eq__(1), [].__eq__(1))
x = [1, 2, 3]
print(x[...] if False else "list rejects Ellipsis index")
try:
    x[...]
except TypeError as e:
    print("TypeError:", e)
print(hash(...) == hash(Ellipsis), {...: "e"}[Ellipsis])
