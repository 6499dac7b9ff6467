x: int = 5
y: "forward ref"
print(x)
print(__annotations__)
try:
    y
except NameError as e:
    print("NameError:", e)
def f(a: int, b: "str" = "s", *args: float, k: bool = True, **kw: dict) -> list:
    return [a, b]
print(f.__annotations__)
print(f(1))
class C:
    field: int
    other: str = "default"
    def method(self) -> None:
        local: int = 3
        unassigned: str
        return local
print(C.__annotations__)
print(C.other, C().method())
print(hasattr(C, "field"))
def side_effect():
    print("annotation evaluated")
    return int
z: side_effect() = 1
def inner_func():
    w: side_effect() = 2
    return w
print("calling inner_func")
print(inner_func())
obj = C()
obj.attr: int = 7
print(obj.attr)
lst = [0]
lst[0]: int = 9
print(lst)
print(sorted(__annotations__))
