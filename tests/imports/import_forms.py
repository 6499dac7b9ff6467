import os.path
import os.path as osp
from os import path as p2, sep
from collections import (
    deque,
    Counter as Cnt,
)
import math, string
print(os.path is osp, osp is p2, sep, deque([1]), Cnt("aa"), math.floor(1.5), string.digits)
import collections.abc
print(collections.abc.Sequence.__name__, isinstance([], collections.abc.Sequence))
def f():
    from math import sqrt
    return sqrt(4)
print(f(), "sqrt" in dir())
if True:
    import json as j
print(j.dumps([1]))
try:
    import os.path.join
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
