import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper

@trace
def add(a, b=0):
    """Add two numbers."""
    return a + b

add(1, b=2)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))

order = []
def mark(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco

@mark("outer")
@mark("inner")
def target():
    pass
print(order)

def register(registry):
    def deco(obj):
        registry[obj.__name__] = obj
        return obj
    return deco
reg = {}
@register(reg)
class Plugin:
    pass
@register(reg)
def helper():
    pass
print(sorted(reg))

def add_attr(cls):
    cls.extra = "added"
    return cls
@add_attr
class Thing:
    pass
print(Thing.extra)

@lambda f: f()
def immediately():
    return "called at definition"
print(immediately)

class Cfg:
    handlers = {}
@(lambda f: Cfg.handlers.setdefault(f.__name__, f))
def on_event():
    return "event"
print(Cfg.handlers["on_event"]())
print(on_event())
