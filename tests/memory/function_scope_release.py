import gc
gc.disable()

class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("release", self.name)

def work():
    a = R("local a")
    b = R("local b")
    print("in work")
    return "result"

print(work())
print("after work")

def keep():
    r = R("returned")
    tmp = R("temporary")
    return r

kept = keep()
print("kept", kept.name)
del kept
print("after del kept")

def loop():
    for i in range(3):
        item = R(f"loop {i}")
    print("loop finished")

loop()
print("after loop")

def raises():
    r = R("in raising frame")
    raise ValueError("boom")

try:
    raises()
except ValueError:
    print("handling: the traceback keeps the frame alive")
print("after except block: the exception is gone")

def closure_keeps():
    c = R("captured by closure")
    return lambda: c.name

f = closure_keeps()
print("closure alive:", f())
del f
print("after del closure")
