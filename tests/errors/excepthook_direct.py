# sys.excepthook called directly: a non-exception value, a caught exception, bad arity.
import sys
sys.excepthook(1, 2, 3)
try:
    raise ValueError("caught")
except ValueError as e:
    sys.excepthook(type(e), e, e.__traceback__)
print("after")
try:
    sys.excepthook(1)
except TypeError as e:
    print(e)
