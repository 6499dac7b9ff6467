class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temp.celsius).__name__, Temp.celsius.__doc__)
print(Temp.celsius.fget.__name__, Temp.fahrenheit.fset)
class Old:
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 2
    x = property(get_x, set_x, None, "doc for x")
o = Old()
o.x = 5
print(o.x, Old.x.__doc__)
class Lazy:
    @property
    def value(self):
        print("computing")
        return 42
l = Lazy()
print(l.value, l.value)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)
s = Sub(5)
print(s.celsius)
s.celsius = 7
print(s.celsius)
class RaisesAttr:
    @property
    def broken(self):
        raise AttributeError("inner attribute problem")
    def __getattr__(self, name):
        return "fallback for " + name
print(RaisesAttr().broken)
