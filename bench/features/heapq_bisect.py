import heapq, bisect
s = 0
for r in range(20):
    h = []
    for i in range(20000):
        heapq.heappush(h, (i * 7919) % 10007)
    while len(h) > 10:
        s += heapq.heappop(h)
    a = []
    for i in range(5000):
        bisect.insort(a, (i * 31) % 997)
    s += bisect.bisect_left(a, 500)
print("checksum:", s)
