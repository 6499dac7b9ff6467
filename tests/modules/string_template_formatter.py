import string
T = string.Template
for s in ["$a $$ ${b} $c1x", "x$", "${a", "a\nb $ c", "$1", "${}"]:
    t = T(s)
    print(repr(s), t.is_valid(), t.get_identifiers(), t.safe_substitute(a=1, b=2))
    try: print(t.substitute(a=1, b=2, c1x=3))
    except (KeyError, ValueError) as e: print(type(e).__name__, e)
class D(T):
    delimiter = '%'
print(D("%x %% y").substitute(x=5))
f = string.Formatter()
for s in ["a{{b", "x}}y{", "{0.real}{1[0]}{k[a]}", "{!r:>{w}}", "{:{}}", "}"]:
    try: print(list(f.parse(s)))
    except ValueError as e: print("ValueError", e)
print(f.format("{0.real}|{1[0]}|{k[a]}", 3, [4], k={"a": 5}))
print(f.format("{:>{}}|{}", "x", 4, 7))
print(f.format("{!r:>{w}}", "q", w=6))
try: f.format("{0}{}", 1, 2)
except ValueError as e: print(e)
print(string.capwords(" a  b "))
