def outer(a, b=2):
    """Docstring of outer."""
    def inner():
        pass
    return inner

print(outer.__name__, outer.__qualname__, outer.__module__, outer.__doc__)
inner = outer(1)
print(inner.__name__, inner.__qualname__, inner.__doc__)
class K:
    def method(self):
        def local():
            pass
        return local
    class Nested:
        def deep(self):
            pass
print(K.method.__qualname__, K().method().__qualname__, K.Nested.deep.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
outer.custom = "attribute"
print(outer.custom, outer.__dict__)
print(outer.__code__.co_name, outer.__code__.co_argcount, outer.__code__.co_varnames)
print(outer.__defaults__, outer.__kwdefaults__)
def no_doc():
    x = "not a docstring"
print(no_doc.__doc__)
print(type(outer).__name__, type(K().method).__name__, type(K.method).__name__)
m = K().method
print(m.__func__ is K.method, type(m.__self__).__name__)
print(callable(outer), callable(1))
def gen():
    yield
print(gen.__code__.co_flags & 0x20 != 0, outer.__code__.co_flags & 0x20 != 0)
print(outer.__globals__ is globals())
renamed = outer
renamed.__name__ = "changed"
print(outer.__name__, outer.__qualname__)
