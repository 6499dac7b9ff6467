class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class BoolAndLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Nothing:
    pass
for obj in [Empty(), Full(), Truth(False), Truth(True), BoolAndLen(), Nothing()]:
    print(type(obj).__name__, bool(obj), "truthy" if obj else "falsy", not obj)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return "3"
try:
    bool(BadLen())
except TypeError as e:
    print("TypeError:", e)
print(Truth(True) and "and-result", Truth(False) or "or-result")
x = Truth(False)
while x:
    pass
print("loop skipped")
print(len(Full()), bool(Empty()))
class HugeLen:
    def __len__(self):
        return 2 ** 70
try:
    len(HugeLen())
except OverflowError as e:
    print("OverflowError:", e)
