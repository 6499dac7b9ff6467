s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.find("o", 10, 20), s.find(""), s.find("", 100))
print(s.rfind("the"), s.rfind("o"), s.rfind("o", 0, 15), s.rfind("zzz"))
print(s.index("fox"), s.rindex("o"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
print(s.count("o"), s.count("the"), s.count(""), s.count("o", 0, 15), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("dog"), s.endswith(("cat", "og")), s.endswith("lazy", 0, -4))
print("fox" in s, "cat" not in s, "" in s)
print(s.partition(" "), s.rpartition(" "), s.partition("zzz"), s.rpartition("zzz"))
print("abc".removeprefix("ab"), "abc".removeprefix("x"), "abc".removesuffix("bc"), "abc".removesuffix(""))
try:
    s.partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
print("ééé".find("é", 1), "日本語テキスト".index("テ"), "a\u0000b".find("\u0000"))
