global g_at_module
g_at_module = 1
print(g_at_module)
def reader():
    return g_at_module + 1
print(reader())
def writer():
    global g_at_module, other
    g_at_module = 10
    other = 20
writer()
print(g_at_module, other)
def deleter():
    global other
    del other
deleter()
print("other" in globals())
import builtins
def shadows_builtin():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadows_builtin(), len([1, 2]))
builtins.custom_builtin = "visible everywhere"
print(custom_builtin)
len = lambda x: -1
print(len("abc"))
del len
print(len("abc"))
