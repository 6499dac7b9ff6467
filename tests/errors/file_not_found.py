try:
    open("tests/errors/does-not-exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(isinstance(e, OSError))
open("tests/errors/also-missing.txt", "rb")
