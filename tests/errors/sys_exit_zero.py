import sys
print("clean exit")
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit, code =", e.code)
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit, code =", e.code, e.args)
sys.exit(0)
print("not reached")
