import gc
gc.disable()

class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False
        print("open", name)
    def close(self):
        if not self.closed:
            self.closed = True
            print("close", self.name)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.close()
        return False
    def __del__(self):
        print("free", self.name, "closed" if self.closed else "NOT closed")

with Resource("with-managed") as r:
    print("using", r.name)
print("after with: object still bound to r, closed =", r.closed)
del r

r2 = Resource("explicit")
try:
    print("using", r2.name)
finally:
    r2.close()
del r2

try:
    with Resource("failing") as r3:
        raise RuntimeError("inside with")
except RuntimeError as e:
    print("caught", e)
del r3

path = "tests/memory/with_and_close.tmp"
with open(path, "w") as f:
    f.write("data")
print("file closed after with:", f.closed)
g = open(path)
print("explicitly opened, closed:", g.closed)
g.close()
print("after close():", g.closed)
import os
os.remove(path)

from contextlib import closing
class Thing:
    def close(self):
        print("Thing.close called by contextlib.closing")
with closing(Thing()):
    print("inside closing()")
