class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def created(cls):
        return f"{cls.__name__}: {cls.count}"
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(x, y):
        return x + y

class SubCounter(Counter):
    pass

Counter(); Counter()
print(Counter.created(), SubCounter.created())
obj = SubCounter.make()
print(type(obj).__name__, Counter.count)
print(Counter.helper(1, 2), Counter().helper(3, 4))
print(type(Counter.__dict__["helper"]).__name__, type(Counter.__dict__["created"]).__name__)
print(Counter.__dict__["helper"].__func__ is Counter.helper)
bound = Counter.created
print(type(bound).__name__, bound.__self__.__name__)
sm = staticmethod(len)
print(sm.__func__ is len)
class UsesStatic:
    convert = staticmethod(str.upper)
    build = classmethod(lambda cls, v: f"{cls.__name__}({v})")
print(UsesStatic.convert("abc"), UsesStatic().build(3))
print(callable(Counter.__dict__["helper"]))
