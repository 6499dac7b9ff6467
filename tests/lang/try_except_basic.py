def classify(f):
    try:
        f()
    except ZeroDivisionError:
        return "zero"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "other " + repr(e)
    else:
        return "no error"

print(classify(lambda: 1 / 0))
print(classify(lambda: {}["k"]))
print(classify(lambda: [][1]))
print(classify(lambda: int("z")))
print(classify(lambda: None))
try:
    try:
        raise ValueError("x")
    except:
        print("bare except")
        raise
except ValueError as e:
    print("outer got", e)
e = "before"
try:
    raise TypeError("t")
except TypeError as e:
    print("bound", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
try:
    raise IndexError
except LookupError as e:
    print("caught by base class", type(e).__name__, repr(e))
def handler_order():
    try:
        raise KeyError("k")
    except Exception:
        return "Exception first"
    except KeyError:
        return "never"
print(handler_order())
excs = (ValueError, TypeError)
try:
    raise TypeError("dynamic tuple")
except excs as e:
    print("matched", e)
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("wrapped") from inner
except ValueError as outer:
    print(repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as outer:
    print(repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__)
try:
    raise ValueError("none") from None
except ValueError as outer:
    print(repr(outer.__cause__), outer.__suppress_context__)
try:
    try:
        raise ValueError
    except Exception:
        pass
    raise KeyError("after handled")
except KeyError as e:
    print("context after handled:", e.__context__)
try:
    raise ValueError("a") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    except_type = "not a class"
    try:
        raise ValueError
    except except_type:
        pass
except TypeError as e:
    print("TypeError:", e)
