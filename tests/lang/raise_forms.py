def attempt(f):
    try:
        f()
    except BaseException as e:
        return f"{type(e).__name__}: {e!r} cause={e.__cause__!r} context={e.__context__!r}"

def r1():
    raise ValueError
def r2():
    raise ValueError("msg")
def r3():
    raise ValueError("x") from KeyError("y")
def r4():
    raise ValueError("x") from KeyError
def r5():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
def r6():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
def r7():
    raise
def r8():
    e = OSError(13, "Permission denied")
    raise e
def r9():
    class Custom(Exception):
        pass
    raise Custom("local class")
for f in [r1, r2, r3, r4, r5, r6, r7, r8, r9]:
    print(f.__name__, attempt(f))
e = ValueError("reuse")
for i in range(2):
    try:
        raise e
    except ValueError as caught:
        print(caught is e)
err = RuntimeError("tb")
print(err.__traceback__)
try:
    raise err
except RuntimeError as x:
    print(x.__traceback__ is not None, x.__traceback__.tb_lineno)
w = ValueError("with_traceback")
print(w.with_traceback(None) is w)
