x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("x", {"x": "global"}, {"x": "local"}), eval("[i ** 2 for i in range(4)]"))
print(eval("1 + 2 * 3"), eval("'abc'.upper()"), eval(" 42 "), eval("\n7\n"), eval("(lambda a: a * 2)(21)"), eval("x if x > 5 else 0"))
print(eval(b"1 + 1"), eval(compile("x - 1", "<s>", "eval")))
g = {}
print(eval("__builtins__ is not None and len('ab')", g), "__builtins__" in g)
print(eval("abs(-1)", {"__builtins__": {"abs": abs}}))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
def scope_test():
    local_v = 5
    return eval("local_v + 1"), eval("local_v", {}, {"local_v": "overridden"})
print(scope_test())
for bad in ["eval('x =1')", "eval('import os')", "eval('1 +')", "eval('')", "eval(5)", "eval('undefined_z')", "eval('1/0')"]:
    try:
        print(eval(bad))
    except (SyntaxError, TypeError, NameError, ZeroDivisionError) as e:
        print(bad, "->", type(e).__name__ + ":", e)
try:
    eval("a b")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.filename, repr(e.text))
