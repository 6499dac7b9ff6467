class Plugin:
    registry = []
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.registry.append(cls.key)
class Alpha(Plugin):
    pass
class Beta(Plugin, key="b"):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry, Gamma.key)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Generic[int], Generic["x"], Generic[1, 2])
print(list[int], dict[str, int], type(list[int]).__name__)
class SetName:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
class Host:
    first = SetName()
    second = SetName()
try:
    class NoKw:
        pass
    class Child(NoKw, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
