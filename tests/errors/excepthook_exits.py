# sys.exit inside sys.excepthook sets the exit status.
import sys
def hook(t, v, tb):
    print("hook", t, v)
    sys.exit(7)
sys.excepthook = hook
raise ValueError(3)
