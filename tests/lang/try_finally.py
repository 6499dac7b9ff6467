def f1():
    try:
        return "try"
    finally:
        print("finally runs before return")

def f2():
    try:
        return "try"
    finally:
        return "finally wins"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed exception"

def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "loop done"

def f5():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "break in finally swallowed KeyError"

def f6():
    for i in range(2):
        try:
            raise KeyError(i)
        finally:
            continue
    return "continue in finally swallowed"

def f7():
    x = 1
    try:
        return x
    finally:
        x = 2

def f8():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        return "outer caught " + str(e)
    finally:
        print("outer finally")

def f9():
    log = []
    try:
        log.append("try")
    except Exception:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

def f10():
    log = []
    try:
        log.append("try")
        raise RuntimeError
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

def f11():
    try:
        pass
    finally:
        pass
    try:
        return "else returns"
    except Exception:
        pass
    finally:
        print("finally after return in try")

def f12():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        finally:
            print("nested finally in except")

for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11]:
    print(f.__name__, "->", f())
try:
    f12()
except KeyError as e:
    print("f12 raised", repr(e), "context", repr(e.__context__))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
for v in gen_finally():
    print(v)
    break
print("after break")
import gc
gc.collect()
