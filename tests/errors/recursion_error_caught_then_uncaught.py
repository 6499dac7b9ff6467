# A RecursionError is caught, the program continues, then one escapes from a method.
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

print(depth(0) > 100)

class Tree:
    def size(self):
        return 1 + self.size()

Tree().size()
