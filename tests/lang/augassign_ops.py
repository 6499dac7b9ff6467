# Augmented assignment with every operator on ints, and on other types where defined.
x = 17
x += 3; print(x)
x -= 5; print(x)
x *= 4; print(x)
x //= 7; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1110; print(x)
x |= 0b10001; print(x)
x ^= 0b11111; print(x)
y = 7
y /= 2; print(y)
y -= 0.5; print(y)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
l *= 2
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias)
st = {1, 2, 3}
st &= {2, 3, 4}; print(st)
st |= {9}; print(sorted(st))
st -= {2}; print(sorted(st))
st ^= {3, 5}; print(sorted(st))
d = {"a": 1}
d |= {"b": 2}; print(d)
f = 10.5
f %= 3; print(f)
f //= 2; print(f)
n = -7
n //= 2; print(n)
n = -7
n %= 3; print(n)
# Targets evaluated once.
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [10]
arr[idx()] += 5
print(arr, calls)
class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 41
print(b.v)
try:
    z = "a"
    z -= "b"
except TypeError as e:
    print("TypeError:", e)
