import sys
print(sys.getrecursionlimit())

def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

d1 = depth()
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
d2 = depth()
print(d1 - d2)

def recurse():
    recurse()
try:
    recurse()
except RecursionError as e:
    print("RecursionError:", e)
print("program continues")
sys.setrecursionlimit(1000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(900))
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)
def nested_limit():
    return nested_limit_inner(10)
def nested_limit_inner(n):
    if n:
        return nested_limit_inner(n - 1)
    try:
        sys.setrecursionlimit(5)
    except RecursionError as e:
        return "RecursionError: " + str(e)
print(nested_limit())
print(sys.getrecursionlimit())
