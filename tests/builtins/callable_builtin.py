class WithCall:
    def __call__(self):
        pass
class Without:
    pass
def func():
    pass
items = [func, lambda: 0, len, print, int, Without, WithCall, WithCall(), Without(), 1, "s", None, [].append, str.upper, callable, type, object]
print([callable(x) for x in items])
obj = Without()
obj.__call__ = lambda: 1
print(callable(obj))
try:
    callable()
except TypeError as e:
    print("TypeError:", e)
