import functools
class Neg:
    @functools.singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
n = Neg()
print(n.neg(3), n.neg(True), Neg.neg.__name__)
try:
    n.neg("s")
except NotImplementedError as e:
    print("NotImplementedError:", e)
@functools.singledispatch
def f(x):
    return "base"
try:
    f.register("notaclass")
except TypeError as e:
    print("TypeError:", e)
try:
    @f.register
    def _(x: "int"):
        return 1
except TypeError as e:
    print("TypeError:", e)
