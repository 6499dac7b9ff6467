def f(*args):
    return args
sm = staticmethod(f)
cm = classmethod(f)
class K:
    s = sm
    c = cm
print(K.s(1), K().s(2), K.c(3)[0].__name__, K().c(4)[1], sm.__func__ is f, cm.__func__ is f)
print(sm.__wrapped__ is f, cm.__wrapped__ is f, callable(sm), sm(5))
try:
    cm(1)
except TypeError as e:
    print("TypeError:", e)
class L:
    @classmethod
    @property
    def chained(cls):
        return "classmethod wrapping property: " + cls.__name__
print(L.chained)
