# An uncaught KeyboardInterrupt prints a traceback, then CPython re-raises SIGINT
# on itself, so the exit status seen by the shell is 130 (128 + SIGINT).
print("interrupting")
raise KeyboardInterrupt
