class Outer:
    class Inner:
        class Deepest:
            value = "deep"
        def name(self):
            return type(self).__qualname__
    def make(self):
        return self.Inner()
print(Outer.Inner.Deepest.value, Outer().make().name(), Outer.Inner.Deepest.__qualname__)
def factory(n):
    class Local:
        size = n
        def __repr__(self):
            return f"Local(size={self.size})"
    return Local
L1, L2 = factory(1), factory(2)
print(L1(), L2(), L1 is L2, L1.__qualname__)
class Tree:
    class Node:
        def __init__(self, v, kids=()):
            self.v = v
            self.kids = list(kids)
        def total(self):
            return self.v + sum(k.total() for k in self.kids)
    def __init__(self):
        N = Tree.Node
        self.root = N(1, [N(2), N(3, [N(4)])])
print(Tree().root.total())
