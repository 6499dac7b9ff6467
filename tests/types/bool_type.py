print(True, False, type(True), repr(True), str(False), int(True), float(False))
print(True == 1, False == 0, True + True, -True, ~True, True * 10)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool(None), bool())
print(True & True, True | False, True ^ True, type(True ^ False).__name__, True & 1, type(True & 1).__name__)
print(isinstance(True, int), issubclass(bool, int), bool.__bases__, bool.__mro__)
print(hash(True) == hash(1), {True: "a", 1: "b"}, {1, True, 1.0})
print(True > False, sorted([True, False, True]), max(False, True), sum([True, True, False]))
print(str(True).upper(), f"{True}", f"{True:d}", f"{False:>6}", format(True, "03"))
print(True / 2, True // 2, True % 2, True ** 10, divmod(True, 2))
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(bool("False"), bool("0"), not "", not not [1])
print(True.real, True.numerator, True.bit_length(), (True).conjugate())
print(type(not 1).__name__, type(1 == 1).__name__, type(1 and True).__name__)
print(True.__and__(False), True.__or__(1), True.__xor__(True))
