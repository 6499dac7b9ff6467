import os
d = "tests/modules/os_mod.tmpdir"
if os.path.isdir(d):
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
os.mkdir(d)
for name in ["b.txt", "a.txt", "c.log"]:
    with open(os.path.join(d, name), "w") as f:
        f.write(name)
print(sorted(os.listdir(d)))
os.rename(os.path.join(d, "c.log"), os.path.join(d, "c.txt"))
print(sorted(os.listdir(d)))
st = os.stat(os.path.join(d, "a.txt"))
print(st.st_size, type(st.st_mtime).__name__)
try:
    os.mkdir(d)
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    os.remove(os.path.join(d, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__ + ":", e)
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d))
os.makedirs(d + "/x/y", exist_ok=True)
print(os.path.isdir(d + "/x/y"))
os.removedirs(d + "/x/y")
print(os.path.exists(d))
os.environ["PYHEAP_TEST_VAR"] = "value"
print(os.environ["PYHEAP_TEST_VAR"], os.environ.get("PYHEAP_TEST_VAR"), os.getenv("PYHEAP_TEST_VAR"), "PYHEAP_TEST_VAR" in os.environ)
del os.environ["PYHEAP_TEST_VAR"]
print(os.environ.get("PYHEAP_TEST_VAR"), os.getenv("PYHEAP_TEST_VAR", "default"))
try:
    os.environ["PYHEAP_SURELY_UNSET_VAR"]
except KeyError as e:
    print("KeyError:", e)
print(os.name, type(os.getcwd()).__name__, os.getcwd() == os.path.abspath("."), type(os.getpid()).__name__)
print(os.path.basename(os.getcwd()) != "", os.linesep == "\n", os.devnull)
