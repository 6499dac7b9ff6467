header = b"\x89PNG"
print(header[1:])
text = header.decode("ascii")
