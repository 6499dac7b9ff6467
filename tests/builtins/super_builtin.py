class A:
    def hello(self):
        return "A"
    def __repr__(self):
        return "A-instance"
class B(A):
    def hello(self):
        return "B+" + super().hello()
b = B()
print(b.hello(), super(B, b).hello(), super(B, B).hello(b))
s = super(B, b)
print(s.__thisclass__.__name__, s.__self__ is b, s.__self_class__.__name__)
try:
    super(B, b).missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(B, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, b)
except TypeError as e:
    print("TypeError:", e)
def free():
    return super().hello()
try:
    free()
except RuntimeError as e:
    print("RuntimeError:", e)
