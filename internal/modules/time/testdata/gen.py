# Generates golden.jsonl for the time module's test: python3 gen.py
# The local zone is America/New_York (the Go test loads the same zone).
import os, sys, time
os.environ["TZ"] = "America/New_York"
time.tzset()
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "modtest"))
from gen import Gen, Var

g = Gen("time")
for name in ["timezone", "altzone", "daylight", "tzname"]:
    g.call("$attr", Var("mod"), name)
stamps = [0, 1, -1, 1.5, -1.5, 1.99, 86399, 1600000000, 1600000000.7, 1583650800, 1583650799, 1604210400, 1604214000,
          951782400, 2**31, -2**31, 4102444800, 253402300799, True]
for s in stamps:
    g.call("gmtime", s, save="st")
    g.call("$attr", Var("st"), "tm_zone")
    g.call("$attr", Var("st"), "tm_gmtoff")
    g.call("localtime", s, save="lt")
    g.call("$attr", Var("lt"), "tm_zone")
    g.call("$attr", Var("lt"), "tm_gmtoff")
    g.call("$item", Var("lt"), 0)
    g.call("$item", Var("lt"), -1)
    g.call("$attr", Var("lt"), "tm_yday")
    g.call("mktime", Var("lt"))
    g.call("asctime", Var("lt"))
    g.call("ctime", s)
    g.call("strftime", "%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %p %P %r %R %s %S %t %T %u %U %V %w %W %x %X %y %Y %z %Z %%", Var("lt"))
    g.call("strftime", "%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %p %P %r %R %S %T %u %U %V %w %W %x %X %y %Y %z %Z %%", Var("st"))
for bad in ["x", float("nan"), 1e20, None if False else 2**70, [1]]:
    g.call("gmtime", bad)
    g.call("localtime", bad)
    g.call("ctime", bad)
g.call("gmtime", 1, 2)
tuples = [(2020, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 6, 1, 12, 0, 0, 0, 153, 1), (2020, 1, 1, 12, 0, 0, 0, 1, -1),
          (5, 3, 7, 15, 4, 9, 2, 66, 0), (12345, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 0, 0, 0, 0, 0, 0, 0, 0),
          (2021, 12, 31, 23, 59, 60, 4, 365, 0), (2024, 2, 29, 1, 2, 3, 3, 60, 0), (2020, 1, 1, 0, 0, 0, 7, 1, 0),
          (1999, 12, 31, 23, 59, 59, 4, 365, 0), (2005, 1, 2, 0, 0, 0, 6, 2, 0), (2008, 12, 29, 0, 0, 0, 0, 364, 0)]
for t in tuples:
    g.call("mktime", t)
    g.call("asctime", t)
    g.call("strftime", "%Y-%m-%d %H:%M:%S|%a|%j|%U|%W|%V|%G|%g|%u|%w|%Z|%z|%s|%C|%y", t)
    g.call("strftime", "%-d|%_m|%^a|%5Y|%05d|%#b|%#p|%Ey|%Od|%10A|%-H|%_H|%#Z|%^B|%Q|%f|%", t)
    g.call("struct_time", t, save="s")
    g.call("$attr", Var("s"), "tm_zone")
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -1, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1, 1), (2020, "a", 1, 0, 0, 0, 0, 1, 0), 5, (2020, 1.5, 1, 0, 0, 0, 0, 1, 0)]:
    g.call("strftime", "%Y", bad)
    g.call("asctime", bad)
    g.call("mktime", bad)
g.call("strftime", 1)
g.call("strftime")
g.call("strftime", "%Y", (2020,) * 9, 3)
for args in [("Jan 5 2021 10:11:12 PM", "%b %d %Y %I:%M:%S %p"), ("2020-03-04", "%Y-%m-%d"), ("2020", "%Y %m"),
             ("2020 x", "%Y"), ("x", "%"), ("2021-13", "%Y-%m"), ("Thu Jan  1 00:00:00 1970",), ("31/12/99", "%d/%m/%y"),
             ("1/1/69", "%m/%d/%y"), ("12:30", "%H:%M"), ("12 AM", "%I %p"), ("12 pm", "%I %p"), ("monday 2021 05", "%A %Y %W"),
             ("sun 2021 05", "%a %Y %U"), ("2021 100", "%Y %j"), ("29 feb", "%d %b"), ("30 feb 2021", "%d %b %Y"),
             ("2021-06-01T10:00:00+0530", "%Y-%m-%dT%H:%M:%S%z"), ("2021 EST", "%Y %Z"), ("2021 utc", "%Y %Z"),
             ("March 3, 2001", "%B %d, %Y"), ("  2021", "%Y"), ("2021   3", "%Y %m"), ("1.5", "%S.%f"), ("x", "%Q"),
             ("2021-01-01 5", "%Y-%m-%d %w"), ("7", "%u"), ("Fri Sep 13 08:26:40 2019", "%c"), ("09/13/19", "%x"),
             ("08:26:40", "%X"), ("%2021", "%%%Y"), ("2021", 5), (5, "%Y")]:
    g.call("strptime", *args, save="p")
    g.call("$attr", Var("p"), "tm_zone")
    g.call("$attr", Var("p"), "tm_gmtoff")
g.call("struct_time", (1, 2, 3))
g.call("struct_time", (1,) * 12)
g.call("struct_time", (1,) * 11, save="s")
g.call("$attr", Var("s"), "tm_zone")
g.call("$attr", Var("s"), "tm_gmtoff")
g.call("$type", Var("s"))
g.call("$attr", Var("s"), "n_fields")
g.call("sleep", -1)
g.call("sleep", "a")
g.call("sleep", 0)
g.call("sleep", 0.001)
g.call("sleep")
g.call("time", 1)
g.call("struct_time", [2020, 1, 2, 3, 4, 5, 6, 7, 8], save="s")
g.call("$list", Var("s"))
g.call("$item", Var("s"), 9)
g.write(os.path.join(os.path.dirname(__file__), "golden.jsonl"))
