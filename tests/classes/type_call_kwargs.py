# type(name, bases, dict, **kw) runs __init_subclass__ with kw; types.MethodType and
# types.ModuleType constructors and their errors.
class B:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
X = type("X", (B,), {})
Y = type("Y", (B,), {}, flag=1)
try:
    type("Z", (), {}, flag=1)
except TypeError as e:
    print(e)
try:
    type("Z", (), {}, 1)
except TypeError as e:
    print(e)
import types
def err(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
err(lambda: types.MethodType(len))
err(lambda: types.MethodType(1, 2))
err(lambda: types.MethodType(len, None))
err(lambda: types.MethodType(len, 1, x=2))
err(lambda: types.ModuleType())
err(lambda: types.ModuleType(1))
err(lambda: types.ModuleType("m", "d", 3))
m = types.ModuleType("m")
print(m.__name__, m.__doc__, m.__package__, m.__spec__, m.__loader__, sorted(vars(m)))
m2 = types.ModuleType(name="m2", doc="D")
print(m2, m2.__doc__)
class MyMod(types.ModuleType):
    def hello(self):
        return "hi " + self.__name__
mm = MyMod("sub")
print(mm.hello(), isinstance(mm, types.ModuleType), type(mm).__name__)
