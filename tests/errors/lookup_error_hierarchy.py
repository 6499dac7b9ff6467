# Catching by base class; then an uncaught MemoryError raised by hand.
for exc in (KeyError("k"), IndexError("i"), ZeroDivisionError("z"), OverflowError("o"),
            FileNotFoundError("f"), RecursionError("r"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")):
    bases = [c.__name__ for c in type(exc).__mro__]
    print(type(exc).__name__, "->", " > ".join(bases))
raise MemoryError
