import sys
def f(a, b=1, *args, c, d=2, **kw):
    "doc"
    x = a + b
    return sys._getframe()
frame = f(1, c=3)
print(type(f).__name__, f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
co = f.__code__
print(type(co).__name__, co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_filename.endswith("function_objects.py"), co.co_firstlineno, co.co_qualname)
print(type(frame).__name__, frame.f_code is co, frame.f_lineno, sorted(frame.f_locals))
here = sys._getframe()
print(here.f_code.co_name, here.f_lineno, here.f_back, here.f_globals is globals())
def outer():
    v = 1
    def inner():
        return v
    return inner
inner = outer()
cell = inner.__closure__[0]
print(type(cell).__name__, cell.cell_contents, inner.__code__.co_freevars, outer.__code__.co_cellvars)
def caller():
    return sys._getframe(1).f_code.co_name, sys._getframe(0).f_back.f_code.co_name
def wrapper():
    return caller()
print(wrapper())
def gen():
    yield sys._getframe().f_code.co_name
g = gen()
print(type(g).__name__, g.gi_running, g.gi_frame is not None, g.gi_code.co_name, next(g))
g.close()
print(g.gi_frame)
print((lambda: 0).__code__.co_name, type(print).__name__, print.__name__, print.__self__.__name__ if hasattr(print.__self__, "__name__") else None)
try:
    f.__code__ = 5
except TypeError as e:
    print("TypeError:", e)
def no_args():
    return 1
no_args.__defaults__ = None
try:
    no_args(1)
except TypeError as e:
    print("TypeError:", e)
