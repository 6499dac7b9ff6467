# A group raised while handling another exception.
try:
    1/0
except Exception as z:
    raise BaseExceptionGroup("bg", [KeyboardInterrupt(), ValueError(2)])
