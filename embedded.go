package pyheap

import (
	"unsafe"

	"github.com/pyheap/pyheap/internal/compile"
	jsonmod "github.com/pyheap/pyheap/internal/modules/json"
	"github.com/pyheap/pyheap/internal/modules/pysrc"
	"github.com/pyheap/pyheap/internal/modules/tracemalloc"
	"github.com/pyheap/pyheap/internal/modules/weakref"
	"github.com/pyheap/pyheap/internal/object"
	"github.com/pyheap/pyheap/internal/vm"
)

// Standard modules written in Python and embedded in the binary: each is run, when
// first imported, as the named module (its Go half is a module of its own:
// _weakref, _tracemalloc). Each is also compiled when pyheap is built (frozen.go,
// the frozen/ folder), so that an import runs the code without compiling it.
//
//go:generate go test -run TestFrozenModules -update-frozen .
var embeddedModules = []struct{ name, src string }{
	{"weakref", weakref.Source},
	{"tracemalloc", tracemalloc.Source},
	{"functools", pysrc.Must("functools")},
	{"collections", pysrc.Must("collections")},
	{"contextlib", pysrc.Must("contextlib")},
	{"copy", pysrc.Must("copy")},
	{"string", pysrc.Must("string")},
	{"io", pysrc.Must("io")},
	{"os", pysrc.Must("os")},
	{"json", jsonmod.Source},
	{"abc", pysrc.Must("abc")},
	{"_collections_abc", pysrc.Must("_collections_abc")},
	{"inspect", pysrc.Must("inspect")},
	{"types", pysrc.Must("types")},
	{"pydoc", pysrc.Must("pydoc")},
	{"keyword", pysrc.Must("keyword")},
	{"textwrap", pysrc.Must("textwrap")},
}

// loadEmbedded runs src as a new module name and returns it (a new reference), or
// Nil with the exception set.
func loadEmbedded(in *vm.Interp, name, src string) object.Ref {
	rt := in.RT
	m := rt.NewModule(name)
	if m == object.Nil {
		return object.Nil
	}
	d := rt.ModuleDict(m)
	file := rt.NewStr(vm.EmbeddedFilePrefix + name + ".py")
	rt.DictSetStr(d, "__file__", file)
	rt.Decref(file)
	builtins := in.Import(in.Str("builtins"), object.Nil, 0)
	if builtins == object.Nil {
		rt.Decref(m)
		return object.Nil
	}
	rt.DictSetStr(d, "__builtins__", builtins)
	rt.Decref(builtins)
	// The source is the binary's read-only data; the VM only reads it (for the
	// lines of tracebacks), so it is not copied.
	source := unsafe.Slice(unsafe.StringData(src), len(src))
	var code object.Ref
	if c, err := compile.Unmarshal(frozenCode(name), source); err == nil {
		code = in.Materialize(c)
	} else {
		// Not frozen (TestFrozenModules says so): compile it now.
		code = in.Compile(vm.EmbeddedFilePrefix+name+".py", source, compile.Exec)
	}
	if code == object.Nil {
		rt.Decref(m)
		return object.Nil
	}
	r := in.ExecCode(code, d, d)
	rt.Decref(code)
	if r == object.Nil {
		rt.Decref(m)
		return object.Nil
	}
	rt.Decref(r)
	return m
}
