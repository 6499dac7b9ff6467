import os.path
import os
p = "dir/sub/file.tar.gz"
print(os.path.basename(p), os.path.dirname(p), os.path.split(p), os.path.splitext(p), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"))
print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/abs", "c"), os.path.join("", "x"), os.path.join("a", ""))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath(""), os.path.normpath("a/.."), os.path.normpath("//a"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.split("/"), os.path.split("file"), os.path.dirname("/a"), os.path.basename("a/"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]), os.path.relpath("/a/b/c", "/a/x"))
print(os.path.splitdrive("/a/b"), os.path.expanduser("no-tilde"), os.path.normcase("MiXeD"), os.sep, os.path.sep, os.curdir, os.pardir, os.extsep)
print(os.path.exists("tests"), os.path.isdir("tests"), os.path.isfile("tests/modules/os_path_mod.py"), os.path.exists("tests/nope"), os.path.isfile("tests"))
print(os.path.getsize("tests/modules/os_path_mod.py") > 0, os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
try:
    os.path.commonpath([])
except ValueError as e:
    print("ValueError:", e)
try:
    os.path.join("a", 1)
except TypeError as e:
    print("TypeError:", e)
