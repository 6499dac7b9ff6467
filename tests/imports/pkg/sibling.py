print("pkg.sibling: executing, __name__ =", __name__)
SIBLING_VALUE = "from sibling"
