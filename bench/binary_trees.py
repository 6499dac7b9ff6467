# binary_trees: many short-lived tree nodes, built, walked and dropped, in the manner of
# the benchmarks game's binary-trees. Nodes are 2-tuples (leaves hold two Nones) for
# most trees and a small __slots__ class for a share of them, so both the tuple and
# the instance allocation paths are exercised.
#
# Relies on: recursion about 20 deep, tuple packing/unpacking, __slots__, 2 ** n.

MAX_DEPTH = 16  # short: 12


class Pair:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def tuple_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (tuple_tree(depth), tuple_tree(depth))


def tuple_count(node):
    left, right = node
    if left is None:
        return 1
    return 1 + tuple_count(left) + tuple_count(right)


def pair_tree(depth):
    if depth == 0:
        return Pair(None, None)
    return Pair(pair_tree(depth - 1), pair_tree(depth - 1))


def pair_count(node):
    if node.left is None:
        return 1
    return 1 + pair_count(node.left) + pair_count(node.right)


def main():
    min_depth = 4
    max_depth = max(min_depth + 2, MAX_DEPTH)
    total = tuple_count(tuple_tree(max_depth + 1))
    kept = tuple_tree(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        rounds = 2 ** (max_depth - depth + min_depth)
        nodes = 0
        for i in range(rounds):
            if i % 4 == 3:
                nodes += pair_count(pair_tree(depth))
            else:
                nodes += tuple_count(tuple_tree(depth))
        total = (total * 31 + nodes * depth + rounds) % 1000000007
    total += tuple_count(kept)
    print("checksum:", total)


main()
