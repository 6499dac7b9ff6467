# An uncaught exception is written to the sys.stderr the program installed.
import sys, io
buf = io.StringIO()
sys.stderr = buf
try:
    raise ValueError("x")
finally:
    sys.__stdout__.write("finally\n")
