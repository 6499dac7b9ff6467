# Differential check of pyheap's tracemalloc.py against CPython's own tracemalloc:
# both build snapshots from the same _tracemalloc traces taken under CPython,
# and every statistic, comparison, filter, size format and traceback must print
# the same. Run by TestPythonPartMatchesCPython when python3 is present.
import importlib.util, sys, tracemalloc as ref
spec = importlib.util.spec_from_file_location("mytm", __file__.replace("compare_with_cpython.py", "tracemalloc.py"))
my = importlib.util.module_from_spec(spec); spec.loader.exec_module(my)
ref.start(4)
def f(n): return [str(i) * 3 for i in range(n)]
def g(): return [f(50) for _ in range(20)]
keep = [g(), {i: bytes(i) for i in range(300)}, [1.5 * i for i in range(500)]]
snap1 = ref._get_traces(); lim = ref.get_traceback_limit()
keep.append([tuple(range(i % 7)) for i in range(400)])
snap2 = ref._get_traces()
ref.stop()
bad = 0
for key in ("lineno", "filename", "traceback"):
    for cum in (False, True):
        if cum and key == "traceback": continue
        a = [str(s) for s in ref.Snapshot(snap2, lim).statistics(key, cum)]
        b = [str(s) for s in my.Snapshot(snap2, lim).statistics(key, cum)]
        if a != b: bad += 1; print("stats differ", key, cum, a[:3], b[:3])
        a = [str(s) for s in ref.Snapshot(snap2, lim).compare_to(ref.Snapshot(snap1, lim), key, cum)]
        b = [str(s) for s in my.Snapshot(snap2, lim).compare_to(my.Snapshot(snap1, lim), key, cum)]
        if a != b: bad += 1; print("compare differs", key, cum, a[:3], b[:3])
for filt in [[("*tmdiff*",)], [("*tmdiff*", 4)], [("<frozen*",)], [("*", None, True)], []]:
    fr = [ref.Filter(True, *x) for x in filt] + [ref.Filter(False, "*importlib*")]
    fm = [my.Filter(True, *x) for x in filt] + [my.Filter(False, "*importlib*")]
    a = [str(s) for s in ref.Snapshot(snap2, lim).filter_traces(fr).statistics("lineno")]
    b = [str(s) for s in my.Snapshot(snap2, lim).filter_traces(fm).statistics("lineno")]
    if a != b: bad += 1; print("filter differs", filt)
for n in list(range(0, 5000, 37)) + [10**k + j for k in range(1, 16) for j in (-1, 0, 1, 512)]:
    for sign in (False, True):
        for v in (n, -n, n / 3):
            if ref._format_size(v, sign) != my._format_size(v, sign): bad += 1; print("size", v, sign)
tb = ref.Snapshot(snap2, lim).statistics("traceback")[0].traceback
tbm = my.Snapshot(snap2, lim).statistics("traceback")[0].traceback
if repr(tb) != repr(tbm) or tb.format() != tbm.format() or tb.format(limit=1, most_recent_first=True) != tbm.format(limit=1, most_recent_first=True):
    bad += 1; print("traceback differs", repr(tb), repr(tbm), tb.format(), tbm.format())
t0 = ref.Snapshot(snap2, lim).traces[0]; t0m = my.Snapshot(snap2, lim).traces[0]
if repr(t0) != repr(t0m) or str(t0) != str(t0m): bad += 1; print("trace differs", repr(t0), repr(t0m))
print("differences:", bad)
