def f():
    return undefined_thing_xyz

print("calling")
f()
