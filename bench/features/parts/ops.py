# Nanoseconds per single operation (a statement timed in a loop, less the empty
# loop), for about ninety everyday operations: int and float arithmetic, str
# methods, list/dict/set operations, calls of every kind, attribute access, loops
# over enumerate/zip/items, try, with, comprehensions. Run it under both and put
# the columns side by side:
#   python3 bench/features/parts/ops.py > /tmp/py.txt
#   go run ./cmd/pyheap bench/features/parts/ops.py > /tmp/ph.txt
#   paste /tmp/py.txt /tmp/ph.txt | awk -F'\t' '{printf "%5.2f  %-18s %7s %7s\n", $4/$2, $1, $2, $4}' | sort -n
# Not a benchmark program (no checksum): bench/run does not look in this directory.
import time
SNIPS = [
 ("int add", "x = a + b"), ("int mul", "x = a * b"), ("int floordiv", "x = a // 7"), ("int mod", "x = a % 7"),
 ("int cmp", "x = a < b"), ("float add", "x = f + g"), ("float div", "x = f / g"), ("int to float", "x = float(a)"),
 ("str concat", "x = s + t"), ("str index", "x = s[3]"), ("str slice", "x = s[1:5]"), ("str eq", "x = s == t"),
 ("str in", "x = 'lo' in s"), ("str fmt f", "x = f'{a}-{s}'"), ("str %", "x = '%d-%s' % (a, s)"), ("str.format", "x = '{}-{}'.format(a, s)"),
 ("str join", "x = ','.join(L3)"), ("str split", "x = s.split('l')"), ("str replace", "x = s.replace('l', 'L')"), ("str upper", "x = s.upper()"),
 ("str startswith", "x = s.startswith('he')"), ("str strip", "x = s.strip()"), ("len str", "x = len(s)"), ("hash str", "x = hash(s)"),
 ("list new3", "x = [a, b, a]"), ("list append pop", "L.append(a); L.pop()"), ("list index", "x = L3[1]"), ("list slice", "x = L3[1:]"),
 ("list comp 5", "x = [i for i in R5]"), ("list sort 5", "x = sorted(L5)"), ("list in", "x = 3 in L5"), ("list len", "x = len(L3)"),
 ("tuple new", "x = (a, b)"), ("tuple unpack", "p, q = T2"), ("dict new", "x = {'a': a, 'b': b}"), ("dict get", "x = D['k']"),
 ("dict set", "D['k'] = a"), ("dict .get", "x = D.get('z', 0)"), ("dict in", "x = 'k' in D"), ("dict items loop", "for k, v in D.items(): pass"),
 ("set add", "S.add(a)"), ("set in", "x = a in S"), ("call f()", "x = fn0()"), ("call f(a,b)", "x = fn2(a, b)"),
 ("call kw", "x = fn2(a, b=b)"), ("call default", "x = fnd(a)"), ("call *args", "x = fnv(a, b)"), ("lambda call", "x = lam(a)"),
 ("method call", "x = obj.m(a)"), ("attr get", "x = obj.v"), ("attr set", "obj.v = a"), ("property", "x = obj.p"),
 ("class attr", "x = obj.K"), ("new object", "x = C(a)"), ("isinstance", "x = isinstance(obj, C)"), ("getattr", "x = getattr(obj, 'v')"),
 ("global read", "x = GV"), ("builtin len", "x = len(L3)"), ("abs", "x = abs(-a)"), ("min2", "x = min(a, b)"),
 ("max list", "x = max(L5)"), ("sum list", "x = sum(L5)"), ("range loop 5", "for i in R5: pass"), ("enumerate 5", "for i, v in enumerate(L5): pass"),
 ("zip 5", "for p, q in zip(L5, L5): pass"), ("try/except", "try:\n        raise KeyError\n    except KeyError:\n        pass"), ("try ok", "try:\n        x = a\n    except KeyError:\n        pass"), ("with", "with ctx:\n        pass"),
 ("gen expr sum", "x = sum(i for i in R5)"), ("generator next", "x = next(iter(L3))"), ("str(int)", "x = str(a)"), ("int(str)", "x = int('123')"),
 ("repr float", "x = repr(f)"), ("bigint mul", "x = BIG * BIG"), ("divmod", "x = divmod(a, 7)"), ("round", "x = round(f, 2)"),
 ("dict comp", "x = {i: i for i in R5}"), ("list(map)", "x = list(map(abs, L5))"), ("sorted key", "x = sorted(L5, key=lambda v: -v)"), ("str mult", "x = s * 3"),
 ("chr ord", "x = ord(chr(a % 100 + 32))"), ("bool", "x = bool(L3)"), ("not", "x = not a"), ("is None", "x = a is None"),
 ("closure call", "x = clo()"), ("super call", "x = dobj.m(a)"), ("static call", "x = C.st(a)"), ("classmethod", "x = C.cm(a)"),
]
setup = '''
a = 12345; b = 678; f = 1.5; g = 2.5; s = "hello world"; t = "hello worle"
L = []; L3 = ["x", "y", "z"]; L5 = [5, 3, 1, 4, 2]; R5 = range(5); T2 = (1, 2)
D = {"k": 1, "j": 2}; S = set(); BIG = 10 ** 40
GV = 1
def fn0(): return 1
def fn2(a, b): return a
def fnd(a, b=2): return a
def fnv(*args): return args
lam = lambda v: v
class C:
    K = 3
    def __init__(self, v): self.v = v
    def m(self, a): return a
    @property
    def p(self): return self.v
    @staticmethod
    def st(a): return a
    @classmethod
    def cm(cls, a): return a
class Dd(C):
    def m(self, a): return super().m(a)
obj = C(1); dobj = Dd(1)
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *e): return False
ctx = Ctx()
def mk():
    n = 1
    def inner(): return n
    return inner
clo = mk()
'''
import sys
N = 40000
res = []
g = {}
exec(setup, g)
for name, stmt in SNIPS:
    src = "def bench(n):\n    for _ in range(n):\n        pass\ndef run(n):\n    for _ in range(n):\n        " + stmt.replace("\n", "\n    ") + "\n"
    exec(src, g)
    best = 1e9
    for rep in range(5):
        t0 = time.perf_counter(); g["bench"](N); t1 = time.perf_counter(); g["run"](N); t2 = time.perf_counter()
        best = min(best, ((t2 - t1) - (t1 - t0)) / N * 1e9)
    res.append((name, best))
for name, ns in res:
    print(f"{name}\t{ns:.1f}")
