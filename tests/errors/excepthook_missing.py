# With sys.excepthook deleted, the report says so and shows the exception.
import sys
del sys.excepthook
raise ValueError("no hook")
