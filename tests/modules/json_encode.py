# json.dumps: formatting options, value types, key conversion, floats.
import json
from collections import OrderedDict

print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-7))
print(json.dumps(2 ** 64), json.dumps(-(2 ** 100)), json.dumps(1.0), json.dumps(-0.0))
for f in [0.1, 1e16, 1e15, 123456789.0, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308, 2.5, 1 / 3]:
    print(f, json.dumps(f))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
print(json.dumps([float("inf"), float("nan")], allow_nan=True))
for bad in [float("inf"), float("-inf"), float("nan"), [1, float("nan")], {"k": float("inf")}]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
try:
    json.dumps([float("nan")], allow_nan=False, indent=1)
except ValueError as e:
    print("ValueError (indent):", e)

# strings and escapes
print(json.dumps(""), json.dumps("abc"), json.dumps('a"b\\c/d'))
print(json.dumps("\b\f\n\r\t\x00\x1f\x7f"))
print(json.dumps("é ü ß"), json.dumps("é ü ß", ensure_ascii=False))
print(json.dumps("\u20ac\U0001f600\U0010ffff"))
print(ascii(json.dumps("\u20ac\U0001f600", ensure_ascii=False)))
print(json.dumps("\ud800\udfff"), ascii(json.dumps("\ud800", ensure_ascii=False)))
print(json.dumps(["ünïcode", {"ключ": "значение"}], ensure_ascii=False))

# containers
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]), json.dumps([{}]))
print(json.dumps((1, (2, 3))), json.dumps([1, [2, [3, [4]]]]))
print(json.dumps({"a": {"b": {"c": {}}}}))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
print(json.dumps({"b": 1, "a": 2, "c": 3}, sort_keys=True))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))

# dict keys
print(json.dumps({1: 1, 2.5: 2, True: 3, False: 4, None: 5}))
print(json.dumps({-0.0: 1, float("inf"): 2, float("-inf"): 3, 10 ** 20: 4}))
print(json.dumps({(1, 2): 3, "ok": 1, frozenset(): 2}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({(1, 2): 3, "a": 1}, skipkeys=True, indent=2))
for key in [(1, 2), b"k", frozenset(), object]:
    try:
        json.dumps({key: 1})
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)

# subclasses of int, float, str, list, dict, tuple
class I(int):
    def __repr__(self):
        return "I()"
class F(float):
    def __repr__(self):
        return "F()"
class S(str):
    pass
class L(list):
    pass
class D(dict):
    pass
class T(tuple):
    pass
print(json.dumps([I(5), F(2.5), S("s"), L([1]), D(a=1), T((1, 2))]))
print(json.dumps({I(5): F(2.5), F(0.5): I(1), S("k"): S("v")}))
print(json.dumps(True + 1), json.dumps([True, 1, 1.0]))

# indent and separators
doc = {"name": "x", "list": [1, 2, {"k": [3, []]}], "empty": {}, "n": None}
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, indent="--"))
print(json.dumps(doc, indent="\t", sort_keys=True))
print(json.dumps([1, 2], indent=-3))
print(json.dumps(doc, separators=(",", ":")))
print(json.dumps(doc, separators=(" , ", " : ")))
print(json.dumps(doc, indent=1, separators=(";", "=")))
print(json.dumps([1, 2], indent=4, separators=(",", ": ")))
print(json.dumps({"k": [1]}, indent=2, sort_keys=True, ensure_ascii=False))

# default
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps(Point(1, 2), default=lambda o: {"x": o.x, "y": o.y}))
print(json.dumps([Point(1, 2), {1, 2}], default=lambda o: sorted(o) if isinstance(o, set) else vars(o)))
print(json.dumps({"p": Point(0, 0)}, default=lambda o: [o.x, o.y], indent=1))
print(json.dumps(Point(3, 4), default=lambda o: Point(o.x, 0) if o.y else "flat"))
for bad in [Point(0, 0), {1, 2}, b"bytes", bytearray(b"x"), 1j if False else range(3), object()]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)

# encode_basestring helpers
from json.encoder import encode_basestring, encode_basestring_ascii
print(encode_basestring("é\"\n"), encode_basestring_ascii("é\"\n\U0001f600"))
print(json.encoder.JSONEncoder.item_separator, json.encoder.JSONEncoder.key_separator)
