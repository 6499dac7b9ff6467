from _star import *
print(exported, also_exported)
print("not_in_all" in dir())
from _star_noall import *
print(public_name, "_underscore" in dir())
import _star
print(_star.not_in_all, _star.__all__)
