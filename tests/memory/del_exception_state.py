# __del__ can run while an exception is being handled; it sees its own state.
import gc
import sys
gc.disable()

class Cleaner:
    def __del__(self):
        print("__del__ sees exc_info type:", sys.exc_info()[0])

try:
    c = Cleaner()
    raise KeyError("k")
except KeyError:
    del c
print("after handler")

class Raiser:
    def __del__(self):
        print("__del__ runs and then raises")
        raise ValueError("ignored")

def f():
    r = Raiser()
try:
    import io
    saved = sys.stderr
    sys.stderr = io.StringIO()
    f()
    captured = sys.stderr.getvalue()
finally:
    sys.stderr = saved
print("exception in __del__ is reported, not raised:", "Exception ignored in" in captured, "ValueError: ignored" in captured)
