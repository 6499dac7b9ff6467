# Standard modules written in C in CPython show no frames in tracebacks; a
# callback they call shows up right under the caller's line.
import functools
import collections

def bad(a, b):
    return a / b

try:
    functools.reduce(bad, [1, 0])
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

try:
    collections.OrderedDict().popitem()
except KeyError as e:
    print(repr(e), e.__traceback__.tb_next)

c = collections.Counter("abc")
print(c.most_common(1))
functools.reduce(bad, [1, 2, 0])
