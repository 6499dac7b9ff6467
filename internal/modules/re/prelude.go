// The parts of the re module written in Python: re.error (its message with the
// position, line and column, as Lib/re/_constants.py builds it) and RegexFlag,
// an int subclass standing in for CPython's enum.IntFlag.

package re

const prelude = `
class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)

class RegexFlag(int):
    __slots__ = ()
    _members = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
                ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))

    def _names(self):
        v = int(self)
        names = []
        for n, f in RegexFlag._members:
            if v & f:
                names.append(n)
                v &= ~f
        return names, v

    @property
    def name(self):
        names, rest = self._names()
        if not names and not rest:
            return 'NOFLAG'
        if rest:
            return None
        return '|'.join(names)

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        names, rest = self._names()
        if not names and not rest:
            return 're.NOFLAG'
        out = ['re.' + n for n in names]
        if rest:
            out.append(hex(rest))
        return '|'.join(out)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return int.__format__(int(self), spec)
        return str(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

for _n, _v in RegexFlag._members + (('NOFLAG', 0),):
    setattr(RegexFlag, _n, RegexFlag(_v))
    globals()[_n] = getattr(RegexFlag, _n)
A = ASCII
I = IGNORECASE
L = LOCALE
U = UNICODE
M = MULTILINE
S = DOTALL
X = VERBOSE
T = TEMPLATE
del _n, _v
`
