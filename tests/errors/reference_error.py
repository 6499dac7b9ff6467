import weakref

class Session:
    def __init__(self):
        self.user = "ann"

s = Session()
proxy = weakref.proxy(s)
print(proxy.user)
del s
print(proxy.user)
