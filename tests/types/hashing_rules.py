# Hashes of numbers are specified (modulo 2**61 - 1); strs/bytes are randomized and not printed.
print(hash(1), hash(1.0), hash(True), hash(0), hash(0.0), hash(-0.0), hash(False))
print(hash(-1), hash(-2), hash(-1.0), hash(1.5), hash(-1.5), hash(0.1), hash(1e100))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)), hash(10 ** 30), hash(2 ** 61 - 2))
print(hash(float("inf")), hash(float("-inf")), hash(2.0 ** 70) == hash(2 ** 70), hash(1e22) == hash(10 ** 22))
print(hash(None) == hash(None), hash((1, 2)) == hash((1.0, 2)), hash((True,)) == hash((1,)))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1.0, (2, 3.0))))
print(hash(frozenset([1])) == hash(frozenset([1.0])), hash(range(0)) == hash(range(5, 5)))
print({1: "a", 1.0: "b", True: "c"}, {0, 0.0, False, -0.0})
print(1 in {1.0}, 1.0 in {True}, 2 ** 61 - 1 in {0}, hash(2 ** 61 - 1) == hash(0))
import sys
print(sys.hash_info.modulus, sys.hash_info.width, sys.hash_info.inf, sys.hash_info.algorithm != "")
class H:
    def __hash__(self):
        return -1
print(hash(H()), hash(H()) == hash(-1))
