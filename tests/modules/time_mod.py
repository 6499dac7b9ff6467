import time
t0 = time.time()
print(type(t0).__name__, t0 > 1_600_000_000)
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.01)
print(time.monotonic() >= m0, time.perf_counter() > p0, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__)
g = time.gmtime(0)
print(g, g.tm_year, g.tm_yday, tuple(g))
g2 = time.gmtime(1_000_000_000)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %%", g2), time.asctime(g2))
print(time.strftime("%A %B %d %I %p %y %w %U", time.gmtime(86400 * 365)))
print(time.strptime("2024-02-29 13:45", "%Y-%m-%d %H:%M")[:6], time.mktime(time.localtime(0)) == 0.0 or True)
print(time.gmtime(1e9).tm_wday, time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)).tm_mday)
try:
    time.strptime("nope", "%Y")
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
print(time.gmtime(0) == time.gmtime(0.5), time.calendar if False else "ok")
