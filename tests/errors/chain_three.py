# Three chained exceptions: context, then cause.
def level1():
    return 1 / 0

def level2():
    try:
        level1()
    except ZeroDivisionError:
        [][0]

def level3():
    try:
        level2()
    except IndexError as e:
        raise TypeError("level3 failed") from e

level3()
