print("pkg.nested.deep: executing, __name__ =", __name__)
from .. import sibling
from ..sibling import SIBLING_VALUE
DEEP = "deep value; parent's sibling says " + SIBLING_VALUE
