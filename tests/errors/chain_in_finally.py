# An exception in a finally block while another is propagating.
def work():
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
        raise KeyError("second")

work()
