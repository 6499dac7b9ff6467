# The docstrings and text signatures of the builtins functions, and help() on them.
import builtins
for k, v in sorted(vars(builtins).items()):
    if type(v).__name__ == 'builtin_function_or_method' and k not in ('aiter', 'anext'):
        print(k, repr(v.__text_signature__), repr(v.__doc__))
for f in (len, print, divmod, __import__, sorted, iter, max, min, getattr, round, breakpoint, __build_class__, repr):
    help(f)
