import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), s.readlines())
s2 = io.StringIO("line1\nline2\nline3")
print([l for l in s2], s2.read())
s2.seek(0)
s2.truncate(5)
print(repr(s2.getvalue()))
s3 = io.StringIO("initial")
s3.write("IN")
print(s3.getvalue())
s3.seek(0, 2)
s3.write("++")
print(s3.getvalue(), s3.closed)
s3.close()
print(s3.closed)
try:
    s3.getvalue()
except ValueError as e:
    print("ValueError:", e)
b = io.BytesIO(b"binary\x00data")
print(b.read(6), b.read(), b.getvalue(), b.tell())
b.seek(0)
b.write(b"BIN")
print(b.getvalue(), b.getbuffer().nbytes if False else len(b.getvalue()))
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError:", e)
import sys
old = sys.stdout
sys.stdout = buf = io.StringIO()
print("captured", 1, 2)
sys.stdout = old
print(repr(buf.getvalue()))
with io.StringIO("ctx") as f:
    print(f.read())
print(f.closed)
print(repr(io.StringIO("a\r\nb").read()), repr(io.StringIO("a\r\nb", newline=None).read()), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
t = io.TextIOWrapper(io.BytesIO("é\n".encode("utf-8")), encoding="utf-8")
print(repr(t.read()))
