# Tests run with stdin redirected from /dev/null, so input() hits end of file.
try:
    line = input("prompt> ")
except EOFError as e:
    print()
    print("EOFError:", e)
import sys
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
input()
