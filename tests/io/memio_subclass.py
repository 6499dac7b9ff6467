# Subclasses of io.StringIO and io.BytesIO, and the places the standard library
# and the interpreter use in-memory streams (print(file=), sys.stdout, redirect_stdout,
# json.dump, the interpreter's traceback printing), compared with CPython 3.11.
import contextlib
import gc
import io
import json
import sys
import weakref


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
t("sub write", lambda: u.write("abc"))
t("sub writelines", lambda: u.writelines(["de", "f\n"]))
print("sub print", file=u)
t("sub value", u.getvalue)
t("sub isinstance", lambda: (isinstance(u, io.StringIO), isinstance(u, io.IOBase), isinstance(u, io.TextIOBase)))
t("sub type", lambda: (type(u).__name__, type(u).__mro__[1].__name__))
t("sub repr", lambda: repr(u).split(" at ")[0])
t("sub dict", lambda: (setattr(u, "tag", 7), u.tag, u.__dict__)[1:])


class Lines(io.StringIO):
    def __init__(self, *lines):
        super().__init__("\n".join(lines), newline=None)
        self.count = 0

    def readline(self, size=-1):
        self.count += 1
        return super().readline(size)


n = Lines("one", "two", "three")
t("sub iter", lambda: list(n))
t("sub readline calls", lambda: n.count)
n.seek(0)
t("sub readlines", lambda: (n.readlines(), n.count))
n.seek(0)
t("sub readlines hint", lambda: n.readlines(2))


class BadLine(io.StringIO):
    def readline(self, size=-1):
        return 5


t("sub bad readline", lambda: next(BadLine("x")))


class NoInit(io.StringIO):
    def __init__(self):
        pass


ni = NoInit()
t("uninit write", lambda: ni.write("x"))
t("uninit read", lambda: ni.read())
t("uninit closed", lambda: ni.closed)


class Closer(io.StringIO):
    log = []

    def close(self):
        Closer.log.append("close")
        super().close()


with Closer("w") as c:
    pass
t("sub exit calls close", lambda: (Closer.log, c.closed))


class ClosedProp(io.StringIO):
    @property
    def closed(self):
        return True


t("sub closed prop enter", lambda: ClosedProp().__enter__())
t("sub closed prop write", lambda: ClosedProp().write("ok"))


class B(io.BytesIO):
    def write(self, b):
        return super().write(bytes(b).upper())


b = B(b"init")
t("bsub init", b.getvalue)
t("bsub write", lambda: b.write(b"xy"))
t("bsub writelines", lambda: b.writelines([b"zz"]))
t("bsub value", b.getvalue)
t("bsub isinstance", lambda: (isinstance(b, io.BytesIO), isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase)))
t("bsub iter", lambda: (b.seek(0), list(b))[1])
t("issubclass", lambda: (issubclass(io.StringIO, io.IOBase), issubclass(io.BytesIO, io.IOBase),
                         issubclass(Upper, io.TextIOBase), issubclass(int, io.IOBase)))
t("isinstance other", lambda: (isinstance(3, io.IOBase), isinstance(io.StringIO(), io.FileIO)))
t("issubclass non-class", lambda: issubclass(3, io.IOBase))

# print(file=...), sys.stdout replacement, redirect_stdout.
s = io.StringIO()
print("a", 1, [2], sep="|", end="!\n", file=s)
print("second", file=s, flush=True)
t("print file", s.getvalue)
old = sys.stdout
sys.stdout = s2 = io.StringIO()
print("captured")
sys.stdout.write("direct\n")
sys.stdout = old
t("sys.stdout", s2.getvalue)
with contextlib.redirect_stdout(io.StringIO()) as r:
    print("redirected", 42)
    help_text = "x"
t("redirect_stdout", r.getvalue)
with contextlib.redirect_stderr(io.StringIO()) as r:
    print("to stderr", file=sys.stderr)
t("redirect_stderr", r.getvalue)

# json.dump.
s = io.StringIO()
json.dump({"k": [1, 2.5, None, "é"]}, s)
t("json.dump", s.getvalue)
s.seek(0)
t("json.load", lambda: json.load(s))

# The interpreter's own traceback printing (an exception ignored in __del__)
# into a StringIO standing for sys.stderr.
class D:
    def __del__(self):
        raise ValueError("in del")


sys.stderr = err = io.StringIO()
d = D()
del d
sys.stderr = sys.__stderr__
t("unraisable", lambda: err.getvalue().splitlines()[-1])

# TextIOWrapper over a BytesIO.
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
w.write("héllo\n")
w.flush()
t("wrapper bytes", lambda: w.buffer.getvalue())
t("wrapper read", lambda: io.TextIOWrapper(io.BytesIO(b"x\ny\n"), encoding="utf-8").readlines())

# Weak references, cycles through the instance dict, many streams.
s = io.StringIO("weak")
r = weakref.ref(s)
t("weakref alive", lambda: r() is s)
del s
t("weakref dead", lambda: r() is None)
s = io.StringIO()
s.me = s
r = weakref.ref(s)
del s
gc.collect()
t("cycle collected", lambda: r() is None)
streams = [io.StringIO(str(i)) for i in range(1000)]
t("many", lambda: sum(len(x.getvalue()) for x in streams))
bs = [io.BytesIO(bytes([i % 256]) * 3) for i in range(1000)]
t("many bytes", lambda: sum(len(x.getvalue()) for x in bs))


# A subclass's stream that dies open is closed through its close method, errors
# ignored; the exact types are not.
class Fin(io.StringIO):
    def close(self):
        print("close called", self.getvalue())
        super().close()


c = Fin("v1")
del c
print("after del")
c = Fin("v2")
c.close()
del c
print("after closed del")


class FinErr(io.StringIO):
    def close(self):
        raise KeyError("boom")


e = FinErr()
del e
print("after error")


class FinB(io.BytesIO):
    def close(self):
        print("bclose", self.getvalue())
        super().close()


b = FinB(b"x")
del b
x = Fin("cycle")
x.me = x
del x
gc.collect()
print("end")


# Attributes stored and loaded by the eval loop's attribute caches.
def attrs():
    out = []
    for i in range(4):
        s = io.StringIO()
        s.x = i
        s.y = s.x + 1
        b = io.BytesIO()
        b.z = -i
        out.append((s.x, s.y, sorted(s.__dict__), b.z))
    return out


t("attrs", attrs)
