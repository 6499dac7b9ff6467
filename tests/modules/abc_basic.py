# abc: ABCMeta, ABC, abstractmethod, register, __subclasshook__, caches.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        return "shape"

    def describe(self):
        return "%s with area %s" % (self.name(), self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def name(self):
        return "square (" + super().name() + ")"


class Half(Shape):
    def area(self):
        return 0


print(type(ABC), type(Shape), type(Square), ABC.__slots__, ABCMeta.__name__)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, Shape), issubclass(Shape, ABC))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Meta(metaclass=ABCMeta):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Meta.__abstractmethods__))


class Impl(Meta):
    value = 3

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "h"


print(Impl.make().value, Impl.helper(), Impl.__abstractmethods__)
print(getattr(abstractmethod(lambda: 0), "__isabstractmethod__"))

# register: virtual subclasses
class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return "circle"


print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
print(Drawable.register(Circle) is Circle)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), Drawable in Circle.__mro__)


@Drawable.register
class Line:
    pass


print(issubclass(Line, Drawable), isinstance(Line(), Drawable), Line.__name__)
print(issubclass(int, Drawable), isinstance(3, Drawable))
Drawable.register(int)
print(issubclass(int, Drawable), isinstance(3, Drawable), issubclass(bool, Drawable))
print(Drawable.register(Circle) is Circle)
try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError:", e)


class Sub(Drawable):
    pass


try:
    Drawable.register(ABC)
    Sub.register(Drawable)
except RuntimeError as e:
    print("RuntimeError:", e)
tok = abc.get_cache_token()
Drawable.register(float)
print(abc.get_cache_token() > tok, isinstance(1.5, Drawable))

# __subclasshook__
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Empty:
    pass


print(isinstance([], HasLen), isinstance({}, HasLen), isinstance(3, HasLen), issubclass(str, HasLen))
print(isinstance(Empty(), HasLen), issubclass(Empty, HasLen))


class Child(HasLen):
    pass


print(issubclass(Child, HasLen), issubclass(list, Child))


class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class NeverChild(Never):
    pass


print(issubclass(NeverChild, Never), isinstance(NeverChild(), Never))

# isinstance with tuples mixing ABCs and types
print(isinstance(3, (Drawable, str)), isinstance("x", (HasLen, int)), isinstance(None, (HasLen, Drawable)))
try:
    issubclass(3, HasLen)
except TypeError as e:
    print("TypeError:", e)

# update_abstractmethods
class Later(ABC):
    @abstractmethod
    def f(self):
        ...


class Concrete(Later):
    pass


Concrete.f = lambda self: 1
abc.update_abstractmethods(Concrete)
print(Concrete().f(), Concrete.__abstractmethods__)

# abstractproperty and friends (deprecated but present)
class Old(ABC):
    @abc.abstractproperty
    def p(self):
        ...

    @abc.abstractclassmethod
    def c(cls):
        ...

    @abc.abstractstaticmethod
    def s():
        ...


print(sorted(Old.__abstractmethods__))
