import contextlib
@contextlib.contextmanager
def cm():
    print("enter")
    try:
        yield
    finally:
        print("cleanup")
def work():
    with cm():
        1 / 0
work()
