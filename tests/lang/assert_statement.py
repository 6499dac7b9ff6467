assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("args:", e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("message:", e)
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print("non-string message:", e.args)
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print("message evaluated only on failure:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
print(__debug__)
