o = object()
print(type(o).__name__, o == o, o != object(), bool(o), hash(o) == hash(o))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__bases__, object.__mro__, object.__name__, type(object), object.__doc__)
print(sorted(n for n in dir(object) if n in ("__eq__", "__hash__", "__init__", "__repr__", "__str__", "__new__", "__class__", "__doc__")))
print(o.__class__ is object, isinstance(o, object), issubclass(type, object), o.__eq__(1), o.__ne__(o))
print(object.__init__(o) is None, object.__str__(o) == object.__repr__(o), object.__format__(o, "") == str(o))
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
try:
    format(o, "d")
except TypeError as e:
    print("TypeError:", e)
print(object.__reduce_ex__ is not None, object.__subclasshook__() is NotImplemented)
