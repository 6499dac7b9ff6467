# A bug inside an except block: the handled exception becomes the context.
try:
    int("x")
except ValueError:
    print("handling")
    undefined_name_in_handler
