class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)
print(type(Person.name).__name__)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance dict"
print(h.attr)  # instance dict wins over a non-data descriptor

class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor"
    def __set__(self, obj, value):
        print("intercepted set", value)
class Holder2:
    attr = DataDesc()
h2 = Holder2()
h2.__dict__["attr"] = "instance"
print(h2.attr)  # data descriptor wins over the instance dict
h2.attr = 5
print(Holder2.attr)

class Binder:
    def __get__(self, obj, objtype):
        return (obj is None, objtype.__name__)
class Owner:
    b = Binder()
print(Owner.b, Owner().b)

class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class UseMethod:
    @Method
    def hello(self, who):
        return f"hello {who} from {type(self).__name__}"
print(UseMethod().hello("you"))
def plain(self):
    return "bound manually"
print(plain.__get__(Owner(), Owner)())
print(type(plain.__get__(Owner())).__name__)
