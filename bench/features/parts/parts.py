# Timed pieces of library features, each in a function called ten times, printed
# in ms per call (run under pyheap and python3, compare the columns):
#   go run ./cmd/pyheap bench/features/parts/parts.py [t_name ...]
#   python3 bench/features/parts/parts.py [t_name ...]
# Not a benchmark program (no checksum): bench/run does not look in this directory.
import time, sys
from collections import deque, Counter, defaultdict, namedtuple, OrderedDict
import io, math
P = namedtuple("P", "x y")
def t_deque():
    dq = deque()
    for i in range(10000):
        dq.append(i)
        if len(dq) > 100:
            dq.popleft()
def t_counter():
    c = Counter(i % 37 for i in range(10000)); c.most_common(1)
def t_defaultdict():
    dd = defaultdict(list)
    for i in range(10000):
        dd[i % 13].append(i)
def t_namedtuple():
    pts = [P(i, i + 1) for i in range(3000)]
    sum(p.x + p.y for p in pts)
def t_od():
    od = OrderedDict((i, i) for i in range(2000)); od.move_to_end(5)
def t_strcat():
    out = ""
    for i in range(10000):
        out += str(i)
def t_stringio():
    buf = io.StringIO()
    for i in range(10000):
        buf.write(str(i)); buf.write(",")
    buf.getvalue()
def t_joinlist():
    parts = []
    for i in range(10000):
        parts.append(chr(65 + i % 26))
    "".join(parts)
def t_mathsqrt():
    for i in range(1, 20000): math.sqrt(i * 0.001)
def t_mathsin():
    for i in range(1, 20000): math.sin(i * 0.001)
def t_mathlog():
    for i in range(1, 20000): math.log(i * 0.001)
def t_pow05():
    for i in range(1, 20000): (i*0.001) ** 0.5
def t_abs():
    for i in range(1, 20000): abs(-i*0.001)
def t_getattr():
    class A: pass
    o = A(); o.a = 1
    for i in range(20000): getattr(o, "a"); hasattr(o, "c")
def t_isinst():
    for i in range(20000): isinstance(i, (str, int))
def t_setattr():
    class A: pass
    o = A(); o.b = 1
    for i in range(20000): setattr(o, "b", i)
def t_fstring():
    for i in range(20000): f"{i}:{i*2.5:.2f}|{'x'*3}"
def t_percent():
    for i in range(20000): "%d-%s-%5.1f" % (i, "ab", i / 3)
def t_format():
    for i in range(20000): "{}/{:>6}".format(i, i % 97)
def t_super():
    class B:
        def __init__(self, v): self.v = v
    class D(B):
        def __init__(self, v): super().__init__(v)
    for i in range(20000): D(i)
def t_property():
    class V:
        def __init__(self): self.x = 1
        @property
        def p(self): return self.x
    v = V()
    for i in range(20000): v.p
def t_sortkey():
    data = [(i * 7919 % 1000, str(i)) for i in range(20000)]
    sorted(data, key=lambda t: t[1])
def t_sorttuples():
    data = [(i * 7919 % 1000, str(i)) for i in range(20000)]
    sorted(data)
def t_hash_tuple():
    s = set()
    for i in range(20000): s.add(hash((i, 1)))
names = sys.argv[1:] or [n for n in dict(globals()) if n.startswith('t_')]
for n in names:
    f = globals()[n]
    t0 = time.perf_counter()
    for r in range(10): f()
    print("%-14s %.1f ms" % (n, (time.perf_counter() - t0) * 100))
