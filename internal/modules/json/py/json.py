"""JSON (RFC 8259) encoding and decoding, the API of CPython 3.11's json package.

pyheap's own implementation: the classes and functions live here, in Python, so
that programs can subclass them; the Go module _json scans and writes whole
documents. The submodules json.decoder, json.encoder and json.scanner are
namespaces registered in sys.modules when this module loads.
"""

import _json
import sys as _sys

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads',
           'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']
__author__ = 'pyheap'

_encode = _json.encode
_scan = _json.scan
_skipws = _json.skipws
encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')
INFINITY = PosInf
_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


class JSONDecodeError(ValueError):
    """A ValueError raised for a document that is not JSON, with its details:
    msg (the message alone), doc (the document), pos (the index in doc where
    decoding stopped), lineno and colno (the same place, counted from 1).
    """
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        col = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, line, col, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = col

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def scanstring(string, end, strict=True):
    """Decode the JSON string whose opening quote is at end - 1; return the str and
    the index after its closing quote."""
    value, pos, msg = _json.scanstring(string, end, strict)
    if msg is not None:
        raise JSONDecodeError(msg, string, pos)
    return value, pos


def make_scanner(context):
    """Return scan_once(string, idx) -> (value, end) for a decoder's settings; it
    raises StopIteration(idx) when no value starts at idx."""
    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    if getattr(parse_constant, '__self__', None) is _CONSTANTS:
        parse_constant = None

    def scan_once(string, idx):
        value, end, msg = _scan(string, idx, strict, object_hook, object_pairs_hook,
                                parse_float, parse_int, parse_constant)
        if msg is not None:
            if end == idx and msg == 'Expecting value':
                raise StopIteration(idx)
            raise JSONDecodeError(msg, string, end)
        return value, end
    return scan_once


class JSONDecoder(object):
    """Decodes JSON text into Python values: objects into dicts, arrays into lists,
    strings into str, numbers into int or float, true/false/null into True,
    False and None (and NaN, Infinity, -Infinity into floats).

    object_hook(dict) and object_pairs_hook(list of pairs) replace what an object
    decodes to; parse_float, parse_int and parse_constant receive the text of
    numbers and of NaN/Infinity/-Infinity; strict=False allows control characters
    inside strings.
    """
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python value of the JSON document s (a str)."""
        obj, end = self.raw_decode(s, idx=_skipws(s, 0))
        end = _skipws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at s[idx]; return it with the index
        where it ends (text may follow)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end


class JSONEncoder(object):
    """Encodes Python values as JSON text: dict as object, list and tuple as array,
    str as string, int and float (and their subclasses) as numbers, True, False
    and None as true, false and null. Override default(o) to encode other types.
    """
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a JSON-encodable stand-in for o, or raise TypeError (this one
        always raises)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text of o as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return self._encode(o, self.indent is not None)

    def iterencode(self, o, _one_shot=False):
        """Return an iterator over the JSON text of o in pieces (pyheap yields one
        piece: the whole text)."""
        if _one_shot:
            return iter((self._encode(o, self.indent is not None),))
        return self._lazy(o)

    def _lazy(self, o):
        yield self._encode(o, True)

    def _encode(self, o, py_mode):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                       self.allow_nan, self.sort_keys, indent, self.key_separator,
                       self.item_separator, self.default, py_mode)


_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON text to fp (an object with a write(str) method); the
    options are dumps'."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        chunks = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        chunks = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                     check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                     separators=separators, default=default, sort_keys=sort_keys,
                     **kw).iterencode(obj)
    for chunk in chunks:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Return obj as JSON text (a str).

    skipkeys drops dict keys that are not str, int, float, bool or None instead
    of raising TypeError; ensure_ascii=False keeps non-ASCII characters as they
    are; check_circular=False skips the check for reference cycles; allow_nan=False
    refuses NaN and infinities; indent (an int or a str) pretty-prints; separators
    is an (item_separator, key_separator) pair; default(o) is called for values
    JSON cannot represent; sort_keys sorts dicts by key; cls is the JSONEncoder
    subclass to use.
    """
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def detect_encoding(b):
    """Return the encoding of a JSON document given as bytes: a BOM decides,
    otherwise the pattern of zero bytes at its start (RFC 4627)."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Read a JSON document from fp (an object with a read() method) and return
    its Python value; the options are loads'."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Return the Python value of the JSON document s (str, bytes or bytearray;
    bytes in UTF-8, UTF-16 or UTF-32). The hooks are JSONDecoder's; cls is the
    JSONDecoder subclass to use."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')
    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def _submodule(name, names):
    m = _json.new_module('json.' + name)
    g = globals()
    for n in names:
        setattr(m, n, g[n])
    _sys.modules['json.' + name] = m
    return m


decoder = _submodule('decoder', ['JSONDecoder', 'JSONDecodeError', 'scanstring',
                                 'NaN', 'PosInf', 'NegInf'])
decoder.py_scanstring = decoder.c_scanstring = scanstring
encoder = _submodule('encoder', ['JSONEncoder', 'encode_basestring',
                                 'encode_basestring_ascii', 'INFINITY'])
encoder.py_encode_basestring = encoder.c_encode_basestring = encode_basestring
encoder.py_encode_basestring_ascii = encoder.c_encode_basestring_ascii = encode_basestring_ascii
scanner = _submodule('scanner', ['make_scanner'])
scanner.py_make_scanner = scanner.c_make_scanner = make_scanner
del _submodule
