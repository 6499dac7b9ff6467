# The docstrings and text signatures of the builtins functions, and help() on them.
import builtins
for k, v in sorted(vars(builtins).items()):
    if type(v).__name__ == 'builtin_function_or_method' and k not in ('aiter', 'anext'):
        print(k, repr(v.__text_signature__), repr(v.__doc__))
for f in (len, print, divmod, __import__, sorted, iter, max, min, getattr, round, breakpoint, __build_class__, repr):
    help(f)

# The docstrings of the builtins types and exceptions (tp_doc).
for k, v in sorted(vars(builtins).items()):
    if isinstance(v, type) and k not in ("complex", "__loader__"):
        print(k, repr(v.__doc__))
print(type(vars(int)["__doc__"]).__name__, vars(ValueError)["__doc__"])
class C: pass
class D:
    "doc D"
class I(int): pass
print(C.__doc__, D.__doc__, I.__doc__, repr(ValueError("x").__doc__))
