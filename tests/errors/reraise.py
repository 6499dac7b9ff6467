# A bare raise re-raises the current exception with its original traceback.
def fail():
    raise OSError(2, "No such file or directory", "data.bin")

try:
    fail()
except OSError as e:
    print("logging:", e)
    raise
