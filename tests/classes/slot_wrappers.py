# Special methods of built-in types are slot wrappers (wrapper_descriptor), bound
# ones method-wrappers; ordinary methods are method_descriptor /
# builtin_function_or_method.

def kind(x):
    return type(x).__name__

print(kind(int.__add__), kind((1).__add__))
print(kind(object.__init__), kind(object().__init__))
print(kind(list.__len__), kind([].__len__))
print(kind(str.__getitem__), kind(list.__getitem__), kind(dict.__getitem__))
print(kind(dict.__contains__), kind(set.__contains__), kind(frozenset.__contains__), kind(tuple.__contains__))
print(kind(str.upper), kind("a".upper), kind(dict.fromkeys), kind(int.__new__))
print(kind(object.__eq__), kind(object.__hash__), kind(object.__repr__), kind(object.__str__))
print(kind(object.__setattr__), kind(object.__delattr__), kind(object.__getattribute__))
print(kind(object.__format__), kind(object.__dir__), kind(object.__sizeof__), kind(object.__init_subclass__))
print(kind(type.__call__), kind(iter([]).__next__), kind(iter([]).__iter__))
print(kind(float.__truediv__), kind(float.__rpow__), kind(int.__index__), kind(int.__bool__))
print(kind(list.__iadd__), kind(list.__imul__), kind(set.__ior__), kind(dict.__ior__))
print(kind(BaseException.__str__), kind(ValueError.__init__))

print(repr(int.__add__))
print(repr(object.__init__))
print(repr(list.__setitem__))
print(repr(str.upper))
print(repr((1).__add__).startswith("<method-wrapper '__add__' of int object at 0x"))
print(repr([].__len__).startswith("<method-wrapper '__len__' of list object at 0x"))
print(repr(int.__new__).startswith("<built-in method __new__ of type object at 0x"))
print(int.__new__.__self__ is int, object.__new__.__self__ is object)

w = int.__add__
print(w.__name__, w.__qualname__, w.__objclass__, w.__doc__)
m = (5).__add__
print(m.__name__, m.__qualname__, m.__self__, m.__objclass__, m.__doc__)
print(list.__len__.__doc__, "|", object.__init__.__doc__)
print(int.__neg__.__doc__, "|", int.__bool__.__doc__, "|", int.__index__.__doc__)
print(str.__getitem__.__qualname__, dict.__setitem__.__qualname__)

print(int.__add__(1, 2), (7).__sub__(2), (2).__rsub__(7), (3).__mul__("x"))
print(int.__add__.__get__(3)(4), int.__add__.__get__(3, int)(5))
print(int.__add__.__get__(None, int) is int.__add__)
print(list.__len__([1, 2, 3]), [1, 2].__len__(), "abc".__getitem__(1))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2))
print((1).__eq__(1.0), (1).__lt__("a"))

m1, m2 = (1000).__add__, (1000).__add__
print(m1 == m2, m1 != m2, m1 is m2)
x = [1]
print(x.__len__ == x.__len__, x.__len__ == [1].__len__, x.__len__ == x.__iter__)
print(hash(x.__len__) == hash(x.__len__))

class C:
    pass
c = C()
print(kind(c.__init__), kind(c.__eq__), kind(C.__init__), C.__init__ is object.__init__)
print(c.__eq__(c), c.__ne__(c))

class I(int):
    pass
print(kind(I.__add__), I.__add__ is int.__add__, I(3).__add__(4))

print(sorted(n for n in vars(bool) if n.startswith("__") and n != "__doc__"))

def err(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

err(lambda: int.__add__())
err(lambda: int.__add__("a", 1))
err(lambda: int.__add__.__get__("a"))
err(lambda: list.__len__(()))
err(lambda: object.__init__.__get__(1)(2))
err(lambda: (1).__add__())
err(lambda: (1).__add__(1, 2))
err(lambda: (1).__neg__(1))
err(lambda: (1).__add__(x=1))
err(lambda: str.upper(1))
err(lambda: str.upper())

# object.__init__ with arguments: an error unless only __new__ is overridden.
class D:
    def __init__(self, *a):
        super().__init__(*a)
class E:
    def __new__(cls, *a):
        return super().__new__(cls)
class F(int):
    pass
class G(Exception):
    pass
err(lambda: C().__init__(1))
err(lambda: D(1))
print(type(E(1)).__name__, E(1).__init__(2), F(1).__init__(2))
err(lambda: object().__init__(1))
err(lambda: object.__init__(G(), 1))
err(lambda: C(1))
