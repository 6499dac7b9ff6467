# Random sequences of operations on io.StringIO (every newline mode, Latin-1
# text and wider) and io.BytesIO, seeded: each step's result folds into a checksum
# printed per stream, with the final value, compared with CPython 3.11.
import io
import random

rng = random.Random(1234)
NARROW = ["a", "b", "\n", "\r", "\r\n", "é", "\x00", "xyz"]
WIDE = NARROW + ["\u20ac", "\U0001f600"]
ALPHABET = NARROW


def fold(cks, value):
    for c in repr(value):
        cks = (cks * 31 + ord(c)) % (1 << 61)
    return cks


def rand_text():
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 6)))


def run_text(newline, steps, init=1):
    s = io.StringIO("".join(rand_text() for _ in range(init)), newline=newline)
    cks = 0
    for _ in range(steps):
        op = rng.randrange(9)
        try:
            if op < 3:
                r = s.write(rand_text())
            elif op == 3:
                r = s.read(rng.choice([-1, 0, 1, 2, 5, None]))
            elif op == 4:
                r = s.readline(rng.choice([-1, 1, 3, None]))
            elif op == 5:
                r = s.seek(rng.randrange(0, 40))
            elif op == 6:
                r = s.seek(0, rng.choice([1, 2]))
            elif op == 7:
                r = s.truncate(rng.choice([None, rng.randrange(0, 30)]))
            else:
                r = (s.tell(), s.newlines)
        except Exception as e:
            r = type(e).__name__ + str(e)
        cks = fold(cks, r)
    return cks, s.getvalue(), s.tell()


def run_bytes(steps, init=0):
    b = io.BytesIO("".join(rand_text() for _ in range(init)).encode("utf-8"))
    cks = 0
    for _ in range(steps):
        op = rng.randrange(7)
        try:
            if op < 3:
                r = b.write(rand_text().encode("utf-8"))
            elif op == 3:
                r = b.read(rng.choice([-1, 0, 1, 3, None]))
            elif op == 4:
                r = b.readline(rng.choice([-1, 2, None]))
            elif op == 5:
                r = b.seek(rng.randrange(-10, 40), rng.randrange(3))
            else:
                r = b.truncate(rng.choice([None, rng.randrange(0, 30)]))
        except Exception as e:
            r = type(e).__name__ + str(e)
        cks = fold(cks, r)
    return cks, b.getvalue(), b.tell()


for newline in ["\n", None, "", "\r", "\r\n"]:
    for trial in range(4):
        ALPHABET = NARROW if trial < 2 else WIDE
        print(repr(newline), trial, run_text(newline, 300))
for trial in range(3):
    print("bytes", trial, run_bytes(300))
# Long initial values, read before the first write.
for newline in ["\n", None, "", "\r", "\r\n"]:
    for trial in range(4):
        ALPHABET = NARROW if trial < 2 else WIDE
        print("init", repr(newline), trial, run_text(newline, 200, init=40))
for trial in range(3):
    print("bytes init", trial, run_bytes(200, init=40))

# Reading a borrowed initial value in every way, then writing into it.
for text in ["", "plain", "a\nb\r\nc\rd", "wide \u20ac\nline\n", "\U0001f600\n\n", "\xe9\xe8\n"]:
    for nl in ["\n", None, "", "\r", "\r\n"]:
        s = io.StringIO(text, nl)
        r = [s.newlines, s.getvalue(), s.read(3), s.readline(), list(s), s.seek(1), s.readlines(),
             s.truncate(4), s.getvalue(), s.seek(2), s.write("Z\n"), s.getvalue(), s.newlines]
        print(repr(text), repr(nl), r)
for data in [b"", b"abc", b"a\nb\nc", bytes(range(256))]:
    b = io.BytesIO(data)
    r = [b.getvalue() == data, b.read(2), b.readline(), list(b), b.seek(1), b.readlines(),
         b.truncate(3), b.getvalue(), b.seek(5), b.write(b"!"), b.getvalue()]
    print(r)
b = io.BytesIO(b"self")
b.write(b.getvalue())
print(b.getvalue())
s = io.StringIO("self")
s.seek(2)
s.write(s.getvalue())
print(s.getvalue())
