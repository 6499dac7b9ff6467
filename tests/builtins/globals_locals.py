module_var = 1
g = globals()
print(g["module_var"], g["__name__"], "g" in g, type(g).__name__)
g["injected"] = "via globals()"
print(injected)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def closure():
    free = "free var"
    def inner():
        local = 1
        return sorted(locals())
    x = free
    return inner()
print(closure())
print(locals() is globals())
class C:
    cls_local = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
def modify_locals():
    x = 1
    locals()["x"] = 2
    return x
print(modify_locals())
def globals_in_func():
    return globals() is g
print(globals_in_func())
print(sorted(k for k in globals() if k.startswith("__") and k not in ("__builtins__", "__file__", "__cached__")))
