"""The pkg test package."""
print("pkg/__init__: executing, __name__ =", __name__, "__package__ =", __package__)
PKG_LEVEL = "defined in pkg/__init__"
from .sibling import SIBLING_VALUE
