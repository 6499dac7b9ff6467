class Loggable:
    def __init__(self, **kw):
        print("Loggable.__init__", sorted(kw))
        self.logs = []
        super().__init__(**kw)
    def log(self, m):
        self.logs.append(m)
class Named:
    def __init__(self, name=None, **kw):
        print("Named.__init__", name)
        self.name = name
        super().__init__(**kw)
class Aged:
    def __init__(self, age=0, **kw):
        print("Aged.__init__", age)
        self.age = age
        super().__init__(**kw)
class Person(Loggable, Named, Aged):
    def __init__(self, **kw):
        print("Person.__init__")
        super().__init__(**kw)
p = Person(name="Ann", age=40)
p.log("hi")
print(p.name, p.age, p.logs)
print([c.__name__ for c in Person.__mro__])
class A:
    x = "A"
    def who(self):
        return "A"
class B:
    x = "B"
    def who(self):
        return "B"
    def only_b(self):
        return "only in B"
class AB(A, B):
    pass
class BA(B, A):
    pass
print(AB().who(), AB.x, BA().who(), BA.x, AB().only_b())
class Mixin:
    def greet(self):
        return "hello from " + self.kind()
class Impl(Mixin):
    def kind(self):
        return "Impl"
print(Impl().greet())
class Base1:
    def __init__(self):
        print("Base1 init")
class Base2:
    def __init__(self):
        print("Base2 init")
class NoCoop(Base1, Base2):
    pass
NoCoop()
class Exc(ValueError, KeyError):
    pass
try:
    raise Exc("both")
except KeyError as e:
    print("caught as KeyError", type(e).__name__, isinstance(e, ValueError))
try:
    class Bad(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
