class Config:
    debug = False
    tags = []
    def __init__(self, name):
        self.name = name
a = Config("a")
b = Config("b")
a.debug = True
print(a.debug, b.debug, Config.debug)
a.tags.append("shared")
print(b.tags, Config.tags)
a.tags = ["own"]
print(a.tags, b.tags)
Config.debug = "changed on class"
print(a.debug, b.debug)
print(sorted(vars(a)), sorted(k for k in vars(Config) if not k.startswith("__")))
print("name" in Config.__dict__, "debug" in a.__dict__)
a.__dict__["direct"] = 1
print(a.direct)
a.__dict__ = {"replaced": True}
print(vars(a))
try:
    a.name
except AttributeError as e:
    print("AttributeError:", e)
print(type(Config.__dict__).__name__)
try:
    Config.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
def method(self):
    return "late-bound method on " + self.name
Config.method = method
print(b.method())
b.method = lambda: "instance function, no self"
print(b.method())
print(Config.__doc__, Config.__module__)
class Documented:
    "The docstring."
print(Documented.__doc__)
