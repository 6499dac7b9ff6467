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


def run_text(newline, steps):
    s = io.StringIO(rand_text(), newline=newline)
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


def run_bytes(steps):
    b = io.BytesIO()
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
