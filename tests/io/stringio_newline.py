# io.StringIO's newline modes (None, '', '\n', '\r', '\r\n'): translation on
# write, line splitting on read, the newlines attribute, and non-Latin-1 text,
# compared with CPython 3.11.
import io


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


text = "a\nb\r\nc\rd\n\re"
for nl in ["\n", None, "", "\r", "\r\n"]:
    print("== newline", repr(nl))
    s = io.StringIO(newline=nl)
    t("newlines empty", lambda: s.newlines)
    t("write", lambda: s.write(text))
    t("value", s.getvalue)
    t("tell", s.tell)
    t("newlines", lambda: s.newlines)
    s.seek(0)
    t("lines", lambda: list(s))
    s.seek(0)
    t("readline 2", lambda: [s.readline(2) for _ in range(4)])
    s.seek(0)
    t("readlines", s.readlines)
    t("init", lambda: io.StringIO(text, nl).getvalue())
    t("init newlines", lambda: io.StringIO(text, nl).newlines)
    t("init lines", lambda: io.StringIO(text, newline=nl).readlines())
    # A \r ending one write and a \n starting the next.
    s = io.StringIO(newline=nl)
    s.write("x\r")
    s.write("\ny")
    t("split crlf", s.getvalue)
    t("split newlines", lambda: s.newlines)
    s.seek(0)
    t("split lines", lambda: list(s))
    # Overwriting with translation.
    s = io.StringIO("0123456789", newline=nl)
    s.seek(2)
    t("mid write", lambda: s.write("\n\r\n"))
    t("mid value", s.getvalue)
    t("mid tell", s.tell)

for nl in ["\r\n", "\r", ""]:
    s = io.StringIO("ab\r", newline=nl)
    t("trailing cr %r" % nl, lambda: s.readlines())
    s = io.StringIO("ab\r\ncd", newline=nl)
    t("readline 3 %r" % nl, lambda: [s.readline(3), s.readline(), s.readline()])

# Seen newlines in every combination.
for parts in [["a\r"], ["a\n"], ["a\r\n"], ["a\r", "b\n"], ["a\r", "b\r\n"], ["a\n", "b\r\n"],
              ["a\r", "b\n", "c\r\n"], ["\r\n\r\n"], ["plain"]]:
    for nl in [None, ""]:
        s = io.StringIO(newline=nl)
        for p in parts:
            s.write(p)
        t("seen %r %r" % (parts, nl), lambda: s.newlines)

# Bad newline arguments.
t("newline bad", lambda: io.StringIO(newline="x"))
t("newline bad 2", lambda: io.StringIO(newline="\n\n"))
t("newline int", lambda: io.StringIO(newline=1))
t("newline bytes", lambda: io.StringIO(newline=b"\n"))
t("newline nul", lambda: io.StringIO("a\nb", newline="\n\x00").readlines())
t("newline kw", lambda: io.StringIO("a\r\nb", newline="").readlines())

# Non-Latin-1 text: the buffer widens, reads narrow again.
s = io.StringIO()
s.write("abc")
s.write("é")
t("latin1", lambda: (s.getvalue(), s.tell()))
s.write("€uro")
t("bmp", lambda: (s.getvalue(), s.tell()))
s.write("😀!")
t("astral", lambda: (s.getvalue(), len(s.getvalue())))
s.seek(0)
t("read 4", lambda: s.read(4))
t("read 1 wide", lambda: s.read(1))
t("read rest", s.read)
s.seek(0)
t("ascii only after widen", lambda: (s.read(3), type(s.read(0))))
s = io.StringIO("x€\ny😀\nz", newline=None)
t("wide lines", s.readlines)
s = io.StringIO("ünï\r\ncødé\rend", newline="")
t("wide universal", s.readlines)
s = io.StringIO("ünï\r\ncødé\r\nend", newline="\r\n")
t("wide crlf", s.readlines)
s = io.StringIO("日本\n語")
s.seek(10)
s.write("!")
t("wide pad", s.getvalue)
s.seek(1)
s.write("é")
t("overwrite wide", s.getvalue)
s.truncate(2)
t("truncate wide", s.getvalue)
t("surrogate", lambda: io.StringIO("a\ud800b").getvalue())
big = "x" * 1000 + "\u0101" + "y" * 1000
t("big wide", lambda: io.StringIO(big).getvalue() == big)
s = io.StringIO()
for i in range(3000):
    s.write(chr(0x100 + i % 50) if i % 7 == 0 else str(i))
v = s.getvalue()
t("many writes", lambda: (len(v), v[:20], v[-20:]))
