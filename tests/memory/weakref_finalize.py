import gc
import weakref
gc.disable()

class Res:
    pass

def cleanup(name, log):
    log.append(name)
    print("finalizer ran for", name)
    return "cleanup result"

log = []
r = Res()
f = weakref.finalize(r, cleanup, "r", log)
print(f.alive, f.peek()[0] is r, f.atexit)
del r
print(f.alive, log)

r2 = Res()
f2 = weakref.finalize(r2, cleanup, "r2", log)
print(f2(), f2.alive, f2(), log)
del r2
print("no second call")

r3 = Res()
f3 = weakref.finalize(r3, cleanup, "r3", log)
print(f3.detach()[2], f3.alive)
del r3
print("detached finalizer does not run")

survivor = Res()
weakref.finalize(survivor, print, "finalizer of a survivor runs at exit")
print("end of script")
