import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print()
print("no newline", end="")
print(" continued")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=";")
print(*range(5))
print("x", sep=None, end=None)
sys.stdout.write("write returns count\n")
n = sys.stdout.write("abc\n")
print(n)
print("tab\tand\\backslash")
print(str(b"bytes printed"))
print("unicode: é ß 中文 😀")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
sys.stderr.write("stderr write\n")
