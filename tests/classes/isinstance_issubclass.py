class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, (C, A)), issubclass(B, object), issubclass(bool, int), issubclass(int, bool))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance(None, type(None)), isinstance(A, type), isinstance(type, type), isinstance(type, object))
print(isinstance(object, type), issubclass(type, object))
print(isinstance([], list), isinstance((), list), isinstance({}, dict), isinstance("s", str))
print(isinstance(b"", bytes), isinstance(bytearray(), bytes), isinstance(range(1), range))
try:
    isinstance(b, b)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(B, 5)
except TypeError as e:
    print("TypeError:", e)
print(type(A).__name__, type(int).__name__, type(type).__name__)
print(type(1), type("x"), type(None), type(len), type(A.__init__), type(b.__init__))
T = type("T", (A,), {"x": 1, "f": lambda self: "dynamic"})
print(T.__name__, T.x, T().f(), issubclass(T, A), [c.__name__ for c in T.__mro__])
print(isinstance(1, int | str), isinstance("a", int | None), int | str)
