class Base:
    base_attr = 1
    def base_method(self):
        pass
class Derived(Base):
    derived_attr = 2
    def __init__(self):
        self.inst = 3
    def method(self):
        pass
    @property
    def prop(self):
        return 4
def public(names):
    return [n for n in names if not n.startswith("_")]
print(public(dir(Derived)))
print(public(dir(Derived())))
print(public(dir(Base)))
class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(WithDir()))
print(public(dir([])))
print(public(dir("")))
print(public(dir({})))
print(public(dir(1)))
