class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly as str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(repr(b), str(b), repr(r), str(r), str(s))
print([b, r], (b,), {"k": r}, f"{b} {b!r} {r}")
print(repr(s).startswith("<__main__.StrOnly object at 0x"))
print(format(b), "{}".format(r), "%s %r" % (b, b))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Fmt:
    def __format__(self, spec):
        return "Fmt:" + spec
print(format(Fmt(), "x>5"), f"{Fmt():abc}")
class NoFmt:
    def __repr__(self):
        return "NoFmt"
print(format(NoFmt()), f"{NoFmt()}")
try:
    format(NoFmt(), "d")
except TypeError as e:
    print("TypeError:", e)
class Recursive(list):
    pass
l = [1]
l.append(l)
print(l, repr(l))
d = {"a": 1}
d["self"] = d
print(d)
class Child(Both):
    pass
print(Child(), repr(Child()))
class Bytes:
    def __bytes__(self):
        return b"custom bytes"
print(bytes(Bytes()))
print(str(type(b)), repr(Both), Both)
print(repr(int), repr(len), repr(None.__class__))
