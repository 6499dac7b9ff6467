# Only the deterministic parts of tracemalloc: states, types and shapes, never sizes.
import tracemalloc
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
print(tracemalloc.get_traced_memory())
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
data = [bytes(1000) for _ in range(100)]
current, peak = tracemalloc.get_traced_memory()
print(type(current).__name__, current > 100000, peak >= current)
snap = tracemalloc.take_snapshot()
print(type(snap).__name__, snap.traceback_limit)
stats = snap.statistics("lineno")
print(type(stats).__name__, len(stats) > 0, type(stats[0]).__name__)
top = stats[0]
print(top.traceback[0].filename.endswith("tracemalloc_api.py"), top.size > 0, top.count > 0)
tracemalloc.reset_peak()
tracemalloc.clear_traces()
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
tracemalloc.start(5)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
try:
    tracemalloc.start(0)
except ValueError as e:
    print("ValueError:", e)
print(tracemalloc.get_tracemalloc_memory() >= 0)
