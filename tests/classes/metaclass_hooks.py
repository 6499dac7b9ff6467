# A metaclass written in Python: its instances (classes) keep their attributes in
# their own namespace, and isinstance/issubclass consult its __instancecheck__
# and __subclasscheck__.
class Meta(type):
    def describe(cls):
        return "class " + cls.__name__

    def __instancecheck__(cls, inst):
        return isinstance(inst, int) or type.__instancecheck__(cls, inst)

    def __subclasscheck__(cls, sub):
        return sub is bool or type.__subclasscheck__(cls, sub)


class A(metaclass=Meta):
    x = 1


class B(A):
    pass


setattr(A, "y", 2)
A.z = 3
print(type(A).__name__, type(B).__name__, A.describe(), B.describe())
print(A.x, A.y, A.z, B.y, sorted(k for k in A.__dict__ if not k.startswith("__")))
print("y" in A.__dict__, "y" in B.__dict__, vars(A)["z"])
del A.z
print(hasattr(A, "z"), hasattr(B, "z"))
print(isinstance(3, A), isinstance("s", A), isinstance(A(), A), isinstance(B(), A), isinstance(A(), B))
print(issubclass(bool, A), issubclass(int, A), issubclass(B, A), issubclass(A, B))
print(isinstance(3, (str, A)), isinstance(3.5, (str, A)), issubclass(bool, (str, B)))


class Plain:
    pass


print(isinstance(Plain(), Plain), issubclass(Plain, object), type(Plain).__name__)
