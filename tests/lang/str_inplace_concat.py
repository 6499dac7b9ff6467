# s += t on a str that only a local holds is resized in place (CPython 3.11's
# BINARY_OP_INPLACE_ADD_UNICODE); every other holder of the old str must still see
# the old value, and the result must be an ordinary str in every way.


def build(n):
    out = ""
    for i in range(n):
        out += str(i)
    return out


s = build(3000)
print(len(s), s[:15], s[-15:], s == "".join(str(i) for i in range(3000)))
print(hash(s) == hash("".join(str(i) for i in range(3000))))


def aliases():
    t = "ab" * 3
    u = t  # a second holder: no resize
    t += "!"
    lst = ["x" * 4]
    v = lst[0]
    v += "y"
    d = {}
    k = "key" * 2
    d[k] = 1
    k += "z"  # the dict holds the old key
    return t, u, lst, v, d, k


print(aliases())


def widening():
    a = "abc"
    a = a + "é"  # latin-1
    a += "€"  # two bytes
    a += "😀"  # four bytes
    a += "z"
    b = "€"
    b += "a"
    c = "é"
    c += "é"
    return a, len(a), b, c, [ord(ch) for ch in a]


print(widening())


def hashed():
    h = "hash me" * 2
    first = hash(h)
    h += "!"
    return first == hash("hash me" * 2), hash(h) == hash("hash me" * 2 + "!")


print(hashed())


def empty_and_self():
    e = ""
    e += ""
    e += "x"
    f = "dup"
    f += f
    g = "q"
    g = g + g
    return e, f, g


print(empty_and_self())


def not_str():
    s = "a"
    try:
        s += 1
    except TypeError as exc:
        print("TypeError:", exc)
    return s


print(not_str())


class S(str):
    pass


def subclass():
    x = S("sub")
    x += "y"
    return type(x).__name__, x


print(subclass())

# At module level (STORE_NAME) and in a class body the result is the same.
m = "m"
for i in range(5):
    m += str(i)
print(m)


class C:
    attr = "c"
    attr += "d"


print(C.attr)
