data = b"ok \xff bad"
print(data[:3].decode("utf-8"))
data.decode("utf-8")
