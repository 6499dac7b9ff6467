# Fine-grained locations: the carets point at the failing part of a longer expression.
config = {"server": {"port": 8080}}
names = ["a", "b"]

def lookup():
    return config["server"]["host"]

print(names[0] + names[1])
print(len(names) * 2)
port = config["server"]["port"] + lookup()
