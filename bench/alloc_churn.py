# alloc_churn: lists, dicts, tuples and small sets created, used briefly and dropped, in
# the shapes everyday code makes them: records as dicts and tuples, rows as lists,
# comprehension results, slices and concatenations, a sliding window of live objects
# (so frees happen out of allocation order). No reference cycles: reference counting
# alone frees everything.
#
# Relies on: list/dict/set comprehensions, dict(zip(...)), tuple(), list slicing and
# concatenation, list.append/pop/extend, dict.items/values/update, dict unpacking in a
# display, tuple unpacking, sorted, len, sum, min/max.

ROUNDS = 120000  # short: 10000
WINDOW = 64

KEYS = ("id", "name", "score", "tags", "pos")


def make_record(i):
    row = [i, "r" + str(i % 1000), (i * 37) % 101, ["t" + str(i % 7), "u"], (i % 50, i % 30)]
    return dict(zip(KEYS, row))


def transform(rec):
    pos = rec["pos"]
    moved = {**rec, "pos": (pos[0] + 1, pos[1] - 1), "score": rec["score"] * 2}
    moved["tags"] = moved["tags"] + ["moved"]
    return moved


def summarize(batch):
    scores = [r["score"] for r in batch]
    names = {r["name"] for r in batch}
    by_tag = {}
    for r in batch:
        by_tag.setdefault(r["tags"][0], []).append(r["id"])
    pairs = [(r["id"], r["score"]) for r in batch if r["score"] % 3 == 0]
    top = sorted(pairs, key=lambda p: -p[1])[:3]
    return (sum(scores), len(names), len(by_tag), tuple(t[0] for t in top))


def main():
    window = []
    acc = 0
    for i in range(ROUNDS):
        rec = transform(make_record(i))
        window.append(rec)
        if len(window) > WINDOW:
            # Drop one from the middle and one from the front: frees out of order.
            window.pop(len(window) // 2)
            window.pop(0)
        if i % 16 == 0:
            total, distinct, tags, top = summarize(window)
            acc = (acc + total * 3 + distinct * 5 + tags + sum(top)) % 1000000007
        grid = [[i + x + y for x in range(6)] for y in range(4)]
        flat = [v for row in grid for v in row]
        half = flat[::2] + flat[1::2]
        acc = (acc + half[i % len(half)] + max(flat) - min(flat)) % 1000000007
        counts = {}
        for v in flat:
            counts[v % 5] = counts.get(v % 5, 0) + 1
        acc = (acc + len(counts) + sum(counts.values())) % 1000000007
    x, y = window[-1]["pos"]
    print(f"checksum: {acc}:{len(window)}:{x}/{y}")


main()
