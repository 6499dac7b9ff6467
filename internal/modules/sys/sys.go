// Package sys is the sys module: what ordinary programs need now (argv, exit, the
// standard streams, the recursion limit, modules, path). The rest is a later issue.
package sys

import (
	"fmt"
	"strings"

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
	set("version", rt.NewStr(vm.LanguageVersion+" (pyheap "+vm.Version+")"))
	set("executable", rt.NewStr(""))
	// No installation prefix, no bytecode files, no ABI flags: an embedded runtime.
	for _, name := range []string{"prefix", "exec_prefix", "base_prefix", "base_exec_prefix", "abiflags"} {
		set(name, rt.NewStr(""))
	}
	set("platlibdir", rt.NewStr("lib"))
	set("pycache_prefix", rt.New(rt.None))
	set("dont_write_bytecode", rt.New(rt.True))
	set("float_repr_style", rt.NewStr("short"))
	set("api_version", rt.NewInt(1013))
	set("warnoptions", rt.NewList(0))
	set("version_info", structSeq(in, "sys.version_info", []string{"major", "minor", "micro", "releaselevel", "serial"},
		[]Ref{rt.NewInt(3), rt.NewInt(11), rt.NewInt(7), rt.NewStr("final"), rt.NewInt(0)}))
	set("float_info", structSeq(in, "sys.float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp",
		"min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
		[]Ref{rt.NewFloat(1.7976931348623157e+308), rt.NewInt(1024), rt.NewInt(308), rt.NewFloat(2.2250738585072014e-308),
			rt.NewInt(-1021), rt.NewInt(-307), rt.NewInt(15), rt.NewInt(53), rt.NewFloat(2.220446049250313e-16),
			rt.NewInt(2), rt.NewInt(1)}))
	set("hash_info", structSeq(in, "sys.hash_info", []string{"width", "modulus", "inf", "nan", "imag", "algorithm",
		"hash_bits", "seed_bits", "cutoff"},
		[]Ref{rt.NewInt(64), rt.NewInt(2305843009213693951), rt.NewInt(314159), rt.NewInt(0), rt.NewInt(1000003),
			rt.NewStr("siphash13"), rt.NewInt(64), rt.NewInt(128), rt.NewInt(0)}))
	set("int_info", structSeq(in, "sys.int_info", []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits",
		"str_digits_check_threshold"}, []Ref{rt.NewInt(30), rt.NewInt(4), rt.NewInt(4300), rt.NewInt(640)}))
	flagNames := []string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
		"no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
		"dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}
	flagVals := make([]Ref, len(flagNames))
	for i := range flagVals {
		flagVals[i] = rt.NewInt(0)
	}
	flagVals[len(flagVals)-1] = rt.NewInt(-1) // int_max_str_digits: no -X option given
	flags := structSeq(in, "sys.flags", flagNames, flagVals)
	set("flags", flags)
	// The implementation's own version, as sys.implementation.version is for PyPy.
	pv := structSeq(in, "sys.version_info", []string{"major", "minor", "micro", "releaselevel", "serial"},
		[]Ref{rt.NewInt(0), rt.NewInt(1), rt.NewInt(0), rt.NewStr("alpha"), rt.NewInt(0)})
	impl := structSeq(in, "namespace", []string{"name", "cache_tag", "version", "hexversion"},
		[]Ref{rt.NewStr("pyheap"), rt.New(rt.None), pv, rt.NewInt(0x000100a0)})
	set("implementation", impl)
	set("hexversion", rt.NewInt(0x030b07f0))
	set("maxunicode", rt.NewInt(0x10ffff))
	fn := func(name string, f object.MethodFunc) { in.AddFunc(d, name, f, m) }
	fn("excepthook", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		// sys.excepthook(type, value, traceback): the exception reported to
		// sys.stderr as an uncaught one is (CPython's sys_excepthook_impl).
		if !rt.NoKwargs("excepthook", kw) {
			return Nil
		}
		if len(args) != 3 {
			rt.Raise("TypeError", "excepthook expected 3 arguments, got %d", len(args))
			return Nil
		}
		value, tb := args[1], args[2]
		if !rt.IsException(value) {
			in.WriteSysStderr(fmt.Sprintf("TypeError: print_exception(): Exception expected for value, %s found\n", rt.TypeNameOf(value)))
			return rt.New(rt.None)
		}
		if slot := rt.ExcField(value, "traceback"); *slot == Nil && tb != rt.None && rt.TypeOf(tb) == in.TracebackType {
			*slot = rt.New(tb)
		}
		in.DisplayException(value)
		return rt.New(rt.None)
	})
	fn("displayhook", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("sys.displayhook", args, kw, 1, 1) {
			return Nil
		}
		return in.DisplayHook(args[0])
	})
	for _, name := range []string{"excepthook", "displayhook"} {
		if hook := rt.DictGetStr(d, in.Str(name)); hook != Nil {
			set("__"+name+"__", rt.New(hook))
		}
	}
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
	// breakpoint() calls sys.breakpointhook. CPython's default hook starts pdb;
	// pyheap has no debugger, so its hook says so on sys.stderr and returns None.
	hook := func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if e := in.SysAttr("stderr"); e != Nil && e != rt.None {
			msg := rt.NewStr("breakpoint(): pyheap has no debugger (pdb); continuing\n")
			r := rt.CallMethod(e, "write", msg)
			rt.Decref(msg)
			if r == Nil {
				return Nil
			}
			rt.Decref(r)
		}
		return rt.New(rt.None)
	}
	fn("breakpointhook", hook)
	fn("__breakpointhook__", hook)
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
	fn("get_int_max_str_digits", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("get_int_max_str_digits", args, kw, 0, 0) {
			return Nil
		}
		return rt.NewInt(int64(rt.IntMaxStrDigits()))
	})
	fn("set_int_max_str_digits", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		pos := args[:len(args)-rt.NumKwargs(kw)]
		var v Ref
		if len(pos) == 1 {
			v = pos[0]
		} else if rt.NumKwargs(kw) == 1 && rt.GoString(rt.TupleItems(kw)[0]) == "maxdigits" {
			v = args[len(args)-1]
		} else {
			rt.Raise("TypeError", "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
			return Nil
		}
		n, ok := rt.AsIndex(v, "OverflowError")
		if !ok {
			return Nil
		}
		if n != 0 && n < object.IntMaxStrDigitsThreshold {
			rt.Raise("ValueError", "maxdigits must be 0 or larger than %d", object.IntMaxStrDigitsThreshold)
			return Nil
		}
		rt.SetIntMaxStrDigits(n)
		return rt.None
	})
	fn("exception", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("exception", args, kw, 0, 0) {
			return Nil
		}
		if e := in.CurrentException(); e != Nil {
			return rt.New(e)
		}
		return rt.New(rt.None)
	})
	fn("getallocatedblocks", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("getallocatedblocks", args, kw, 0, 0) {
			return Nil
		}
		return rt.NewInt(int64(rt.Heap().Stats().BlocksInUse()))
	})
	fn("getdefaultencoding", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref { return rt.NewStr("utf-8") })
	fn("getfilesystemencoding", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref { return rt.NewStr("utf-8") })
	fn("is_finalizing", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref { return rt.New(rt.False) })
	fn("getrefcount", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("getrefcount", args, kw, 1, 1) {
			return Nil
		}
		return rt.NewInt(int64(rt.Refcnt(args[0])) + 1)
	})
	fn("getallocatedblocks", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("getallocatedblocks", args, kw, 0, 0) {
			return Nil
		}
		// The blocks of the private heap in use now (small and large), as CPython
		// counts pymalloc's blocks; the debug allocator's quarantine is not counted.
		rt.Heap().FlushQuarantine()
		return rt.NewInt(int64(rt.Heap().Stats().BlocksInUse()))
	})
	fn("_debugmallocstats", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("_debugmallocstats", args, kw, 0, 0) {
			return Nil
		}
		// CPython writes the report to the C stderr, not sys.stderr.
		if err := rt.WriteMallocStats(in.Stderr); err != nil {
			rt.Raise("OSError", "%s", err)
			return Nil
		}
		return rt.None
	})
	fn("getsizeof", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("getsizeof", args, kw, 1, 2) {
			return Nil
		}
		return rt.NewInt(int64(rt.SizeOf(args[0])))
	})
	fn("intern", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs("sys.intern", args, kw, 1, 1) {
			return Nil
		}
		if !rt.IsStr(args[0]) {
			rt.Raise("TypeError", "intern() argument must be str, not %s", rt.TypeNameOf(args[0]))
			return Nil
		}
		if rt.TypeOf(args[0]) != rt.StrType {
			rt.Raise("TypeError", "can't intern %s", rt.TypeNameOf(args[0]))
			return Nil
		}
		return rt.Intern(rt.New(args[0]))
	})
	rt.Decref(m)
}

// structSeq makes a named tuple-like value (CPython's struct sequences): a tuple
// subclass whose fields are also attributes. The values are new references, taken.
func structSeq(in *vm.Interp, name string, fields []string, values []Ref) Ref {
	rt := in.RT
	ns := rt.NewDict()
	mod, short := "sys", name
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '.' {
			mod, short = name[:i], name[i+1:]
			break
		}
	}
	m := rt.NewStr(mod)
	rt.DictSetStr(ns, "__module__", m)
	rt.Decref(m)
	slots := rt.New(rt.EmptyTuple)
	rt.DictSetStr(ns, "__slots__", slots)
	rt.Decref(slots)
	n := rt.NewStr(short)
	bases := rt.TupleFrom(rt.TupleType.Ref)
	cls := rt.Call(rt.TypeType.Ref, []Ref{n, bases, ns}, Nil)
	rt.Decref(n)
	rt.Decref(bases)
	rt.Decref(ns)
	if cls == Nil {
		return Nil
	}
	// repr: name(field=repr(value), ...), as CPython's struct sequences print. Set
	// through setattr so that the class's repr slot follows.
	ct := rt.TypeFromRef(cls)
	rt.AddMethods(ct, []object.MethodDef{{Name: "__repr__", Fn: func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
		var b strings.Builder
		b.WriteString(name + "(")
		for i, v := range rt.TupleItems(self) {
			if i >= len(fields) {
				break
			}
			r := rt.Repr(v)
			if r == Nil {
				return Nil
			}
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(fields[i] + "=" + rt.GoString(r))
			rt.Decref(r)
		}
		b.WriteString(")")
		return rt.NewStr(b.String())
	}}}, nil)
	if rt.SetAttr(cls, in.Str("__repr__"), rt.DictGetStr(rt.TypeDict(ct), in.Str("__repr__"))) < 0 {
		rt.Decref(cls)
		return Nil
	}
	t := rt.TupleFrom(values...)
	obj := rt.Call1(cls, t)
	rt.Decref(t)
	for i, f := range fields {
		rt.DictSetStr(rt.TypeDict(rt.TypeFromRef(cls)), f, values[i])
		rt.Decref(values[i])
	}
	rt.Decref(cls)
	return obj
}
