# A failing sys.excepthook: its own traceback, then the original exception.
import sys, io
print(sys.excepthook is sys.__excepthook__, sys.excepthook.__name__)
def bad(t, v, tb):
    raise RuntimeError("hook failed")
sys.excepthook = bad
raise KeyError("orig")
