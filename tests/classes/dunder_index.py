class Two:
    def __index__(self):
        return 2
t = Two()
print([10, 20, 30][t], "abc"[t], (1, 2, 3)[t:], range(10)[t], bin(t), hex(t), oct(t))
print(int(t) if hasattr(Two, "__int__") else "no __int__", t.__index__())
print([0] * t, "ab" * t, bytes(t), operator_index := __import__("operator").index(t))
import operator
print(operator.index(5), operator.index(True))
try:
    operator.index(1.5)
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self):
        return "x"
try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
print(round(2.567, Two()), chr(Two() .__index__() + 63))
class IntLike:
    def __int__(self):
        return 7
print(int(IntLike()))
try:
    [1][IntLike()]
except TypeError as e:
    print("TypeError:", e)
class FloatLike:
    def __float__(self):
        return 2.5
print(float(FloatLike()))
import math
print(math.floor(FloatLike()), math.sqrt(FloatLike()))
