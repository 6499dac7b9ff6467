import os
path = "tests/builtins/open_builtin.tmp"
with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.name, f.closed, f.writable(), f.readable())
    print(f.write("line one\n"), f.write("line two\nline three\n"))
    f.writelines(["a\n", "b\n"])
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())
with open(path) as f:
    print([line.rstrip("\n") for line in f])
with open(path, "a") as f:
    f.write("appended\n")
with open(path, "rb") as f:
    data = f.read()
    print(type(f).__name__, type(data).__name__, len(data), data[:8], f.mode)
with open(path, "r+") as f:
    print(repr(f.read(4)), f.tell())
    f.seek(0)
    f.write("LINE")
with open(path, encoding="utf-8") as f:
    print(repr(f.read(9)))
with open(path, "wb") as f:
    f.write(b"\x00\xffbin")
with open(path, "rb") as f:
    print(f.read(), f.read())
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo €\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(repr(f.read()))
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(path, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__ + ":", e)
for bad_mode in ["rw", "z", "rbt"]:
    try:
        open(path, bad_mode)
    except ValueError as e:
        print("ValueError:", e)
try:
    open("tests/builtins/missing-dir/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    open("tests/builtins")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
os.remove(path)
print(os.path.exists(path))
