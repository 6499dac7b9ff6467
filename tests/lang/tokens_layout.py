# Line continuation, implicit joining, comments, semicolons, indentation styles.
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,  # comment inside brackets
    2,
    3,  # trailing comma
]
print(items)
d = {
    "a": 1,
        "b": 2,
}
print(d)
x = 1; y = 2; z = x + y
print(z)
if x: print("one-line if")
for i in range(2): print("one-line for", i)
def f(): return "one-line def"
print(f())
class C: attr = "one-line class"
print(C.attr)
if True:
        deep = "eight spaces"
        if deep:
          two = "two more"
          print(deep, two)
def g(a,
      b,
      c=3):
    return a + b + c
print(g(1,
        2))
s = ("a"
     "b")
print(s)
# A comment with a backslash at the end is still a comment \
print("after comment")
value = (1 +
2)
print(value)
print(len("""
"""))
