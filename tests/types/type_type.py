print(type(1), type(type), type(object), type(None), type(type(1)))
T = type("T", (), {"a": 1})
print(T, T.__name__, T.a, T.__bases__, T().a, type(T()).__name__)
U = type("U", (T,), {"b": lambda self: "method b"})
print(U().b(), U.a, [c.__name__ for c in U.__mro__], issubclass(U, T))
print(int.__name__, int.__qualname__, int.__module__, list.__module__, type.__module__)
print(type.__name__, type.__base__, type.__bases__, type.__mro__)
print(type(T.__dict__).__name__, "a" in T.__dict__, T.__dict__["a"])
for bad in ["type('x', 'y', {})", "type()", "type(1, 2)", "type('V', (1,), {})"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print("TypeError:", e)
T.c = 3
print(T.c, U.c, hasattr(U, "c"))
print(T.__subclasses__() == [U], U.__base__ is T)
print(isinstance(int, type), type.__instancecheck__(int, 5), type.mro(U) == list(U.__mro__))
