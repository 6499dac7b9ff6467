# json: edge cases of options, bytes input and number forms.
import json
print(json.dumps([1, 2], indent=2, separators=[",", ":"]))
for b in [b'\xff', b'"\xc3"', b'\x00\x00\x00', '"\ud800"'.encode('utf-16-le', 'surrogatepass'), b'\xef\xbb\xbf[1]']:
    try:
        print(ascii(json.loads(b)))
    except Exception as e:
        print(type(e).__name__, e)
print(json.dumps({"a": 1, "b": [1, 2]}, indent=True), json.dumps([1], indent=""))
print(json.dumps([[1, 2], {"a": {}}], indent=2, sort_keys=True, separators=(", ", ": ")))
class D(dict):
    def items(self):
        return [("z", 1)]
print(json.dumps(D(a=1)), json.dumps(D(a=1), sort_keys=True))
print(json.loads('{"__proto__": 1, "": [], " ": {}}'))
print(json.loads('[1.0e-1, 0e0, -0.0E+0, 1E400, 10000000000000000000000.5]'))
print(json.dumps(1e22), json.dumps(1.5e-9), json.dumps(float(2**53)), json.dumps(-1e-320))
d = json.JSONDecoder(object_pairs_hook=lambda p: p)
print(d.decode('{"a": {"b": 1}}'))
print(json.loads('"\\u00e9"', strict=False), json.dumps("\x7f", ensure_ascii=False))
try:
    json.dumps({"a": 1}, separators=(1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    json.loads('{"a": 1}', object_hook=1)
except TypeError as e:
    print("TypeError", e)
