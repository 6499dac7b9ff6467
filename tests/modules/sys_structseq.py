# sys's struct sequences: tuples with named fields and their own repr.
import sys

print(sys.version_info)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.releaselevel)
print(sys.version_info >= (3, 11), sys.version_info < (4,))
print(sys.float_info)
print(sys.float_info.epsilon, sys.float_info.mant_dig)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf)
print(isinstance(sys.version_info, tuple), len(sys.version_info))
print(sys.version.startswith("3.11.7 "))
a, b, *rest = sys.version_info
print(a, b, rest)
