# What the site module adds to builtins (copyright, credits, license, exit, quit,
# help), breakpoint() with a replaced sys.breakpointhook, __import__ and
# __build_class__ called directly.
import builtins
import sys

for n in ["copyright", "credits", "license", "exit", "quit", "help"]:
    o = getattr(builtins, n)
    print(n, type(o).__name__, type(o).__module__, callable(o))
    print(repr(o))
print(exit.name, exit.eof, quit.name)
credits()

def f(a, b=1, *args, c, **kw):
    """Add things.

    More text."""
help(f)
def g(): pass
help(g)
class C:
    """A class."""
    def m(self, x):
        "Method m."
help(C.m)
help(C().m)
print(C().m.__doc__, f.__doc__.splitlines()[0])
help(lambda x: x)
def h(a, /, b: int = 2, *, c: str = "x") -> list:
    pass
help(h)
def k(*, only, other=None):
    "Keyword-only."
help(k)
help("nonexistent_xyz")
help()

calls = []
def hook(*args, **kw):
    calls.append((args, kw))
    return "hooked"
sys.breakpointhook = hook
print(breakpoint(), breakpoint(1, x=2), calls)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.breakpointhook = sys.__breakpointhook__

print(__import__("os", globals(), None, ["path"], 0).__name__)
print(__import__(name="os", fromlist=["path"]).__name__, __import__("os.path").__name__)
def err(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
err(lambda: __import__())
err(lambda: __import__("os", level=-1))
err(lambda: __import__(""))
err(lambda: __import__(1))
err(lambda: __build_class__())
err(lambda: __build_class__(1, "A"))
err(lambda: __build_class__(lambda: None, 1))
def body():
    pass
A = __build_class__(body, "A")
B = __build_class__(body, "B", A, metaclass=type)
print(A, A.__qualname__, B.__mro__)
print(builtins.__package__, builtins.__name__)

# exit() and quit() close sys.stdin, then raise SystemExit.
for q in (exit, quit):
    try:
        q(3)
    except SystemExit as e:
        print("SystemExit", e.code)
try:
    exit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit(code="bye")
except SystemExit as e:
    print("SystemExit", e.code)
