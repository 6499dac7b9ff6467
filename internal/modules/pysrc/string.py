"""string for pyheap: the constants and capwords come from the Go module _string;
Template and Formatter are written here."""

from _string import *
from _string import capwords

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')

def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')


class _ChainMap:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # CPython's defaults. A subclass that changes idpattern, braceidpattern or
    # flags, or sets pattern, is served by the re module; the defaults by the
    # scanner below (pyheap has no re module yet).
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = 2   # re.IGNORECASE

    def __init__(self, template):
        self.template = template

    def _custom(self):
        cls = type(self)
        return (cls.idpattern != Template.idpattern or cls.braceidpattern is not None
                or cls.flags != Template.flags or getattr(cls, 'pattern', None) is not None)

    def _regex_scan(self):
        import re
        cls = type(self)
        pattern = getattr(cls, 'pattern', None)
        if pattern is None:
            delim = re.escape(cls.delimiter)
            ident = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |
              (?P<named>{ident})    |
              {{(?P<braced>{bid})}} |
              (?P<invalid>)
            )
            """
            pattern = re.compile(pattern, cls.flags | re.VERBOSE)
        elif isinstance(pattern, str):
            pattern = re.compile(pattern, cls.flags | re.VERBOSE)
        for mo in pattern.finditer(self.template):
            if mo.group('escaped') is not None:
                yield mo.start(), mo.end(), 'escaped', None, 0
            elif mo.group('named') is not None:
                yield mo.start(), mo.end(), 'named', mo.group('named'), 0
            elif mo.group('braced') is not None:
                yield mo.start(), mo.end(), 'braced', mo.group('braced'), 0
            elif mo.group('invalid') is not None:
                yield mo.start(), mo.end(), 'invalid', None, mo.start('invalid')
            else:
                raise ValueError('Unrecognized named group in pattern', pattern)

    def _scan(self):
        """Yield (start, end, kind, name, invalid_at) for each delimiter
        occurrence: kind is 'escaped', 'named', 'braced' or 'invalid'."""
        if self._custom():
            yield from self._regex_scan()
            return
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(s)
        i = 0
        while True:
            j = s.find(delim, i)
            if j < 0:
                return
            k = j + dl
            if s.startswith(delim, k):
                yield j, k + dl, 'escaped', None, 0
                i = k + dl
                continue
            if k < n and _is_id_start(s[k]) and s[k].isascii():
                e = k + 1
                while e < n and s[e].isascii() and _is_id_char(s[e]):
                    e += 1
                yield j, e, 'named', s[k:e], 0
                i = e
                continue
            if k < n and s[k] == '{':
                e = k + 1
                if e < n and s[e].isascii() and _is_id_start(s[e]):
                    e += 1
                    while e < n and s[e].isascii() and _is_id_char(s[e]):
                        e += 1
                    if e < n and s[e] == '}':
                        yield j, e + 1, 'braced', s[k + 1:e], 0
                        i = e + 1
                        continue
            yield j, k, 'invalid', None, k
            i = k

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        pos = 0
        s = self.template
        for start, end, kind, name, invalid_at in self._scan():
            out.append(s[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(invalid_at)
            else:
                out.append('%s' % (mapping[name],))
            pos = end
        out.append(s[pos:])
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        pos = 0
        s = self.template
        for start, end, kind, name, invalid_at in self._scan():
            out.append(s[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(s[start:end])
            else:
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(s[start:end])
            pos = end
        out.append(s[pos:])
        return ''.join(out)

    def is_valid(self):
        for start, end, kind, name, invalid_at in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name, invalid_at in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


def _parse_format(s):
    """Split a format string into (literal, field_name, format_spec, conversion)
    tuples, as str.format reads it."""
    n = len(s)
    i = 0
    lit = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                lit.append('{')
                yield ''.join(lit), None, None, None
                lit = []
                i += 2
                continue
            if i + 1 >= n:
                raise ValueError("Single '{' encountered in format string")
            # Find the matching '}'.
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            # The field name ends at '!' or ':' outside brackets.
            k = 0
            m = len(field)
            while k < m:
                if field[k] == '[':
                    while k < m and field[k] != ']':
                        k += 1
                    if k < m:
                        k += 1
                    continue
                if field[k] in '!:':
                    break
                k += 1
            name = field[:k]
            conversion = None
            spec = ''
            if k < m and field[k] == '!':
                if k + 1 >= m:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = field[k + 1]
                k += 2
                if k < m:
                    if field[k] != ':':
                        raise ValueError("expected ':' after conversion specifier")
            if k < m and field[k] == ':':
                spec = field[k + 1:]
            yield ''.join(lit), name, spec, conversion
            lit = []
            i = j + 1
            continue
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                lit.append('}')
                yield ''.join(lit), None, None, None
                lit = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        lit.append(c)
        i += 1
    if lit:
        yield ''.join(lit), None, None, None


def _split_field_name(name):
    """Return (first, [(is_attr, key), ...]) for a field name like a.b[0]."""
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
