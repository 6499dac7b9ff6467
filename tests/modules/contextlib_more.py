import contextlib, sys
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
w = W()
with contextlib.redirect_stdout(w) as got:
    print("hidden", 1)
print(got is w, ''.join(w.parts))
w2 = W()
with contextlib.redirect_stderr(w2):
    print("err", file=sys.stderr)
print(''.join(w2.parts))
# exception semantics
@contextlib.contextmanager
def cm_reraise():
    try:
        yield
    except ValueError:
        raise TypeError("converted")
try:
    with cm_reraise():
        raise ValueError("v")
except TypeError as e:
    print("TypeError", e, type(e.__context__).__name__)
@contextlib.contextmanager
def cm_plain():
    yield 1
try:
    with cm_plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passed through:", e)
@contextlib.contextmanager
def cm_yield_again():
    try:
        yield
    except ValueError:
        yield
try:
    with cm_yield_again():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e)
@contextlib.contextmanager
def cm_suppress_all():
    try:
        yield
    except Exception as e:
        print("caught", type(e).__name__)
with cm_suppress_all():
    raise KeyError
print("suppressed")
@contextlib.contextmanager
def gen_catch_runtime():
    yield
try:
    with gen_catch_runtime():
        raise RuntimeError("body rt")
except RuntimeError as e:
    print("RuntimeError from body:", e)
# decorator use recreates the manager each call
@contextlib.contextmanager
def counted():
    print("enter")
    yield
    print("exit")
@counted()
def g(x):
    print("g", x)
    return x * 2
print(g(1), g(2))
# ExitStack
with contextlib.ExitStack() as st:
    st.callback(print, "cb1")
    st.push(lambda *a: print("push exit", a[0]))
    moved = st.pop_all()
print("after with: nothing ran")
moved.close()
def raiser(msg):
    def f(*a):
        raise ValueError(msg)
    return f
try:
    with contextlib.ExitStack() as st:
        st.push(raiser("first"))
        st.push(raiser("second"))
        raise KeyError("body")
except ValueError as e:
    print(e, "<-", e.__context__, "<-", repr(e.__context__.__context__))
with contextlib.ExitStack() as st:
    st.push(lambda *a: True)
    raise IndexError("swallowed by push")
print("ok")
try:
    contextlib.ExitStack().enter_context(5)
except TypeError as e:
    print("TypeError:", e)
with contextlib.suppress():
    pass
try:
    with contextlib.suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("IndexError:", e)
with contextlib.nullcontext() as n:
    print(n)
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))
class Plain:
    def __enter__(self): return self
    def __exit__(self, *a): pass
