import bisect
a = [1, 2, 4, 4, 4, 7, 9]
print([bisect.bisect_left(a, x) for x in (0, 4, 5, 10)], [bisect.bisect_right(a, x) for x in (0, 4, 5, 10)], bisect.bisect(a, 4))
b = list(a)
bisect.insort(b, 5); bisect.insort_left(b, 4); bisect.insort_right(b, 0)
print(b)
print(bisect.bisect_left(a, 4, 4), bisect.bisect_left(a, 4, 0, 2), bisect.bisect_right(a, 4, hi=3))
def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100)])
recs = [(1, "a"), (3, "c"), (5, "e")]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect_right(recs, 3, key=lambda r: r[0]))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
