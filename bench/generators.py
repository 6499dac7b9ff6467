# generators: a data pipeline made of generators. A source yields numbers from a
# linear congruential generator; stages filter, map, batch, window and flatten them;
# a tree walker recurses with yield from; a running-average coroutine receives values
# through send(); and a generator's return value comes back through yield from.
#
# Relies on: generator functions, yield from (including its value, and delegation to
# nested generators), generator expressions, send(), next() with a default, close(),
# try/finally inside a generator, StopIteration ending for loops, zip, enumerate.

ITEMS = 2500000  # short: 150000


def numbers(n, seed):
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state >> 16


def keep_odd(items):
    for x in items:
        if x & 1:
            yield x


def scaled(items, k):
    return (x * k % 10007 for x in items)


def batches(items, size):
    batch = []
    for x in items:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def windows(items, width):
    buf = []
    for x in items:
        buf.append(x)
        if len(buf) > width:
            del buf[0]
        if len(buf) == width:
            yield tuple(buf)


def summed(batch):
    total = 0
    for x in batch:
        total += x
        yield x
    return total


def flatten_with_totals(stream, totals):
    for batch in stream:
        total = yield from summed(batch)
        totals.append(total)


def tree(depth, label):
    # A nested tuple tree, walked by walk() below.
    if depth == 0:
        return label
    return (tree(depth - 1, label * 2), tree(depth - 1, label * 2 + 1))


def walk(node):
    if isinstance(node, tuple):
        for child in node:
            yield from walk(child)
    else:
        yield node


def averager():
    count = 0
    total = 0
    average = None
    try:
        while True:
            x = yield average
            count += 1
            total += x
            average = total // count
    finally:
        averager.closed += 1


averager.closed = 0


def main():
    totals = []
    stream = scaled(keep_odd(numbers(ITEMS, 7)), 31)
    flat = flatten_with_totals(batches(stream, 17), totals)
    acc = 0
    avg = averager()
    next(avg)
    last = 0
    for i, w in enumerate(windows(flat, 3)):
        a, b, c = w
        acc = (acc + a * 3 + b * 5 + c * 7 + i) % 1000000007
        if i % 10 == 0:
            last = avg.send(a + b + c)
    avg.close()
    leaves = 0
    for rounds in range(ITEMS // 20000 + 1):
        leaves += sum(x % 7 for x in walk(tree(10, rounds)))
    pairs = sum(x * y for x, y in zip(numbers(ITEMS // 10, 1), numbers(ITEMS // 10, 2))) % 1000003
    empty = next(keep_odd(iter([2, 4, 6])), -1)
    print(f"checksum: {acc}:{len(totals)}:{sum(totals)}:{last}:{averager.closed}:{leaves}:{pairs}:{empty}")


main()
