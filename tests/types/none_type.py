print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None == None, None is None, None != 0, None == False, None == "")
print([None] * 3, {None: 1}[None], hash(None) == hash(None))
print(sorted([3, 1], key=lambda x: None is None) )
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
n = None
try:
    n()
except TypeError as e:
    print("TypeError:", e)
try:
    None.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    n[0]
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in None:
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(None)() is None)
try:
    type(None)(1)
except TypeError as e:
    print("TypeError:", e)
print(None.__eq__(None), None.__ne__(1), None.__repr__())
