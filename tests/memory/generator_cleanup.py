import gc
gc.disable()

def producer(name):
    try:
        print(name, "start")
        yield 1
        yield 2
    finally:
        print(name, "finally runs")

g = producer("dropped")
print(next(g))
del g
print("after del")

for v in producer("loop-break"):
    print("value", v)
    break
print("after break")

def use():
    g = producer("function-local")
    next(g)
    return "returned"
print(use())

g2 = producer("closed")
next(g2)
g2.close()
print("after close")

g3 = producer("never started")
del g3
print("an unstarted generator has nothing to finalize")

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
g4 = catches_exit()
next(g4)
g4 = None
print("end")
