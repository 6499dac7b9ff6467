import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
@functools.total_ordering
class W:
    def __le__(self, o): return True
    def __gt__(self, o): return False
print(V.__gt__.__name__, V.__gt__.__qualname__, V.__ge__.__qualname__, V.__le__.__name__)
print(sorted(k for k in ("__lt__", "__le__", "__gt__", "__ge__") if k in W.__dict__), W.__lt__.__qualname__, W.__ge__.__qualname__)
print(W() < W(), W() >= W())
