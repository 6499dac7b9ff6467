class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is an {self.kind}: {self.speak()}"

class Dog(Animal):
    kind = "dog"
    def speak(self):
        return f"{self.name} barks"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " softly"

for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.describe())
p = Puppy("p", 2)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, object), isinstance(p, str))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(Puppy.__bases__, Puppy.__base__, Animal.__bases__)
print([c.__name__ for c in Puppy.__mro__])
print(type(p).__name__, p.__class__.__name__, type(p) is Puppy)
print(vars(p))
print(Puppy.__name__, Puppy.__qualname__, Puppy.__module__)
print(Dog.kind, Puppy.kind, p.kind)
p.kind = "instance override"
print(p.kind, Puppy.kind)
del p.kind
print(p.kind)
print(Animal.__subclasses__(), Dog.__subclasses__())
