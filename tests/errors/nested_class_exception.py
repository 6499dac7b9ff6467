# The traceback prints the qualified name of an exception class nested in a class.
class Outer:
    class Problem(Exception):
        pass

raise Outer.Problem("nested")
