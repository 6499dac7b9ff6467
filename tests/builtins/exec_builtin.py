g = {}
exec("a = 1\nb = a + 1\ndef f():\n    return a + b\n", g)
print(g["a"], g["b"], g["f"](), sorted(k for k in g if not k.startswith("__")))
l = {}
exec("c = 3", g, l)
print(l, "c" in g)
exec("for i in range(3):\n    total = total + i if 'total' in dir() else i", g)
print(g["total"] if "total" in g else "total not global")
print(exec("1 + 1"))
code = compile("z = 99", "<exec>", "exec")
ns = {}
exec(code, ns)
print(ns["z"])
exec("class K:\n    v = 5\n", ns)
print(ns["K"].v, ns["K"].__module__ if "__name__" in ns else ns["K"].__module__)
exec("import math\nr = math.sqrt(16)", ns)
print(ns["r"])
src = """
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
result = [fib(i) for i in range(10)]
"""
ns2 = {}
exec(src, ns2)
print(ns2["result"])
def func_exec():
    loc = {}
    exec("inner = 'set in exec'", globals(), loc)
    return loc["inner"]
print(func_exec())
for bad in ["exec('x = ')", "exec(5)", "exec('raise ValueError(\"from exec\")')", "exec('nope_name')"]:
    try:
        exec(bad)
    except (SyntaxError, TypeError, ValueError, NameError) as e:
        print(bad, "->", type(e).__name__ + ":", e)
exec("print('printed from exec', __name__)")
exec("print('custom name:', __name__)", {"__name__": "custom"})
