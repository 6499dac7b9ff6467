# cycle_churn: reference cycles of instances, dicts and lists made in a loop and left for
# the cycle collector, which runs only when the program calls gc.collect() every
# COLLECT_EVERY iterations. The checksum joins, with colons: the total of what the
# collect() calls returned (unreachable objects found), the number of __del__ calls, the
# number of surviving cycles and a digest of the values computed.
#
# Automatic collection is disabled so the counts depend on the program alone. Every
# object left in the garbage is one CPython's collector counts without ambiguity:
# __slots__ instances (no instance dict to count or not), and dicts and lists that
# hold another object of the cycle (so CPython keeps them tracked).
#
# Relies on: gc.disable / gc.collect returning the unreachable count, __slots__,
# __del__ on objects in cycles (finalized once, then freed), global in a method.

import gc

ITERATIONS = 600000  # short: 60000
COLLECT_EVERY = 2000

finalized = 0


class Node:
    __slots__ = ("value", "link", "extra")

    def __init__(self, value):
        self.value = value
        self.link = None
        self.extra = None


class Sentinel:
    __slots__ = ("owner",)

    def __init__(self, owner):
        self.owner = owner

    def __del__(self):
        global finalized
        finalized += 1


def make_cycle(i):
    # Two nodes pointing at each other: 2 objects.
    a = Node(i)
    b = Node(i * 7 % 1000)
    a.link = b
    b.link = a
    # A dict holding a node, hung from the node: 1 object.
    a.extra = {"owner": a, "index": i, "name": "n" + str(i % 97)}
    kind = i % 5
    if kind == 1:
        # A list closing a three-way cycle: 1 object.
        b.extra = [a, b, i]
    elif kind == 2:
        # A dict of lists, each list pointing back at the dict: 1 + 3 objects.
        d = {}
        for k in range(3):
            d[k] = [d, k]
        b.extra = d
        d["back"] = b
    elif kind == 3:
        # A finalizer in the cycle: 1 object.
        b.extra = Sentinel(a)
    return a.value + b.value


def main():
    gc.disable()
    gc.collect()  # whatever the start-up left behind is not ours to count
    found = 0
    digest = 0
    keep = []
    for i in range(ITERATIONS):
        digest = (digest + make_cycle(i)) % 1000003
        if i % 1000 == 0:
            # A few cycles stay reachable and survive every collection.
            n = Node(i)
            n.link = n
            keep.append(n)
        if (i + 1) % COLLECT_EVERY == 0:
            found += gc.collect()
    found += gc.collect()
    survivors = 0
    for n in keep:
        if n.link is n:
            survivors += 1
    gc.enable()
    print(f"checksum: {found}:{finalized}:{survivors}:{digest}")


main()
