def show(*a, **k):
    return a, k
print(show(*[1, 2], *"ab", **{"x": 1}, **{"y": 2}))
try:
    show(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(x=1, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
print([*range(2), *[9]], (*"ab",), {*[1, 1, 2]})
print({**{"a": 1}, **{"b": 2}})
print({"a": 0, **{"a": 1}})
first, *_ = "xyz"
print(first, _)
print(*[1, 2, 3], sep=", ")
def kw_only(*, a, b):
    return a - b
print(kw_only(**{"b": 1, "a": 10}))
print(dict(**{"k": 1}, v=2))
try:
    [*None]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError:", e)
