print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"), "aaaa".replace("aa", "b"))
print("hello".replace("l", ""), "".replace("", "x"), "ab".replace("", "-", 1))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
print("hello world".translate(str.maketrans("", "", "lo")))
print("abc".translate({ord("a"): "AA", ord("b"): None}))
print(str.maketrans({"a": "1", "b": None}))
print(str.maketrans("ab", "cd", "e"))
try:
    str.maketrans("abc", "de")
except ValueError as e:
    print("ValueError:", e)
print("a-b_c".translate(str.maketrans("-_", "  ")))
print("%s|%s" % ("tab\there".expandtabs(8), "x"))
