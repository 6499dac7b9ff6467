import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}!")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="tim"), t.substitute({"who": "a", "what": "b"}))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("$$ is a dollar").substitute(), t.template, t.get_identifiers() if hasattr(t, "get_identifiers") else None)
f = string.Formatter()
print(f.format("{0} and {x}", 1, x=2), list(f.parse("a{0}b{x!r:>5}")))
