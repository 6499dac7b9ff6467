# NameError with a "Did you mean" suggestion from the traceback printer.
counter = 1
print(counter)
print(countr + 1)
