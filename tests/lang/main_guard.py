print(__name__)
def main():
    print("main called")
if __name__ == "__main__":
    main()
import sys
print(sys.argv[1:])
print(sys.argv[0].endswith("main_guard.py"))
print(type(__builtins__).__name__ in ("module", "dict"))
print(__doc__)
print(__spec__)
