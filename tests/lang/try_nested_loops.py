results = []
for i in range(5):
    try:
        if i == 0:
            continue
        try:
            if i == 1:
                raise ValueError(i)
            if i == 2:
                raise KeyError(i)
            if i == 4:
                break
            results.append(("ok", i))
        except ValueError as e:
            results.append(("inner ValueError", e.args[0]))
        finally:
            results.append(("inner finally", i))
    except KeyError as e:
        results.append(("outer KeyError", e.args[0]))
    finally:
        results.append(("outer finally", i))
for r in results:
    print(r)
def gen_return_in_finally():
    for x in range(3):
        try:
            return x
        finally:
            print("cleanup", x)
print(gen_return_in_finally())
def while_try():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("finally n =", n)
print(while_try())
