# json: JSONEncoder / JSONDecoder classes, subclassing, cls=, the submodules.
import json
import json.decoder
import json.encoder
from json.decoder import JSONDecodeError, JSONDecoder
from json.encoder import JSONEncoder
from json import scanner

print(JSONEncoder is json.JSONEncoder, JSONDecoder is json.JSONDecoder, JSONDecodeError is json.JSONDecodeError)
print(JSONEncoder.__module__, JSONDecoder.__module__, JSONDecodeError.__module__, json.JSONEncoder.__name__)
print(issubclass(JSONDecodeError, ValueError), sorted(json.__all__))
print(callable(scanner.make_scanner), json.decoder.__name__, json.encoder.__name__)

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, range):
            return [o.start, o.stop]
        return super().default(o)

print(json.dumps({"s": {3, 1, 2}, "f": frozenset("ba")}, cls=SetEncoder, sort_keys=True))
print(SetEncoder().encode([{1}, ({2},), range(3)]), SetEncoder(indent=1).encode({"x": {5}}))
print("".join(SetEncoder().iterencode({"a": {1, 2}})), "".join(json.JSONEncoder().iterencode([1, "x"])))
print("".join(SetEncoder(indent=2).iterencode([{9}])))
try:
    SetEncoder().encode(object())
except TypeError as e:
    print("TypeError:", e)

enc = json.JSONEncoder(sort_keys=True, indent=2, separators=(",", " = "))
print(enc.item_separator, enc.key_separator, enc.indent, enc.sort_keys, enc.skipkeys, enc.ensure_ascii)
print(enc.encode({"b": [1], "a": None}))
e2 = json.JSONEncoder(indent=4)
print(repr(e2.item_separator), repr(e2.key_separator), repr(json.JSONEncoder().item_separator))
print(json.JSONEncoder().encode("é"), json.JSONEncoder(ensure_ascii=False).encode("é"))
print(json.JSONEncoder(default=lambda o: "D").encode([object()]))

class Tagged(json.JSONEncoder):
    def encode(self, o):
        return "<" + super().encode(o) + ">"
print(json.dumps([1], cls=Tagged))

class CountingDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        kw.setdefault("object_hook", self.hook)
        super().__init__(**kw)
        self.objects = 0
    def hook(self, d):
        self.objects += 1
        return d
dec = CountingDecoder()
print(dec.decode('[{"a": {}}, {"b": 1}]'), dec.objects)
print(json.loads('{"x": [1, 2]}', cls=CountingDecoder))

class Upper(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.upper().replace("TRUE", "true"))
print(json.loads('["abc", true]', cls=Upper))

class LenientDecoder(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        try:
            return super().raw_decode(s, idx)
        except json.JSONDecodeError:
            return None, len(s)
print(json.loads("garbage", cls=LenientDecoder), LenientDecoder().decode("[1]"))

# object_pairs_hook building a custom mapping
class Multi(dict):
    pass
def pairs(ps):
    m = Multi()
    for k, v in ps:
        m.setdefault(k, []).append(v)
    return m
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=pairs))

# keyword arguments reach the class
class Opts(json.JSONEncoder):
    def __init__(self, *, flag=None, **kw):
        super().__init__(**kw)
        self.flag = flag
    def encode(self, o):
        return "%s:%s" % (self.flag, super().encode(o))
print(json.dumps([1, 2], cls=Opts, flag="F", separators=(",", ":")))

class DecOpts(json.JSONDecoder):
    def __init__(self, *, scale=1, **kw):
        super().__init__(parse_int=lambda s: int(s) * scale, **kw)
print(json.loads("[1, 2]", cls=DecOpts, scale=10))

# scanstring and the scanner
print(json.decoder.scanstring('"a\\tb"', 1), json.decoder.scanstring('"\\u00e9x"', 1, True))
sc = json.scanner.make_scanner(json.JSONDecoder(parse_float=str))
print(sc('[1.25, 2]', 0), sc('x 3.5', 2))

# dump / load through a file-like object, with chunks from a subclass
import io
out = io.StringIO()
json.dump({"set": {4, 3}}, out, cls=SetEncoder)
print(out.getvalue(), json.load(io.StringIO(out.getvalue())))
print(json.load(io.StringIO('[1.5]'), parse_float=lambda s: s))

# pickling support
e = json.JSONDecodeError("m", "doc", 1)
cls, args = e.__reduce__()
e2 = cls(*args)
print(cls.__name__, args, str(e2), e2.pos)
