class C:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
c = C()
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "missing", "dflt"), getattr(c, "missing", None))
print(hasattr(c, "x"), hasattr(c, "y"), hasattr(C, "x"), hasattr(C, "cls_attr"), hasattr(c, "__init__"))
setattr(c, "y", 2)
setattr(c, "with space", 3)
print(c.y, getattr(c, "with space"), sorted(vars(c)))
delattr(c, "y")
print(hasattr(c, "y"))
for call in ["getattr(c, 'nope')", "getattr(c, 1)", "setattr(c, 1, 2)", "delattr(c, 'nope')", "hasattr(c)", "getattr()", "setattr(1, 'x', 2)", "delattr(C, 'nope')"]:
    try:
        print(eval(call))
    except (AttributeError, TypeError) as e:
        print(call, "->", type(e).__name__ + ":", e)
class Raises:
    @property
    def bad(self):
        raise ValueError("not an AttributeError")
    @property
    def attr_err(self):
        raise AttributeError("hidden")
try:
    hasattr(Raises(), "bad")
except ValueError as e:
    print("hasattr propagates ValueError:", e)
print(hasattr(Raises(), "attr_err"), getattr(Raises(), "attr_err", "fallback"))
print(getattr(1, "__class__"), getattr("s", "upper")(), getattr(C, "__name__"))
