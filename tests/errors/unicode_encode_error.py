name = "Zoë"
print(name.encode("utf-8"))
name.encode("ascii")
