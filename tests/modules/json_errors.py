# json: every decode error message with its position, and encode errors.
import json

cases = ['', ' ', '\n\n', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{a:1}',
         "{'a': 1}", '{"a":1 "b":2}', '{"a":1,"b"}', '{,}', '{"a"::1}', '[', '[1', '[1,', '[1,]',
         '[,]', '[1 2]', '[1,,2]', ']', '}', '"abc', '"a\\', '"\\', '"\\"', '"a\\x"', '"\\a"',
         '"\\u12"', '"\\u12g4"', '"\\u123"', '"\\u1234', '"\\uXXXX"', '"\\u 123"', '"\\u+123"',
         '"\\ud800\\u12"', '"\\ud800\\udc00', '"\\ud800\\x"', '"a\nb"', '"a\x01"', '"\x1f"', '"\t"',
         'tru', 'nul', 'fals', 'none', 'True', 'nan', 'inf', 'Infinit', '-Inf', '-', '-a', '--1',
         '+1', '.5', '01', '00', '1.', '1.e5', '1e', '1e+', '0x10', '1_000', '[1] x', '1 2',
         '{"a":1}}', '[]]', '{"a":[1,2}', '[1,\n2,\n x]', '  \n\n  {"a": b}', 'NaN1', '1.5e3x',
         '\ufeff1', '"\u00e9\u20ac" x', '["\U0001f600", x]', '[1, 2, 3, 4, 5, 6, 7, 8, 9, oops]',
         '{"k": "v"\n, "k2" "v2"}', '\r\n\r\n[', '{"deep": [[[[[[{"x": }]]]]]]}']
for c in cases:
    try:
        json.loads(c)
        print(ascii(c), "no error")
    except json.JSONDecodeError as e:
        print(ascii(c), "->", ascii(str(e)), "|", ascii(e.msg), e.pos, e.lineno, e.colno, e.doc == c)

# JSONDecodeError is a ValueError with the CPython attributes
try:
    json.loads("[1,]")
except ValueError as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, json.JSONDecodeError), e.args)
    print(json.decoder.JSONDecodeError is json.JSONDecodeError, e.__reduce__()[1])
e = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno)

# raw_decode and scan errors
d = json.JSONDecoder()
for s, i in [('  [1] x', 2), ('abc"x"', 3), ('"x"', 5), ('1', 1), ('[1', 0)]:
    try:
        print(d.raw_decode(s, i))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
try:
    d.raw_decode('"x"', -1)
except ValueError as e:
    print("ValueError:", e)
for args in [('"abc', 1), ('"a\x01"', 1), ('"a\\q"', 1)]:
    try:
        json.decoder.scanstring(*args)
    except json.JSONDecodeError as e:
        print("scanstring:", e)

# deep nesting raises RecursionError, not a crash
for s in ['[' * 100000, '{"a":' * 100000, '[' * 5000 + ']' * 5000]:
    try:
        json.loads(s)
        print("no error")
    except RecursionError as e:
        print("RecursionError:", e)
deep = []
for _ in range(100000):
    deep = [deep]
for kw in [{}, {"check_circular": False}]:
    try:
        json.dumps(deep, **kw)
    except RecursionError as e:
        print("RecursionError:", e)
nested = {}
for _ in range(5000):
    nested = {"k": nested}
try:
    json.dumps(nested)
except RecursionError as e:
    print("RecursionError:", e)

# circular references
a = []
a.append(a)
d = {}
d["d"] = d
b = [1, [2, {"x": None}]]
b[1][1]["x"] = b
for v in [a, d, b, [a], {"k": d}]:
    try:
        json.dumps(v)
    except ValueError as e:
        print("ValueError:", e)
try:
    json.dumps(a, indent=2)
except ValueError as e:
    print("ValueError (indent):", e)
class Node:
    pass
n = Node()
try:
    json.dumps(n, default=lambda o: o)
except ValueError as e:
    print("ValueError (default):", e)
try:
    json.dumps(n, default=lambda o: [o])
except ValueError as e:
    print("ValueError (default list):", e)
shared = [1]
print(json.dumps([shared, shared, {"a": shared}]))  # shared, not circular

# errors raised by hooks and by default propagate unchanged
def boom(*a):
    raise KeyError("boom")
for call in [lambda: json.loads('{"a": 1}', object_hook=boom), lambda: json.loads('[1.5]', parse_float=boom),
             lambda: json.loads('[1]', parse_int=boom), lambda: json.loads('NaN', parse_constant=boom),
             lambda: json.dumps(object(), default=boom)]:
    try:
        call()
    except KeyError as e:
        print("KeyError:", e)
try:
    json.dumps({"k": 1}, indent=1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(10 ** 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
try:
    json.loads("1" * 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
