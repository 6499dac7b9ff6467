"""A small os module for pyheap: the names programs commonly use with files
(remove, unlink, path.exists/isdir/isfile/join/basename/dirname/splitext), over
the _fileio module. The full os module is a later issue."""

import _fileio

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return f(p)


def remove(path):
    _fileio.unlink(fspath(path))


unlink = remove


class _Path:
    """os.path (posixpath) as a namespace."""

    sep = "/"

    @staticmethod
    def exists(p):
        return _fileio.stat_kind(fspath(p)) is not None

    @staticmethod
    def isdir(p):
        return _fileio.stat_kind(fspath(p)) == "dir"

    @staticmethod
    def isfile(p):
        return _fileio.stat_kind(fspath(p)) == "file"

    @staticmethod
    def join(a, *p):
        path = fspath(a)
        for b in p:
            b = fspath(b)
            if b.startswith("/"):
                path = b
            elif not path or path.endswith("/"):
                path += b
            else:
                path += "/" + b
        return path

    @staticmethod
    def split(p):
        p = fspath(p)
        i = p.rfind("/") + 1
        head, tail = p[:i], p[i:]
        if head and head != "/" * len(head):
            head = head.rstrip("/")
        return head, tail

    @staticmethod
    def basename(p):
        p = fspath(p)
        return p[p.rfind("/") + 1:]

    @staticmethod
    def dirname(p):
        return _Path.split(p)[0]

    @staticmethod
    def splitext(p):
        p = fspath(p)
        sep = p.rfind("/")
        dot = p.rfind(".")
        if dot > sep:
            i = sep + 1
            while i < dot:
                if p[i] != ".":
                    return p[:dot], p[dot:]
                i += 1
        return p, p[:0]


def getcwd():
    return _fileio.getcwd()


def getpid():
    return _fileio.getpid()


def listdir(path="."):
    return _fileio.listdir(fspath(path))


def mkdir(path, mode=0o777):
    _fileio.mkdir(fspath(path), mode)


def rmdir(path):
    _fileio.rmdir(fspath(path))


def rename(src, dst):
    _fileio.rename(fspath(src), fspath(dst))


replace = rename


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class stat_result:
    """os.stat()'s result: st_* attributes, and a 10-item sequence as in CPython."""

    def __init__(self, mode, size, mtime, atime, ctime, ino, dev, nlink, uid, gid):
        self.st_mode = mode
        self.st_ino = ino
        self.st_dev = dev
        self.st_nlink = nlink
        self.st_uid = uid
        self.st_gid = gid
        self.st_size = size
        self.st_atime = atime
        self.st_mtime = mtime
        self.st_ctime = ctime
        self._t = (mode, ino, dev, nlink, uid, gid, size, int(atime), int(mtime), int(ctime))

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._t)

    def __repr__(self):
        return ("os.stat_result(st_mode=%d, st_ino=%d, st_dev=%d, st_nlink=%d, st_uid=%d, st_gid=%d, "
                "st_size=%d, st_atime=%d, st_mtime=%d, st_ctime=%d)" % self._t)


def stat(p):
    return stat_result(*_fileio.stat(fspath(p)))


class _Environ(dict):
    """os.environ: a dict whose changes reach the process environment."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _fileio.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        _fileio.unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            v = dict.__getitem__(self, key)
            del self[key]
            return v
        return dict.pop(self, key, *default)

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k] = v

    def copy(self):
        return dict(self)


environ = _Environ(_fileio.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _fileio.putenv(key, value)


def unsetenv(key):
    _fileio.unsetenv(key)


def _check_str(fname, *args):
    for a in args:
        if not isinstance(a, (str, bytes)):
            raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not '%s'"
                            % (fname, type(a).__name__))


def _join(a, *p):
    a = fspath(a)
    _check_str("join", a, *p)
    path = a
    for b in p:
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def _normpath(p):
    p = fspath(p)
    if p == "":
        return "."
    initial = 0
    if p.startswith("/"):
        initial = 1
        if p.startswith("//") and not p.startswith("///"):
            initial = 2
    comps = []
    for c in p.split("/"):
        if c in ("", "."):
            continue
        if c != ".." or (not initial and not comps) or (comps and comps[-1] == ".."):
            comps.append(c)
        elif comps:
            comps.pop()
    p = "/".join(comps)
    if initial:
        p = "/" * initial + p
    return p or "."


def _isabs(p):
    return fspath(p).startswith("/")


def _abspath(p):
    p = fspath(p)
    if not p.startswith("/"):
        p = _join(getcwd(), p)
    return _normpath(p)


def _commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def _commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = [fspath(p) for p in paths]
    split = [[c for c in p.split("/") if c and c != "."] for p in paths]
    absolute = set(p[:1] == "/" for p in paths)
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    common = _commonprefix(split)
    prefix = "/" if paths[0].startswith("/") else ""
    return prefix + "/".join(common)


def _relpath(p, start=None):
    if not p:
        raise ValueError("no path specified")
    start = curdir if start is None else fspath(start)
    sl = [x for x in _abspath(start).split("/") if x]
    pl = [x for x in _abspath(p).split("/") if x]
    i = len(_commonprefix([sl, pl]))
    rel = [pardir] * (len(sl) - i) + pl[i:]
    if not rel:
        return curdir
    return _join(*rel)


def _getsize(p):
    return _fileio.stat_size(fspath(p))


def _splitdrive(p):
    p = fspath(p)
    return p[:0], p


def _expanduser(p):
    p = fspath(p)
    if not p.startswith("~"):
        return p
    raise NotImplementedError("os.path.expanduser of '~' paths")


def _normcase(p):
    return fspath(p)


import sys as _sys

path = type(_sys)("posixpath")
path.__name__ = "posixpath"
for _name in ("exists", "isdir", "isfile", "split", "basename", "dirname", "splitext"):
    setattr(path, _name, getattr(_Path, _name))
for _name in ("join", "normpath", "isabs", "abspath", "commonprefix", "commonpath", "relpath",
              "getsize", "splitdrive", "expanduser", "normcase"):
    setattr(path, _name, globals()["_" + _name])
path.sep = sep
path.curdir = curdir
path.pardir = pardir
path.extsep = extsep
path.pathsep = pathsep
_sys.modules["os.path"] = path
del _name
