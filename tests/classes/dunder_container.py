class Grid:
    def __init__(self):
        self.data = {}
        self.log = []
    def __getitem__(self, key):
        self.log.append(("get", key))
        if key not in self.data:
            raise KeyError(key)
        return self.data[key]
    def __setitem__(self, key, value):
        self.log.append(("set", key, value))
        self.data[key] = value
    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        return key in self.data
    def __iter__(self):
        return iter(sorted(self.data))
    def __reversed__(self):
        return iter(sorted(self.data, reverse=True))

g = Grid()
g[0, 0] = "a"
g[1, 2] = "b"
g["k"] = "c"
print(g[0, 0], len(g), (1, 2) in g, (5, 5) in g, (5, 5) not in g)
del g[0, 0]
print(list(g), list(reversed(g)))
print(g.log)
try:
    g["missing"]
except KeyError as e:
    print("KeyError:", e)
class Sliced:
    def __getitem__(self, s):
        return (s.start, s.stop, s.step) if isinstance(s, slice) else s
    def __setitem__(self, s, v):
        print("setitem", s, v)
    def __delitem__(self, s):
        print("delitem", s)
sl = Sliced()
print(sl[1:2], sl[::3], sl[:], sl[5])
sl[1:3] = [9]
del sl[::2]
class NoLen:
    def __contains__(self, x):
        return x == "magic"
print("magic" in NoLen(), "other" in NoLen())
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
class ContainsTruthy:
    def __contains__(self, x):
        return [1]
print(1 in ContainsTruthy())
class IterOnly:
    def __iter__(self):
        yield from [1, 2, 3]
print(2 in IterOnly(), 7 in IterOnly())
try:
    NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
class Missing(dict):
    def __missing__(self, key):
        return f"default for {key}"
m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m)
