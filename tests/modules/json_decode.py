# json.loads: values, hooks, bytes input, round trips.
import json
from collections import OrderedDict

for s in ['null', 'true', 'false', '0', '-0', '7', '-12', '1.5', '-1.5e3', '1E2', '1e-2', '2.0E+2',
          '123456789012345678901234567890', '-98765432109876543210', '1e400', '-1e400', '1e-400',
          '0.1', '3.141592653589793', '"abc"', '""', '[]', '{}', '[[]]', '[{}]', ' [ 1 , 2 ] ',
          '\n\t{\r\n"a" :\t1 }\n', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u20AC"',
          '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ude00\\ud83d"', '"\\ud800\\u0041"', '"é€😀"',
          'NaN', 'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]', '{"a": {"b": [1, {"c": null}]}}']:
    v = json.loads(s)
    print(ascii(s), '->', ascii(v), type(v).__name__)

# duplicate keys: the last wins, in the first key's position
print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))

# hooks
print(json.loads('{"x": 1, "y": {"z": 2}}', object_hook=lambda d: sorted(d)))
print(json.loads('[{"a": 1}, {}]', object_hook=lambda d: len(d)))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{}', object_pairs_hook=tuple), json.loads('{"k": []}', object_pairs_hook=tuple))
print(json.loads('{"a": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
print(json.loads('[1.5, 2, 1e3]', parse_float=lambda s: "F" + s))
print(json.loads('[1.5, 2, -30]', parse_int=lambda s: "I" + s))
print(json.loads('[1, 2.25]', parse_int=float, parse_float=str))
print(json.loads('[NaN, -Infinity, Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('1.10', parse_float=str), json.loads('-0.0', parse_float=repr))

class Dec:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return "Dec(%s)" % self.s
print(json.loads('{"price": 12.50, "n": 3}', parse_float=Dec))

# strict=False allows control characters in strings
print(ascii(json.loads('"a\tb\nc\x00"', strict=False)))
print(ascii(json.loads('["\x1f"]', strict=False)))

# bytes and bytearray in every encoding
doc = '{"k": ["é", 1, "\U0001f600"]}'
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    b = doc.encode(enc)
    print(enc, ascii(json.loads(b)), ascii(json.loads(bytearray(b))))
print(json.loads(b'1'), json.loads(b'"x"'), json.loads(b'[]'), json.loads('12'.encode('utf-16-le')))
print(json.detect_encoding(b'{}'), json.detect_encoding(b'\x00{'), json.detect_encoding(b'{\x00'))
for bad in [1, None, [1], 3.5]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)

# raw_decode and the decoder object
d = json.JSONDecoder()
print(d.raw_decode('{"a": 1} trailing'), d.raw_decode('[1, 2]x'), d.raw_decode('  "s"', 2))
print(d.decode('  [true]  '), d.strict, d.object_hook, d.parse_float, d.parse_int)
print(json.decoder.scanstring('"hello" world', 1), json.decoder.scanstring('x"\\u00e9"', 2))
print(json.scanner.make_scanner(d)('[1]', 0))
try:
    d.scan_once('x', 0)
except StopIteration as e:
    print("StopIteration", e.value)

# round trips
values = [None, True, False, 0, -1, 2 ** 70, 0.5, -2.75e-10, "", "ascii", "ünï\u20ac\U0001f600",
          [], {}, [1, [2, [3]]], {"a": [1, 2, {"b": None}], "c": {"d": "e"}},
          {"quote\"": "back\\slash", "ctl": "\x00\x01\x1f", "nl": "a\nb"}]
for v in values:
    for kw in [{}, {"indent": 2}, {"ensure_ascii": False}, {"separators": (",", ":")}, {"sort_keys": True}]:
        s = json.dumps(v, **kw)
        assert json.loads(s) == v, (v, kw)
print("round trips ok", len(values))
print(json.loads(json.dumps({1: 2, 2.5: 3, None: 4, True: 5})))
print(json.loads(json.dumps((1, 2))), json.loads(json.dumps(float("nan"))) != json.loads("NaN"))
big = {"rows": [{"id": i, "name": "n%d" % i, "vals": [i * 0.5, -i, str(i)]} for i in range(200)]}
print(json.loads(json.dumps(big)) == big, json.loads(json.dumps(big, indent=3)) == big)

# load / dump with files
import io
buf = io.StringIO()
json.dump([1, {"a": None}], buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO(buf.getvalue())), json.load(io.BytesIO(b'{"b": [true]}')))
