class Node:
    def __init__(self, nxt=None):
        self.next = nxt

chain = Node(Node(None))
print(chain.next.next)
print(chain.next.next.next)
