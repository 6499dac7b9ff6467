// Package sys is the sys module: what ordinary programs need now (argv, exit, the
// standard streams, the recursion limit, modules, path). The rest is a later issue.
package sys

import (
	"github.com/pyheap/pyheap/internal/object"
	"github.com/pyheap/pyheap/internal/vm"
)

type Ref = object.Ref

const Nil = object.Nil

// Install creates the sys module and registers it in sys.modules.
func Install(in *vm.Interp) {
	rt := in.RT
	m := rt.NewModule("sys")
	d := rt.ModuleDict(m)
	in.SysDict = d
	rt.DictSetItem(in.Modules, rt.InternString("sys"), m)
	set := func(name string, v Ref) {
		rt.DictSetStr(d, name, v)
		rt.Decref(v)
	}
	argv := rt.NewList(0)
	for _, a := range in.Argv {
		s := rt.NewStr(a)
		rt.ListAppend(argv, s)
		rt.Decref(s)
	}
	set("argv", argv)
	path := rt.NewList(0)
	for _, p := range in.Path {
		s := rt.NewStr(p)
		rt.ListAppend(path, s)
		rt.Decref(s)
	}
	set("path", path)
	rt.DictSetStr(d, "modules", in.Modules)
	stdin := in.NewStream(nil, "<stdin>")
	rt.DictSetStr(d, "stdin", stdin)
	rt.DictSetStr(d, "__stdin__", stdin)
	rt.Decref(stdin)
	out := in.NewStream(in.Stdout, "<stdout>")
	errS := in.NewStream(in.Stderr, "<stderr>")
	rt.DictSetStr(d, "stdout", out)
	rt.DictSetStr(d, "__stdout__", out)
	rt.DictSetStr(d, "stderr", errS)
	rt.DictSetStr(d, "__stderr__", errS)
	rt.Decref(out)
	rt.Decref(errS)
	set("maxsize", rt.NewInt(1<<63-1))
	set("byteorder", rt.NewStr("little"))
	set("platform", rt.NewStr("linux"))
	set("version", rt.NewStr("3.11.7 (pyheap)"))
	set("implementation", rt.NewStr("pyheap"))
	set("executable", rt.NewStr(""))
	set("version_info", rt.TuplePack(rt.NewInt(3), rt.NewInt(11), rt.NewInt(7), rt.NewStr("final"), rt.NewInt(0)))
	set("hexversion", rt.NewInt(0x030b07f0))
	set("maxunicode", rt.NewInt(0x10ffff))
	fn := func(name string, f object.MethodFunc) { in.AddFunc(d, name, f, m) }
	fn("exit", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("exit", args, kw, 0, 1) {
			return Nil
		}
		t := rt.TupleFrom(args...)
		e := rt.NewException(rt.ExcType("SystemExit"), t)
		rt.Decref(t)
		if e != Nil {
			rt.Restore(e)
		}
		return Nil
	})
	fn("getrecursionlimit", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("getrecursionlimit", args, kw, 0, 0) {
			return Nil
		}
		return rt.NewInt(int64(in.RecursionLimit()))
	})
	fn("setrecursionlimit", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("setrecursionlimit", args, kw, 1, 1) {
			return Nil
		}
		if rt.IsFloat(args[0]) {
			rt.Raise("TypeError", "'float' object cannot be interpreted as an integer")
			return Nil
		}
		n, ok := rt.AsIndex(args[0], "OverflowError")
		if !ok {
			return Nil
		}
		if !in.SetRecursionLimit(n) {
			return Nil
		}
		return rt.None
	})
	fn("exc_info", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		e := in.CurrentException()
		if e == Nil {
			return rt.TuplePack(rt.None, rt.None, rt.None)
		}
		tb := *rt.ExcField(e, "traceback")
		if tb == Nil {
			tb = rt.None
		}
		return rt.TupleFrom(rt.TypeRefOf(e), e, tb)
	})
	fn("exception", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if e := in.CurrentException(); e != Nil {
			return rt.New(e)
		}
		return rt.None
	})
	fn("_getframe", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("_getframe", args, kw, 0, 1) {
			return Nil
		}
		depth := 0
		if len(args) == 1 {
			n, ok := rt.AsIndex(args[0], "OverflowError")
			if !ok {
				return Nil
			}
			depth = n
		}
		return in.GetFrame(depth)
	})
	fn("getrefcount", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("getrefcount", args, kw, 1, 1) {
			return Nil
		}
		return rt.NewInt(int64(rt.Refcnt(args[0])) + 1)
	})
	fn("getsizeof", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("getsizeof", args, kw, 1, 2) {
			return Nil
		}
		return rt.NewInt(int64(rt.SizeOf(args[0])))
	})
	fn("intern", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("intern", args, kw, 1, 1) {
			return Nil
		}
		if rt.TypeOf(args[0]) != rt.StrType {
			rt.Raise("TypeError", "intern() argument must be str, not %s", rt.TypeNameOf(args[0]))
			return Nil
		}
		return rt.Intern(rt.New(args[0]))
	})
	rt.Decref(m)
}
