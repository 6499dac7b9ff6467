// Package fileio is the _fileio module: raw operating-system file operations on
// integer descriptors, which io.py (the io module, written in Python) builds its
// FileIO, buffered and text file objects on. Failures raise the OSError subclass
// CPython raises for the errno, with CPython's "[Errno N] message: 'file'" text.
//
// Every function consults the interpreter's Policy (policy.go): which directory
// trees the program may read or write, which descriptors are its own, what
// environment it sees. The command line grants everything; an embedding host
// grants what it chooses, nothing by default.
package fileio

import (
	"os"
	"sort"
	"strings"
	"syscall"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

type Ref = object.Ref

const Nil = object.Nil

// strerror is the C library's message for e: Go's text with a capital letter.
func strerror(e syscall.Errno) string {
	s := e.Error()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// raiseErrno raises OSError(errno, strerror[, filename]), which picks the
// subclass (FileNotFoundError for ENOENT). filename is borrowed; Nil for none.
func raiseErrno(rt *object.Runtime, err error, filename Ref) Ref {
	return raiseErrno2(rt, err, filename, Nil)
}

// raiseErrno2 is raiseErrno with a second file name ("[Errno 2] ...: 'a' -> 'b'").
func raiseErrno2(rt *object.Runtime, err error, filename, filename2 Ref) Ref {
	e, ok := err.(syscall.Errno)
	if !ok {
		rt.Raise("OSError", "%s", err.Error())
		return Nil
	}
	no := rt.NewInt(int64(e))
	if no == Nil {
		return Nil
	}
	msg := rt.NewStr(strerror(e))
	if msg == Nil {
		rt.Decref(no)
		return Nil
	}
	args := []Ref{no, msg}
	if filename != Nil {
		args = append(args, filename)
	}
	if filename2 != Nil {
		args = append(args, rt.None, filename2)
	}
	exc := rt.Call(rt.ExcType("OSError").Ref, args, Nil)
	rt.Decref(no)
	rt.Decref(msg)
	if exc != Nil {
		rt.Restore(exc)
	}
	return Nil
}

func intArg(rt *object.Runtime, v Ref, name string) (int64, bool) {
	if !rt.IsInt(v) {
		rt.Raise("TypeError", "%s must be an integer, not %s", name, rt.TypeNameOf(v))
		return 0, false
	}
	n, ok := rt.IntAsInt64(v)
	if !ok {
		rt.Raise("OverflowError", "%s is too large", name)
		return 0, false
	}
	return n, true
}

func fdArg(rt *object.Runtime, v Ref) (int, bool) {
	n, ok := intArg(rt, v, "fd")
	return int(n), ok
}

func pathArg(rt *object.Runtime, v Ref) (string, bool) {
	if rt.IsStr(v) {
		return rt.GoString(v), true
	}
	if rt.IsBytes(v) {
		return string(rt.BytesData(v)), true
	}
	rt.Raise("TypeError", "expected str, bytes or os.PathLike object, not %s", rt.TypeNameOf(v))
	return "", false
}

func fn(name string, names []string, required int, f func(rt *object.Runtime, v []Ref) Ref) *object.MethodDef {
	spec := &modargs.Spec{Name: name, Names: names, Required: required, PosOnly: len(names)}
	return modargs.Func(spec, func(rt *object.Runtime, _ Ref, v []Ref) Ref { return f(rt, v) })
}

func newBool(rt *object.Runtime, b bool) Ref {
	r := rt.False
	if b {
		r = rt.True
	}
	rt.Incref(r)
	return r
}

// New builds the _fileio module under policy p (policy.go; nil grants
// everything). It returns a new reference, or Nil with an exception set.
func New(rt *object.Runtime, p *Policy) Ref {
	m := rt.NewModule("_fileio")
	if m == Nil {
		return Nil
	}
	consts := map[string]int64{
		"O_RDONLY": syscall.O_RDONLY, "O_WRONLY": syscall.O_WRONLY, "O_RDWR": syscall.O_RDWR,
		"O_CREAT": syscall.O_CREAT, "O_EXCL": syscall.O_EXCL, "O_TRUNC": syscall.O_TRUNC,
		"O_APPEND": syscall.O_APPEND, "O_CLOEXEC": syscall.O_CLOEXEC,
	}
	for name, v := range consts {
		if !modargs.SetConst(rt, m, name, rt.NewInt(v)) {
			rt.Decref(m)
			return Nil
		}
	}
	if !modargs.AddFuncs(rt, m, functions(p)) {
		rt.Decref(m)
		return Nil
	}
	return m
}

// pathArgFor is pathArg checked against the policy: the path to give the system,
// or false with the exception raised (PermissionError when denied).
func pathArgFor(rt *object.Runtime, p *Policy, v Ref, write bool) (string, bool) {
	path, ok := pathArg(rt, v)
	if !ok {
		return "", false
	}
	res, err := p.Path(path, write)
	if err != nil {
		raiseErrno(rt, err, v)
		return "", false
	}
	return res, true
}

// fdArgFor is fdArg checked against the policy (EBADF for another's descriptor).
func fdArgFor(rt *object.Runtime, p *Policy, v Ref) (int, bool) {
	fd, ok := fdArg(rt, v)
	if !ok {
		return 0, false
	}
	if err := p.FD(fd); err != nil {
		raiseErrno(rt, err, Nil)
		return 0, false
	}
	return fd, true
}

func functions(p *Policy) []*object.MethodDef {
	return []*object.MethodDef{
		// open(path, flags, mode) -> fd; a directory raises IsADirectoryError as
		// CPython's FileIO does.
		fn("open", []string{"path", "flags", "mode"}, 3, func(rt *object.Runtime, v []Ref) Ref {
			flags, ok := intArg(rt, v[1], "flags")
			if !ok {
				return Nil
			}
			write := flags&(syscall.O_WRONLY|syscall.O_RDWR|syscall.O_CREAT|syscall.O_TRUNC|syscall.O_APPEND) != 0
			path, ok := pathArgFor(rt, p, v[0], write)
			if !ok {
				return Nil
			}
			mode, ok := intArg(rt, v[2], "mode")
			if !ok {
				return Nil
			}
			var fd int
			var err error
			for {
				fd, err = syscall.Open(path, int(flags)|syscall.O_CLOEXEC|p.openFlags(), uint32(mode))
				if err != syscall.EINTR {
					break
				}
			}
			if err != nil {
				return raiseErrno(rt, err, v[0])
			}
			var st syscall.Stat_t
			if err := syscall.Fstat(fd, &st); err == nil && st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
				syscall.Close(fd)
				return raiseErrno(rt, syscall.EISDIR, v[0])
			}
			r := rt.NewInt(int64(fd))
			if r == Nil {
				syscall.Close(fd)
				return Nil
			}
			p.opened(fd)
			return r
		}),
		// read(fd, n) -> bytes; n < 0 reads to the end.
		fn("read", []string{"fd", "n"}, 2, func(rt *object.Runtime, v []Ref) Ref {
			fd, ok := fdArgFor(rt, p, v[0])
			if !ok {
				return Nil
			}
			n, ok := intArg(rt, v[1], "n")
			if !ok {
				return Nil
			}
			var out []byte
			if n >= 0 {
				out = make([]byte, n)
				got := 0
				for got < int(n) {
					k, err := syscall.Read(fd, out[got:])
					if err == syscall.EINTR {
						continue
					}
					if err != nil {
						return raiseErrno(rt, err, Nil)
					}
					if k == 0 {
						break
					}
					got += k
				}
				out = out[:got]
			} else {
				buf := make([]byte, 65536)
				for {
					k, err := syscall.Read(fd, buf)
					if err == syscall.EINTR {
						continue
					}
					if err != nil {
						return raiseErrno(rt, err, Nil)
					}
					if k == 0 {
						break
					}
					out = append(out, buf[:k]...)
				}
			}
			return rt.NewBytes(out)
		}),
		// write(fd, data) -> number of bytes written (all of them).
		fn("write", []string{"fd", "data"}, 2, func(rt *object.Runtime, v []Ref) Ref {
			fd, ok := fdArgFor(rt, p, v[0])
			if !ok {
				return Nil
			}
			if !rt.IsBytes(v[1]) {
				rt.Raise("TypeError", "a bytes-like object is required, not '%s'", rt.TypeNameOf(v[1]))
				return Nil
			}
			data := rt.BytesData(v[1])
			done := 0
			for done < len(data) {
				k, err := syscall.Write(fd, data[done:])
				if err == syscall.EINTR {
					continue
				}
				if err != nil {
					return raiseErrno(rt, err, Nil)
				}
				done += k
			}
			return rt.NewInt(int64(done))
		}),
		fn("close", []string{"fd"}, 1, func(rt *object.Runtime, v []Ref) Ref {
			fd, ok := fdArgFor(rt, p, v[0])
			if !ok {
				return Nil
			}
			p.closed(fd)
			if err := syscall.Close(fd); err != nil {
				return raiseErrno(rt, err, Nil)
			}
			rt.Incref(rt.None)
			return rt.None
		}),
		// lseek(fd, pos, whence) -> the new position.
		fn("lseek", []string{"fd", "pos", "whence"}, 3, func(rt *object.Runtime, v []Ref) Ref {
			fd, ok := fdArgFor(rt, p, v[0])
			if !ok {
				return Nil
			}
			pos, ok := intArg(rt, v[1], "pos")
			if !ok {
				return Nil
			}
			whence, ok := intArg(rt, v[2], "whence")
			if !ok {
				return Nil
			}
			r, err := syscall.Seek(fd, pos, int(whence))
			if err != nil {
				return raiseErrno(rt, err, Nil)
			}
			return rt.NewInt(r)
		}),
		fn("ftruncate", []string{"fd", "size"}, 2, func(rt *object.Runtime, v []Ref) Ref {
			fd, ok := fdArgFor(rt, p, v[0])
			if !ok {
				return Nil
			}
			size, ok := intArg(rt, v[1], "size")
			if !ok {
				return Nil
			}
			if err := syscall.Ftruncate(fd, size); err != nil {
				return raiseErrno(rt, err, Nil)
			}
			rt.Incref(rt.None)
			return rt.None
		}),
		// fsize(fd) -> the file's size in bytes.
		fn("fsize", []string{"fd"}, 1, func(rt *object.Runtime, v []Ref) Ref {
			fd, ok := fdArgFor(rt, p, v[0])
			if !ok {
				return Nil
			}
			var st syscall.Stat_t
			if err := syscall.Fstat(fd, &st); err != nil {
				return raiseErrno(rt, err, Nil)
			}
			return rt.NewInt(st.Size)
		}),
		fn("isatty", []string{"fd"}, 1, func(rt *object.Runtime, v []Ref) Ref {
			fd, ok := fdArgFor(rt, p, v[0])
			if !ok {
				return Nil
			}
			var st syscall.Stat_t
			if err := syscall.Fstat(fd, &st); err != nil {
				return raiseErrno(rt, err, Nil)
			}
			return newBool(rt, st.Mode&syscall.S_IFMT == syscall.S_IFCHR)
		}),
		// stat_kind(path) -> "dir", "file", "other", or None when it does not exist.
		fn("stat_kind", []string{"path"}, 1, func(rt *object.Runtime, v []Ref) Ref {
			path, ok := pathArg(rt, v[0])
			if !ok {
				return Nil
			}
			path, err := p.Path(path, false)
			var st syscall.Stat_t
			if err != nil || syscall.Stat(path, &st) != nil { // a denied path looks absent
				rt.Incref(rt.None)
				return rt.None
			}
			switch st.Mode & syscall.S_IFMT {
			case syscall.S_IFDIR:
				return rt.NewStr("dir")
			case syscall.S_IFREG:
				return rt.NewStr("file")
			}
			return rt.NewStr("other")
		}),
		// stat_size(path) -> the size in bytes; OSError when it cannot be stat'ed.
		fn("stat_size", []string{"path"}, 1, func(rt *object.Runtime, v []Ref) Ref {
			path, ok := pathArgFor(rt, p, v[0], false)
			if !ok {
				return Nil
			}
			var st syscall.Stat_t
			if err := syscall.Stat(path, &st); err != nil {
				return raiseErrno(rt, err, v[0])
			}
			return rt.NewInt(st.Size)
		}),
		fn("getcwd", nil, 0, func(rt *object.Runtime, v []Ref) Ref {
			wd, err := p.getwd()
			if err != nil {
				return raiseErrno(rt, err, Nil)
			}
			return rt.NewStr(wd)
		}),
		// listdir(path) -> the names in the directory, as a list of str.
		fn("listdir", []string{"path"}, 1, func(rt *object.Runtime, v []Ref) Ref {
			path, ok := pathArgFor(rt, p, v[0], false)
			if !ok {
				return Nil
			}
			f, err := os.Open(path)
			if err != nil {
				return raiseErrno(rt, unwrap(err), v[0])
			}
			names, err := f.Readdirnames(-1)
			f.Close()
			if err != nil {
				return raiseErrno(rt, unwrap(err), v[0])
			}
			sort.Strings(names) // stable output; os.listdir's order is arbitrary anyway
			l := rt.NewList(0)
			if l == Nil {
				return Nil
			}
			for _, n := range names {
				s := rt.NewStr(n)
				if s == Nil || rt.ListAppend(l, s) < 0 {
					rt.Decref(s)
					rt.Decref(l)
					return Nil
				}
				rt.Decref(s)
			}
			return l
		}),
		fn("mkdir", []string{"path", "mode"}, 2, func(rt *object.Runtime, v []Ref) Ref {
			path, ok := pathArgFor(rt, p, v[0], true)
			if !ok {
				return Nil
			}
			mode, ok := intArg(rt, v[1], "mode")
			if !ok {
				return Nil
			}
			if err := syscall.Mkdir(path, uint32(mode)); err != nil {
				return raiseErrno(rt, err, v[0])
			}
			rt.Incref(rt.None)
			return rt.None
		}),
		fn("rmdir", []string{"path"}, 1, func(rt *object.Runtime, v []Ref) Ref {
			path, ok := pathArgFor(rt, p, v[0], true)
			if !ok {
				return Nil
			}
			if err := syscall.Rmdir(path); err != nil {
				return raiseErrno(rt, err, v[0])
			}
			rt.Incref(rt.None)
			return rt.None
		}),
		fn("rename", []string{"src", "dst"}, 2, func(rt *object.Runtime, v []Ref) Ref {
			src, ok := pathArg(rt, v[0])
			if !ok {
				return Nil
			}
			dst, ok := pathArg(rt, v[1])
			if !ok {
				return Nil
			}
			src, err := p.Path(src, true)
			if err == nil {
				dst, err = p.Path(dst, true)
			}
			if err != nil {
				return raiseErrno2(rt, err, v[0], v[1])
			}
			if err := syscall.Rename(src, dst); err != nil {
				return raiseErrno2(rt, err, v[0], v[1])
			}
			rt.Incref(rt.None)
			return rt.None
		}),
		// stat(path) -> (mode, size, mtime as float seconds, atime, ctime, ino, dev, nlink, uid, gid).
		fn("stat", []string{"path"}, 1, func(rt *object.Runtime, v []Ref) Ref {
			path, ok := pathArgFor(rt, p, v[0], false)
			if !ok {
				return Nil
			}
			var st syscall.Stat_t
			if err := syscall.Stat(path, &st); err != nil {
				return raiseErrno(rt, err, v[0])
			}
			ts := func(t syscall.Timespec) Ref { return rt.NewFloat(float64(t.Sec) + float64(t.Nsec)/1e9) }
			items := []Ref{rt.NewInt(int64(st.Mode)), rt.NewInt(st.Size), ts(st.Mtim), ts(st.Atim), ts(st.Ctim),
				rt.NewInt(int64(st.Ino)), rt.NewInt(int64(st.Dev)), rt.NewInt(int64(st.Nlink)),
				rt.NewInt(int64(st.Uid)), rt.NewInt(int64(st.Gid))}
			release := func() {
				for _, x := range items {
					if x != Nil {
						rt.Decref(x)
					}
				}
			}
			for _, it := range items {
				if it == Nil {
					release()
					return Nil
				}
			}
			t := rt.NewTuple(len(items))
			if t == Nil {
				release()
				return Nil
			}
			copy(rt.TupleItems(t), items) // the tuple takes the references
			return t
		}),
		// environ() -> a dict of the process environment.
		fn("environ", nil, 0, func(rt *object.Runtime, v []Ref) Ref {
			d := rt.NewDict()
			if d == Nil {
				return Nil
			}
			for _, kv := range p.environ() {
				k, val, _ := strings.Cut(kv, "=")
				vs := rt.NewStr(val)
				if vs == Nil || rt.DictSetStr(d, k, vs) < 0 {
					rt.Decref(vs)
					rt.Decref(d)
					return Nil
				}
				rt.Decref(vs)
			}
			return d
		}),
		fn("putenv", []string{"key", "value"}, 2, func(rt *object.Runtime, v []Ref) Ref {
			k, ok := pathArg(rt, v[0])
			if !ok {
				return Nil
			}
			val, ok := pathArg(rt, v[1])
			if !ok {
				return Nil
			}
			if err := p.setenv(k, val, false); err != nil {
				if err == errDenied {
					return raiseErrno(rt, err, v[0])
				}
				rt.Raise("ValueError", "illegal environment variable name")
				return Nil
			}
			rt.Incref(rt.None)
			return rt.None
		}),
		fn("unsetenv", []string{"key"}, 1, func(rt *object.Runtime, v []Ref) Ref {
			k, ok := pathArg(rt, v[0])
			if !ok {
				return Nil
			}
			if err := p.setenv(k, "", true); err != nil {
				if err == errDenied {
					return raiseErrno(rt, err, v[0])
				}
				rt.Raise("ValueError", "illegal environment variable name")
				return Nil
			}
			rt.Incref(rt.None)
			return rt.None
		}),
		fn("getpid", nil, 0, func(rt *object.Runtime, v []Ref) Ref {
			return rt.NewInt(int64(os.Getpid()))
		}),
		fn("unlink", []string{"path"}, 1, func(rt *object.Runtime, v []Ref) Ref {
			path, ok := pathArgFor(rt, p, v[0], true)
			if !ok {
				return Nil
			}
			if err := syscall.Unlink(path); err != nil {
				return raiseErrno(rt, err, v[0])
			}
			rt.Incref(rt.None)
			return rt.None
		}),
	}
}

// unwrap returns the errno inside an os package error.
func unwrap(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	if se, ok := err.(*os.SyscallError); ok {
		return se.Err
	}
	return err
}
