# help() on a class: signature, MRO, and the attributes by kind and defining class.
class Base:
    "Base doc."
    def hello(self):
        "Say hello."
class C(Base):
    """A class.

    With two paragraphs."""
    x = 1
    def __init__(self, a, b=2):
        "Init."
    def m(self, x):
        "Method m."
    @staticmethod
    def s(y):
        pass
    @classmethod
    def k(cls):
        "Class method."
    @property
    def p(self):
        "A property."
help(C)
help(Base)
class E(Exception):
    "An error."
    code = 3
