# The compiler's SyntaxWarnings (CPython 3.11's compiler_warn): "is" with a literal,
# calling or subscripting a literal or display that cannot take it (a missing comma),
# assert of a tuple; shown each time the compiler meets them (a while test twice).
x = 5
print(x is 5, x is not 5, 5 is x, x is -1, x is (), x is (1, 2), x is "a", x is b"b", x is 1.5, x is 1e3)
print(x is None, x is True, x is not False, x is ..., x is (not 1), x is [], x is (x, 1), x is -True)
if x is 1:
    pass
while x is not 2:
    break
y = x is 3 is x
try:
    (1, 2)(3)
except TypeError as e: print(e)
try:
    [1]("a")
except TypeError as e: print(e)
try:
    None()
except TypeError as e: print(e)
try:
    f"{x}"()
except TypeError as e: print(e)
try:
    5[0]
except TypeError as e: print(e)
try:
    {1}[0]
except TypeError as e: print(e)
try:
    (lambda: 0)[0]
except TypeError as e: print(e)
try:
    [1, 2]["a"]
except TypeError as e: print(e)
try:
    (1, 2)[1.5]
except TypeError as e: print(e)
try:
    "abc"[()]
except TypeError as e: print(e)
print("abc"[1], [1, 2][True], (1, 2)[0:1], "s"[x - 5], {"a": 1}["a"])
try:
    assert (x == 6, "message")
except AssertionError: print("no")
