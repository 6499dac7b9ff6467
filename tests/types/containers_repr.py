print([1, "two", 3.0, None, True, [4], (5,), {6: 7}, {8}, b"9", bytearray(b"10"), range(11), frozenset([12])])
print((1,), (), ((),), [[]], [{}], {(): []}, {frozenset(): set()})
print(repr("quotes ' and \""), repr(['\n', '\t', '\\', '\x00', 'é', '\u200b']))
l = [1, 2]
l.append(l)
d = {"l": l}
d["d"] = d
print(l, d)
t = ([],)
t[0].append(t)
print(t)
s = [set(), frozenset(), {}, dict(), list(), tuple(), str(), bytes()]
print(s)
print(str([1.0, 1e16, 1e-5, float("inf"), float("nan"), -0.0]))
class R:
    def __repr__(self):
        return "R!"
print([R()], {R(): R()} if False else {1: R()}, (R(),), {"k": [R(), (R(),)]})
