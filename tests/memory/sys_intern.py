import sys
a = "".join(["inter", "ned string"])
b = "".join(["interned", " string"])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia == a)
print(sys.intern("literal") == "literal")
try:
    sys.intern(b"bytes")
except TypeError as e:
    print("TypeError:", e)
class S(str):
    pass
try:
    sys.intern(S("sub"))
except TypeError as e:
    print("TypeError:", e)
