# Objects still referenced by module globals are finalized at interpreter shutdown.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("shutdown __del__", self.name)

first = Noisy("first")
second = Noisy("second")
third = Noisy("third")
del second
print("end of script")
