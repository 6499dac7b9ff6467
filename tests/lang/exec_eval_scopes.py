g = {"x": 10}
exec("y = x * 2", g)
print(g["y"], sorted(k for k in g if k != "__builtins__"))
l = {}
exec("z = 5\nw = z + 1", {}, l)
print(l)
print(eval("x + y", g))
print(eval("a * b", {"a": 3}, {"b": 4}))
exec("def f(n):\n    return n * 3", g)
print(g["f"](7))
code = compile("1 + 2", "<expr>", "eval")
print(eval(code))
code = compile("print('exec mode')", "<stmt>", "exec")
exec(code)
ns = {}
exec("import math\nr = math.floor(2.5)", ns)
print(ns["r"])
def uses_exec():
    exec("local_var = 1")
    return "local_var" in locals()
print(uses_exec())
print(eval("[i for i in range(3)]"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, repr(e.text))
try:
    exec("x = ", {})
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename)
try:
    eval("undefined_q", {})
except NameError as e:
    print("NameError:", e)
print(eval("__builtins__ is not None", {}))
