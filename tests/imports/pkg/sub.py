print("pkg.sub: executing, __name__ =", __name__, "__package__ =", __package__)
from . import sibling
from .sibling import SIBLING_VALUE as renamed
from .nested import deep

def func():
    return "pkg.sub.func"

def uses_relatives():
    return sibling.SIBLING_VALUE, renamed, deep.DEEP
