import contextlib

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)
try:
    with tag("div"):
        raise ValueError("inside div")
except ValueError as e:
    print("propagated:", e)

@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")

with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f"t{i}"))
    stack.callback(print, "callback registered last, runs first")
    print("body of ExitStack")

class Closable:
    def close(self):
        print("closed")
with contextlib.closing(Closable()) as c:
    print("using", type(c).__name__)

with contextlib.nullcontext(42) as v:
    print("nullcontext gives", v)

import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("redirected")
print("captured:", repr(buf.getvalue()))

@contextlib.contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@tag("decorated")
def f():
    print("in f")
f() if False else None
class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("AbstractContextManager exit")
with CM() as cm:
    print(type(cm).__name__)
with tag("ctx-as-decorator-target"):
    pass
