print("before import")
import _helper
print("after import")
import _helper  # cached: the body does not run again
import sys
print(_helper.CONSTANT, _helper.greet("test"), _helper.Widget(), _helper._private)
print(_helper.__name__, _helper.__doc__, type(_helper).__name__, "_helper" in sys.modules, sys.modules["_helper"] is _helper)
print(_helper.__file__.endswith("tests/imports/_helper.py"), _helper.__spec__.name)
print(_helper.bump(), _helper.bump(), _helper.counter)
from _helper import counter, greet as hello, CONSTANT as C
print(counter, hello("alias"), C)
_helper.CONSTANT = 7
from _helper import CONSTANT
print(CONSTANT)
print(sorted(n for n in dir(_helper) if not n.startswith("__")))
def local_import():
    import _helper as h
    return h.greet("local")
print(local_import(), "h" in dir())
mod = __import__("_helper")
print(mod is _helper)
