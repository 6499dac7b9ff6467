def run(x):
    try:
        value = 10 // x
    except ZeroDivisionError:
        print("except")
        return None
    else:
        print("else with", value)
        return value
    finally:
        print("finally")

print(run(2))
print(run(0))
def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("raised in else is not caught by the same try")
try:
    else_raises()
except ValueError as e:
    print("outer:", e)
for i in range(2):
    try:
        pass
    except Exception:
        pass
    else:
        if i == 0:
            continue
        print("else reached on", i)
