// OSError: its errno, strerror, filename and filename2 attributes, its
// "[Errno N] message: 'file'" str, and the subclass an errno selects
// (OSError(2, ...) is a FileNotFoundError), as CPython 3.11's OSError does.

package object

import (
	"fmt"
	"syscall"
)

// oserrorSubclass maps errno values to the OSError subclass CPython raises for them.
var oserrorSubclass = map[syscall.Errno]string{
	syscall.EAGAIN: "BlockingIOError", syscall.EALREADY: "BlockingIOError", syscall.EINPROGRESS: "BlockingIOError",
	syscall.ECHILD: "ChildProcessError", syscall.EPIPE: "BrokenPipeError", syscall.ESHUTDOWN: "BrokenPipeError",
	syscall.ECONNABORTED: "ConnectionAbortedError", syscall.ECONNREFUSED: "ConnectionRefusedError",
	syscall.ECONNRESET: "ConnectionResetError", syscall.EEXIST: "FileExistsError", syscall.ENOENT: "FileNotFoundError",
	syscall.EISDIR: "IsADirectoryError", syscall.ENOTDIR: "NotADirectoryError", syscall.EINTR: "InterruptedError",
	syscall.EACCES: "PermissionError", syscall.EPERM: "PermissionError", syscall.ESRCH: "ProcessLookupError",
	syscall.ETIMEDOUT: "TimeoutError",
}

func (rt *Runtime) initOSError() {
	t := rt.excTypes["OSError"]
	base := rt.excTypes["BaseException"]
	t.New = func(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
		pos := args[:len(args)-rt.NumKwargs(kwnames)]
		if t == rt.excTypes["OSError"] && len(pos) >= 2 && len(pos) <= 5 && rt.IsInt(pos[0]) {
			if n, ok := rt.IntAsInt64(pos[0]); ok {
				if name, ok := oserrorSubclass[syscall.Errno(n)]; ok {
					t = rt.excTypes[name]
				}
			}
		}
		e := base.New(rt, t, args, kwnames)
		if e == Nil {
			return Nil
		}
		if rt.oserrorInit(e, pos) < 0 {
			rt.Decref(e)
			return Nil
		}
		return e
	}
	t.Init = func(rt *Runtime, self Ref, args []Ref, kwnames Ref) int { return 0 } // all done in New
	t.Str = func(rt *Runtime, e Ref) Ref {
		errno, strerror := rt.excAttr(e, "errno"), rt.excAttr(e, "strerror")
		filename, filename2 := rt.excAttr(e, "filename"), rt.excAttr(e, "filename2")
		if errno == rt.None && strerror == rt.None {
			return base.Str(rt, e)
		}
		parts := make([]string, 0, 4)
		for _, v := range []Ref{errno, strerror} {
			s := rt.Str(v)
			if s == Nil {
				return Nil
			}
			parts = append(parts, rt.GoString(s))
			rt.Decref(s)
		}
		text := fmt.Sprintf("[Errno %s] %s", parts[0], parts[1])
		for i, f := range []Ref{filename, filename2} {
			if f == rt.None || (i == 1 && filename == rt.None) {
				continue
			}
			r := rt.Repr(f)
			if r == Nil {
				return Nil
			}
			sep := ": "
			if i == 1 {
				sep = " -> "
			}
			text += sep + rt.GoString(r)
			rt.Decref(r)
		}
		return rt.NewStr(text)
	}
	get := func(name string) func(rt *Runtime, e Ref) Ref {
		return func(rt *Runtime, e Ref) Ref { return rt.New(rt.excAttr(e, name)) }
	}
	set := func(name string) func(rt *Runtime, e, v Ref) int {
		return func(rt *Runtime, e, v Ref) int {
			if v == Nil {
				v = rt.None
			}
			return rt.setExcAttr(e, name, v)
		}
	}
	for _, name := range []string{"errno", "strerror", "filename", "filename2"} {
		t.GetSets = append(t.GetSets, GetSetDef{Name: name, Get: get(name), Set: set(name)})
	}
}

// oserrorInit sets an OSError's attributes from its constructor arguments: with 2 to
// 5 of them, errno and strerror (and filename, filename2), and args becomes
// (errno, strerror) when a filename was given.
func (rt *Runtime) oserrorInit(e Ref, args []Ref) int {
	for _, name := range []string{"errno", "strerror", "filename", "filename2"} {
		if rt.setExcAttr(e, name, rt.None) < 0 {
			return -1
		}
	}
	if len(args) < 2 || len(args) > 5 {
		return 0
	}
	rt.setExcAttr(e, "errno", args[0])
	rt.setExcAttr(e, "strerror", args[1])
	if len(args) >= 3 {
		rt.setExcAttr(e, "filename", args[2])
		if len(args) == 5 {
			rt.setExcAttr(e, "filename2", args[4])
		}
		a := rt.TupleFrom(args[0], args[1])
		if a == Nil {
			return -1
		}
		rt.Replace(rt.RefAt(e, excOffArgs), a)
	}
	return 0
}

// excAttr returns an attribute kept in an exception's __dict__ (borrowed), or None.
func (rt *Runtime) excAttr(e Ref, name string) Ref {
	if d := *rt.RefAt(e, excOffDict); d != Nil {
		if v := rt.DictGetStr(d, rt.internedOrNil(name)); v != Nil {
			return v
		}
	}
	return rt.None
}

func (rt *Runtime) setExcAttr(e Ref, name string, v Ref) int {
	slot := rt.RefAt(e, excOffDict)
	if *slot == Nil {
		d := rt.NewDict()
		if d == Nil {
			return -1
		}
		*slot = d
	}
	return rt.DictSetStr(*slot, name, v)
}
