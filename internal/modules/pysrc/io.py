"""The io module: in-memory streams (StringIO and BytesIO, Go types of the _memio
module) and the file objects open() returns (FileIO, BufferedReader/Writer/Random,
TextIOWrapper), written for pyheap over the _fileio module's descriptor operations.
Buffered objects write through to the descriptor, so nothing is ever pending; text
files decode what they read."""

import _fileio
import _memio
import _weakref

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


UnsupportedOperation = _memio.UnsupportedOperation


class _IOBaseMeta(type):
    """The metaclass of IOBase: isinstance() and issubclass() with IOBase (and
    its aliases TextIOBase, BufferedIOBase, RawIOBase) also accept StringIO and
    BytesIO, which are Go types and cannot derive from a Python class."""

    def __instancecheck__(cls, obj):
        return _type_instancecheck(cls, obj) or cls is IOBase and isinstance(obj, _memtypes)

    def __subclasscheck__(cls, sub):
        return _type_subclasscheck(cls, sub) or cls is IOBase and issubclass(sub, _memtypes)


# The checks that ignore the metaclass, for its methods.
_type_instancecheck = type.__instancecheck__
_type_subclasscheck = type.__subclasscheck__


class IOBase(metaclass=_IOBaseMeta):
    _closed = False
    _closed_msg = "I/O operation on closed file."

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    def close(self):
        self._closed = True

    def flush(self):
        self._check_closed()

    def readable(self):
        self._check_closed()
        return False

    def writable(self):
        self._check_closed()
        return False

    def seekable(self):
        self._check_closed()
        return False

    def isatty(self):
        self._check_closed()
        return False

    def _check_readable(self):
        if not self.readable():
            raise UnsupportedOperation("not readable")

    def _check_writable(self):
        if not self.writable():
            raise UnsupportedOperation("not writable")

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def _check_closed_io(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def __enter__(self):
        self._check_closed_io()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed_io()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


RawIOBase = BufferedIOBase = TextIOBase = IOBase


def _index(n, what="integer"):
    if n is None:
        return -1
    if not isinstance(n, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(n).__name__)
    return n


def _line_end(buf, pos, newline):
    """The index just past the line starting at pos (or len(buf))."""
    if newline is None or newline == "\n":
        i = buf.find("\n", pos)
        return len(buf) if i < 0 else i + 1
    if newline == "":
        n = buf.find("\n", pos)
        r = buf.find("\r", pos)
        if r >= 0 and (n < 0 or r < n):
            if r + 1 < len(buf) and buf[r + 1] == "\n":
                return r + 2
            return r + 1
        return len(buf) if n < 0 else n + 1
    i = buf.find(newline, pos)
    return len(buf) if i < 0 else i + len(newline)


# The in-memory streams are _memio's Go types, _io.StringIO and _io.BytesIO as in
# CPython; IOBase's metaclass makes them count as instances of the base classes,
# as CPython's ABC registration does.
StringIO = _memio.StringIO
BytesIO = _memio.BytesIO
_memtypes = (StringIO, BytesIO)


class _OS:
    """_fileio's functions and constants, held here so that files finalized at
    shutdown, after the modules' globals are released, can still use them."""


_os = _OS()
for _name in dir(_fileio):
    if not _name.startswith("__"):
        setattr(_os, _name, getattr(_fileio, _name))
del _name


class FileIO(IOBase):
    _fd = -1
    _os = _os  # reached through the class: still there when module globals are gone at exit
    _closed_msg = "I/O operation on closed file"

    def __init__(self, file, mode="r", closefd=True):
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        readable = writable = created = appending = False
        flags = 0
        for c in mode:
            if c in "rwxa":
                if readable or writable or created or appending:
                    raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
                if c == "r":
                    readable = True
                elif c == "w":
                    writable = True
                    flags |= self._os.O_CREAT | self._os.O_TRUNC
                elif c == "x":
                    created = writable = True
                    flags |= self._os.O_CREAT | self._os.O_EXCL
                else:
                    appending = writable = True
                    flags |= self._os.O_CREAT | self._os.O_APPEND
            elif c == "+":
                readable = writable = True
            elif c == "b":
                pass
            else:
                raise ValueError("invalid mode: %s" % mode)
        if readable and writable:
            flags |= self._os.O_RDWR
        elif readable:
            flags |= self._os.O_RDONLY
        else:
            flags |= self._os.O_WRONLY
        self._readable = readable
        self._writable = writable
        self._created = created
        self._appending = appending
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            self._fd = file
            self._closefd = closefd
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            self._fd = self._os.open(file, flags, 0o666)
            self._closefd = True
        self.name = file
        if appending:
            self._os.lseek(self._fd, 0, 2)

    @property
    def mode(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    @property
    def closefd(self):
        return self._closefd

    def fileno(self):
        self._check_closed()
        return self._fd

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return self._os.isatty(self._fd)

    def _need(self, ok, what):
        if not ok:
            raise UnsupportedOperation("File not open for " + what)

    def read(self, size=-1):
        self._check_closed()
        self._need(self._readable, "reading")
        return self._os.read(self._fd, _index(size))

    readall = read
    read1 = read

    def readline(self, size=-1):
        self._check_closed()
        self._need(self._readable, "reading")
        size = _index(size)
        out = bytearray()
        while size < 0 or len(out) < size:
            c = self._os.read(self._fd, 1)
            if not c:
                break
            out += c
            if c == b"\n":
                break
        return bytes(out)

    def write(self, b):
        self._check_closed()
        self._need(self._writable, "writing")
        if type(b) is not bytes:
            if isinstance(b, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            b = bytes(b)
        return self._os.write(self._fd, b)

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("an integer is required")
        return self._os.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_closed()
        return self._os.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check_closed()
        self._need(self._writable, "writing")
        if size is None:
            size = self.tell()
        self._os.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self._closed:
            self._closed = True
            if self._closefd and self._fd >= 0:
                self._os.close(self._fd)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __repr__(self):
        if self._closed:
            return "<_io.FileIO [closed]>"
        return "<_io.FileIO name=%r mode=%r closefd=%r>" % (self.name, self.mode, self._closefd)


class _Buffered(IOBase):
    """A binary file over a raw one; reads and writes go straight through."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw

    @property
    def closed(self):
        return self.raw.closed

    def _check_closed(self, what="I/O operation on"):
        if self.raw.closed:
            raise ValueError(what + " closed file")

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def fileno(self):
        return self.raw.fileno()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def isatty(self):
        return self.raw.isatty()

    # Bytes read ahead from raw and not yet consumed: _rbuf[_rpos:].
    _rbuf = b""
    _rpos = 0

    def _unread(self):
        n = len(self._rbuf) - self._rpos
        self._rbuf = b""
        self._rpos = 0
        if n:
            self.raw.seek(-n, 1)

    def read(self, size=-1):
        self._check_closed("read of")
        size = _index(size)
        pos = self._rpos
        if 0 <= size <= len(self._rbuf) - pos:
            self._rpos = pos + size
            return self._rbuf[pos:pos + size]
        buf = self._rbuf[pos:]
        if size < 0:
            self._rbuf = b""
            self._rpos = 0
            rest = self.raw.read(-1)
            return buf + rest if buf else rest
        while len(buf) < size:
            chunk = self.raw.read(max(DEFAULT_BUFFER_SIZE, size - len(buf)))
            if not chunk:
                break
            buf += chunk
        self._rbuf = buf
        self._rpos = min(size, len(buf))
        return buf[:size]

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_closed("readline of")
        size = _index(size)
        while True:
            buf = self._rbuf
            pos = self._rpos
            i = buf.find(b"\n", pos)
            if i >= 0 or (size >= 0 and len(buf) - pos >= size):
                end = len(buf) if i < 0 else i + 1
                if size >= 0 and end - pos > size:
                    end = pos + size
                self._rpos = end
                return buf[pos:end]
            chunk = self.raw.read(DEFAULT_BUFFER_SIZE)
            if not chunk:
                self._rbuf = b""
                self._rpos = 0
                return buf[pos:]
            self._rbuf = buf[pos:] + chunk
            self._rpos = 0

    def peek(self, size=0):
        self._check_closed("peek of")
        if self._rpos >= len(self._rbuf):
            self._rbuf = self.raw.read(DEFAULT_BUFFER_SIZE)
            self._rpos = 0
        return self._rbuf[self._rpos:]

    def write(self, b):
        self._check_closed("write to")
        self._unread()
        return self.raw.write(b)

    def seek(self, pos, whence=0):
        self._check_closed("seek of")
        if whence == 1:
            pos -= len(self._rbuf) - self._rpos
        self._rbuf = b""
        self._rpos = 0
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell() - (len(self._rbuf) - self._rpos)

    def truncate(self, size=None):
        self._check_closed("truncate of")
        self._unread()
        return self.raw.truncate(size)

    def flush(self):
        self._check_closed("flush of")

    def close(self):
        self.raw.close()

    def detach(self):
        return self.raw

    def __repr__(self):
        return "<_io.%s name=%r>" % (type(self).__name__, self.name)


class BufferedReader(_Buffered):
    def flush(self):
        self._check_closed_io()

    def writable(self):
        return False

    def write(self, b):
        raise UnsupportedOperation("write")

    def truncate(self, size=None):
        self._check_closed("truncate of")
        raise UnsupportedOperation("truncate")


class BufferedWriter(_Buffered):
    def readable(self):
        return False

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def readline(self, size=-1):
        raise UnsupportedOperation("read")

    read1 = read


class BufferedRandom(_Buffered):
    pass


class TextIOWrapper(IOBase):
    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is None or encoding == "locale":
            encoding = "UTF-8" if encoding is None else "utf-8"
        if errors is None:
            errors = "strict"
        "".encode(encoding)  # LookupError: unknown encoding, as CPython raises here
        self.buffer = buffer
        try:
            self._can_read = buffer.readable()
            self._can_write = buffer.writable()
        except Exception:
            self._can_read = self._can_write = True
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self.line_buffering = line_buffering
        self._decoded = None
        self._dpos = 0
        self._start = 0

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)

    @property
    def closed(self):
        return self.buffer.closed

    def _check_closed(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def name(self):
        return self.buffer.name

    _seen = None

    @property
    def newlines(self):
        return self._seen

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def isatty(self):
        return self.buffer.isatty()

    def _fill(self):
        if self._pending:
            self._flush_pending()
        if self._decoded is None:
            try:
                self._start = self.buffer.tell()
            except Exception:
                self._start = 0
            data = self.buffer.read()
            text = data.decode(self._encoding, self._errors)
            if self._newline is None or self._newline == "":
                crlf = text.count("\r\n")
                seen = ()
                if text.count("\r") > crlf:
                    seen += ("\r",)
                if text.count("\n") > crlf:
                    seen += ("\n",)
                if crlf:
                    seen += ("\r\n",)
                if seen:
                    self._seen = seen if len(seen) > 1 else seen[0]
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._decoded = text
            self._dpos = 0

    def _drop(self):
        if self._decoded is not None:
            pos = self._pos_bytes()
            self._decoded = None
            self._dpos = 0
            self.buffer.seek(pos)

    def _pos_bytes(self):
        return self._start + len(self._decoded[:self._dpos].encode(self._encoding, self._errors))

    def read(self, size=-1):
        self._check_closed()
        self._check_readable()
        size = _index(size)
        self._fill()
        text = self._decoded
        pos = self._dpos
        end = len(text) if size < 0 else min(len(text), pos + size)
        self._dpos = end
        return text[pos:end]

    def __next__(self):
        text = self._decoded
        if text is None or self.buffer.closed:
            line = self.readline()
            if not line:
                raise StopIteration
            return line
        pos = self._dpos
        if pos >= len(text):
            raise StopIteration
        if self._newline is None or self._newline == "\n":
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end + 1
        else:
            end = _line_end(text, pos, self._newline)
        self._dpos = end
        return text[pos:end]

    def readline(self, size=-1):
        self._check_closed()
        self._check_readable()
        size = _index(size)
        self._fill()
        text = self._decoded
        pos = self._dpos
        if pos >= len(text):
            return ""
        end = _line_end(text, pos, self._newline)
        if size >= 0 and end - pos > size:
            end = pos + size
        self._dpos = end
        return text[pos:end]

    def write(self, s):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")
        if not self._can_write:
            raise UnsupportedOperation("not writable")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if self._decoded is not None:
            self._drop()
        n = len(s)
        if self._newline not in (None, "", "\n"):
            s = s.replace("\n", self._newline)
        b = s.encode(self._encoding, self._errors)
        if self._pending is None:
            self._pending = [b]
            if _exit_flusher is not None:
                _exit_flusher.add(self)
        else:
            self._pending.append(b)
        self._plen += len(b)
        if self._plen >= DEFAULT_BUFFER_SIZE or (self.line_buffering and ("\n" in s or "\r" in s)):
            self._flush_pending()
        return n

    # Encoded text written and not yet passed to the buffer (at most about
    # DEFAULT_BUFFER_SIZE bytes); every other operation passes it on first.
    _pending = None
    _plen = 0

    def _flush_pending(self):
        p = self._pending
        if p is not None:
            self._pending = None
            self._plen = 0
            if _exit_flusher is not None:
                _exit_flusher.discard(self)
            if p:
                self.buffer.write(b"".join(p))

    def tell(self):
        self._check_closed()
        if self._pending:
            self._flush_pending()
        if self._decoded is not None:
            return self._pos_bytes()
        return self.buffer.tell()

    def seek(self, cookie, whence=0):
        self._check_closed()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        if self._pending:
            self._flush_pending()
        self._decoded = None
        self._dpos = 0
        return self.buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self._check_closed()
        self._flush_pending()
        self._drop()
        return self.buffer.truncate(pos)

    def flush(self):
        self._check_closed()
        self._flush_pending()
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                self._flush_pending()
            finally:
                self.buffer.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def detach(self):
        self._flush_pending()
        return self.buffer

    def __repr__(self):
        s = "<_io.TextIOWrapper"
        try:
            s += " name=%r" % (self.name,)
        except Exception:
            pass
        try:
            s += " mode=%r" % (self.mode,)
        except Exception:
            pass
        return s + " encoding=%r>" % (self._encoding,)


class _ExitFlusher:
    """Text files with written data not yet passed on, by weak reference. When
    the interpreter shuts down and io's globals are released, this object goes
    and passes their data on: files kept alive by a reference cycle lose nothing."""

    def __init__(self):
        self.files = {}

    def add(self, f):
        self.files[id(f)] = _weakref.ref(f)

    def discard(self, f):
        self.files.pop(id(f), None)

    def __del__(self):
        for r in list(self.files.values()):
            f = r()
            if f is not None:
                try:
                    f._flush_pending()
                except Exception:
                    pass


_exit_flusher = _ExitFlusher()


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(file, (str, bytes, int)) and hasattr(type(file), "__fspath__"):
        file = type(file).__fspath__(file)
    if not isinstance(file, (str, bytes, int)):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(file).__name__)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        pass
    raw = FileIO(file, (creating and "x" or "") + (reading and "r" or "") + (writing and "w" or "")
                 + (appending and "a" or "") + (updating and "+" or ""), closefd)
    if buffering == 0:
        if binary:
            return raw
        raw.close()
        raise ValueError("can't have unbuffered text I/O")
    if updating:
        buf = BufferedRandom(raw)
    elif creating or writing or appending:
        buf = BufferedWriter(raw)
    else:
        buf = BufferedReader(raw)
    if binary:
        return buf
    try:
        t = TextIOWrapper(buf, encoding, errors, newline, buffering == 1)
    except BaseException:
        raw.close()
        raise
    t.mode = mode
    return t
