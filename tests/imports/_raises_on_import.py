print("_raises_on_import: about to fail")

def check():
    raise RuntimeError("module initialization failed")

check()
