import os
print(os.path.isdir("tests/errors"))
with open("tests/errors") as f:
    f.read()
