print(7 + 3, 7 - 3, 7 * 3, 7 / 3, 7 // 3, 7 % 3, 7 ** 3)
print(-7 // 3, -7 % 3, 7 // -3, 7 % -3, -7 // -3, -7 % -3)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(2 ** -1, 2 ** 0.5, (-8) ** 2, -8 ** 2, 0 ** 0)
print(+5, -5, -(-5), ~5, ~-1, not 5, not 0)
print(1 + 2.0, 3 * True, True + True, 10 / 5)
print(1 << 10, 1024 >> 3, -16 >> 2, 0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print("ab" + "cd", "ab" * 3, 3 * "ab", [1] * 3, (0,) * 2, "x" * 0, [1] * -1)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(10 ** 20, 2 ** 100, (-2) ** 63)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    [] + ()
except TypeError as e:
    print("TypeError:", e)
try:
    -"a"
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    2 ** "x"
except TypeError as e:
    print("TypeError:", e)
try:
    1.5 & 1
except TypeError as e:
    print("TypeError:", e)
