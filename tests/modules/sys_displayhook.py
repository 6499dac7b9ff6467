# sys.displayhook, what the interactive prompt calls with each expression's value:
# called directly, with sys.stdout replaced, with None; and the simple attributes
# a program may read (their types: the values are the installation's).
import builtins
import io
import sys

print(sys.displayhook is sys.__displayhook__)
sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
buf = io.StringIO()
saved = sys.stdout
sys.stdout = buf
sys.displayhook("captured")
sys.displayhook([1, (2, 3)])
sys.stdout = saved
print(repr(buf.getvalue()), builtins._)
sys.stdout = None
try:
    sys.displayhook(1)
except RuntimeError as e:
    sys.stdout = saved
    print("RuntimeError:", e)
try:
    sys.displayhook()
except TypeError as e:
    print("TypeError:", e)


class Bad:
    def __repr__(self):
        raise ValueError("no repr")


try:
    sys.displayhook(Bad())
except ValueError as e:
    print("ValueError:", e, builtins._)
for name in ("prefix", "exec_prefix", "base_prefix", "base_exec_prefix", "abiflags", "platlibdir",
             "float_repr_style"):
    print(name, type(getattr(sys, name)).__name__)
print(type(sys.dont_write_bytecode).__name__, sys.pycache_prefix, sys.float_repr_style, sys.api_version,
      sys.warnoptions)
