import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14, "nested": {"k": [1, {"x": 2}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")), json.dumps([1, 2], indent=0))
print(json.loads(s) == data, json.loads('{"a": [1, 2.5, "x", null, true, false]}'))
print(json.dumps("é€😀"), json.dumps("é", ensure_ascii=False), json.dumps("quote\" back\\ nl\n tab\t ctl\x01"))
print(json.dumps(1e16), json.dumps(0.1), json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-0.0), json.dumps(10 ** 20))
print(json.dumps((1, 2)), json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.loads("[1e2, -0, 0.5, 1E-3]"), json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads(" 42 "), json.loads("NaN"), json.loads("-Infinity"))
for bad in ['{"a": 1,}', "[1, 2", "", "{'a': 1}", "tru", '{"a" 1}', "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", "JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno)
for bad in [{1, 2}, object, b"bytes", {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({"x": object()}, default=lambda o: "<obj>"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"n": 1.0}', parse_float=str), json.loads('[1]', parse_int=float))
print(json.loads('{"p": {"q": 1}}', object_hook=lambda d: sorted(d.items())))
import io
buf = io.StringIO()
json.dump({"k": [1]}, buf)
print(buf.getvalue(), json.load(io.StringIO('{"z": 0}')))
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)
