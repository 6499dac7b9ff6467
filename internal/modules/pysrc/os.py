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


import sys as _sys

path = type(_sys)("posixpath")
path.__name__ = "posixpath"
for _name in ("exists", "isdir", "isfile", "join", "split", "basename", "dirname", "splitext"):
    setattr(path, _name, getattr(_Path, _name))
path.sep = sep
path.curdir = curdir
path.pardir = pardir
path.extsep = extsep
path.pathsep = pathsep
_sys.modules["os.path"] = path
del _name
