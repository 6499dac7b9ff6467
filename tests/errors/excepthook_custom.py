# An uncaught exception goes to sys.excepthook when the program sets one.
import sys
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb is not None)
sys.excepthook = hook
raise KeyError("k")
