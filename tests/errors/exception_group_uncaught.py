# Uncaught exception groups print nested boxed tracebacks, with notes, chains
# and CPython's depth limit.
import sys
def inner():
    try:
        raise ExceptionGroup("inner", [ValueError("v"), TypeError("t")])
    except ExceptionGroup as e:
        e.add_note("note on inner")
        return e
def chained():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError as v:
            return v
g = inner()
eg = ExceptionGroup("outer", [g, chained(), ExceptionGroup("last", [OSError("o")])])
eg.add_note("outer note\nsecond line")
try:
    raise eg
except ExceptionGroup as e:
    sys.excepthook(type(e), e, e.__traceback__) if False else None
    saved = e
deep = ValueError("bottom")
for i in range(12):
    deep = ExceptionGroup(f"level{i}", [deep])
try:
    raise deep
except ExceptionGroup as e:
    deep = e
def show(e):
    import traceback
try:
    raise RuntimeError("top") from saved
except RuntimeError as r:
    top = r
raise BaseExceptionGroup("final", [top, deep, BaseExceptionGroup("b", [SystemExit(3)])])
