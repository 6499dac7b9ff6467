from collections import deque, Counter, defaultdict, namedtuple, OrderedDict
P = namedtuple("P", "x y")
s = 0
for r in range(30):
    dq = deque()
    for i in range(10000):
        dq.append(i)
        if len(dq) > 100:
            dq.popleft()
    s += sum(dq)
    c = Counter(i % 37 for i in range(10000))
    s += c.most_common(1)[0][1]
    dd = defaultdict(list)
    for i in range(10000):
        dd[i % 13].append(i)
    s += len(dd)
    pts = [P(i, i + 1) for i in range(3000)]
    s += sum(p.x + p.y for p in pts)
    od = OrderedDict((i, i) for i in range(2000))
    od.move_to_end(5)
    s += next(iter(od))
print("checksum:", s)
