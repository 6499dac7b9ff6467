import pkg
print("---")
print(pkg.PKG_LEVEL, pkg.SIBLING_VALUE, pkg.__doc__, pkg.__name__, pkg.__package__)
import pkg.sub
print("---")
print(pkg.sub.func(), pkg.sub.uses_relatives())
import pkg.sub as s
from pkg import sub as s2
from pkg.sub import func
from pkg.nested.deep import DEEP
print(s is pkg.sub, s2 is s, func(), DEEP)
print(sorted(k for k in __import__("sys").modules if k == "pkg" or k.startswith("pkg.")))
print(hasattr(pkg, "sub"), hasattr(pkg, "nested"), pkg.nested.deep.DEEP == DEEP)
print(pkg.__file__.endswith("tests/imports/pkg/__init__.py"), [p.endswith("tests/imports/pkg") for p in pkg.__path__])
print(pkg.sub.__package__, pkg.nested.deep.__package__, pkg.nested.__package__)
