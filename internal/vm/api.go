// What the modules need from the VM: the current frame's namespaces, standard
// streams, dir(), imports. See doc.go.

package vm

import (
	"bufio"
	"io"

	"github.com/pyheap/pyheap/internal/compile"
	"github.com/pyheap/pyheap/internal/object"
)

// BuildClass is builtins.__build_class__.
func (in *Interp) BuildClass(rt *object.Runtime, self Ref, args []Ref, kwnames Ref) Ref {
	return in.buildClass(rt, self, args, kwnames)
}

// LookupSpecial finds a special method on obj's type, bound to obj (a new
// reference), or Nil (no exception when simply absent).
func (in *Interp) LookupSpecial(obj Ref, name string) Ref { return in.lookupSpecial(obj, name) }

// SysAttr returns sys.<name> (borrowed), or Nil.
func (in *Interp) SysAttr(name string) Ref {
	if in.SysDict == Nil {
		return Nil
	}
	return in.RT.DictGetStr(in.SysDict, in.Str(name))
}

// Globals returns the running frame's globals (borrowed).
func (in *Interp) Globals() Ref {
	if in.frame == nil {
		if in.Main != Nil {
			return in.Main
		}
		return in.Builtins
	}
	return in.frame.globals
}

// Locals returns locals() of the running frame: its namespace, or a new dict of its
// fast locals (a new reference).
func (in *Interp) Locals() Ref {
	rt := in.RT
	f := in.frame
	if f == nil {
		return rt.New(in.Globals())
	}
	if f.locals != Nil {
		return rt.New(f.locals)
	}
	if f.localsDict == Nil {
		f.localsDict = rt.NewDict()
		if f.localsDict == Nil {
			return Nil
		}
	}
	d := f.localsDict
	c := f.code.c
	for i := 0; i < f.code.nlp; i++ {
		v := f.lp[i]
		if i >= len(c.VarNames) && v != Nil {
			if i >= len(c.VarNames)+len(c.CellVars) && c.FreeVars[i-len(c.VarNames)-len(c.CellVars)] == "__class__" {
				continue
			}
			v = *rt.RefAt(v, cellContents)
		}
		if v != Nil {
			rt.DictSetItem(d, f.code.varname[i], v)
		} else if rt.DictGetItem(d, f.code.varname[i]) != Nil {
			rt.DictDelItem(d, f.code.varname[i])
		}
	}
	return rt.New(d)
}

// Import is __import__(name, fromlist=..., level=...).
func (in *Interp) Import(name, fromlist Ref, level int) Ref {
	f := in.frame
	if f == nil {
		f = &Frame{globals: in.Globals()}
	}
	return in.importName(f, name, fromlist, level)
}

// ReadLine reads a line of standard input.
func (in *Interp) ReadLine() (string, error) {
	if in.stdinReader == nil {
		in.stdinReader = bufio.NewReader(in.Stdin)
	}
	return in.stdinReader.ReadString('\n')
}

// DefaultDir is object.__dir__: the instance dict's keys and the class attributes
// (a new list).
func (in *Interp) DefaultDir(obj Ref) Ref {
	rt := in.RT
	seen := rt.NewDict()
	defer rt.Decref(seen)
	add := func(d Ref) {
		if d == Nil || !rt.IsInstance(d, rt.DictType) {
			return
		}
		pos := 0
		for {
			k, _, ok := rt.DictNext(d, &pos)
			if !ok {
				return
			}
			rt.DictSetItem(seen, k, rt.None)
		}
	}
	if rt.TypeOf(obj) == rt.ModuleType {
		add(rt.ModuleDict(obj))
		return rt.SequenceList(seen)
	}
	var t *object.Type
	if rt.IsType(obj) {
		t = rt.TypeFromRef(obj)
	} else {
		t = rt.TypeOf(obj)
		if t.DictOffset != 0 {
			add(*rt.RefAt(obj, t.DictOffset))
		}
	}
	if mro := rt.TypeMRO(t); mro != Nil {
		for _, c := range rt.TupleItems(mro) {
			add(rt.TypeDict(rt.TypeFromRef(c)))
		}
	}
	if !rt.IsType(obj) {
		rt.DictSetStr(seen, "__class__", rt.None)
	}
	return rt.SequenceList(seen)
}

// The standard streams: a small text file type writing to a Go writer.
const (
	streamIndex = 8
	streamSize  = 16
)

// NewStream returns a file object writing to w (sys.stdout, sys.stderr).
func (in *Interp) NewStream(w io.Writer, name string) Ref {
	rt := in.RT
	if in.StreamType == nil {
		in.StreamType = rt.NewStaticType("_io.TextIOWrapper", nil, streamSize, 0, func(t *object.Type) {
			t.Dealloc = func(rt *object.Runtime, r Ref) { rt.FreeObject(r) }
			t.Methods = []object.MethodDef{
				{Name: "write", Fn: func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
					if !rt.CheckArgs("write", args, kw, 1, 1) {
						return Nil
					}
					if !rt.IsStr(args[0]) {
						rt.Raise("TypeError", "write() argument must be str, not %s", rt.TypeNameOf(args[0]))
						return Nil
					}
					s := rt.GoString(args[0])
					io.WriteString(in.streams[*rt.Uint32At(self, streamIndex)].w, s)
					return rt.NewInt(int64(rt.StrLen(args[0])))
				}},
				{Name: "flush", Fn: func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
					if f, ok := in.streams[*rt.Uint32At(self, streamIndex)].w.(interface{ Flush() error }); ok {
						f.Flush()
					}
					return rt.None
				}},
				{Name: "isatty", Fn: func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref { return rt.New(rt.False) }},
				{Name: "read", Fn: func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
					var b []byte
					for {
						line, err := in.ReadLine()
						b = append(b, line...)
						if err != nil {
							break
						}
					}
					return rt.NewStr(string(b))
				}},
				{Name: "readline", Fn: func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
					line, _ := in.ReadLine()
					return rt.NewStr(line)
				}},
				{Name: "fileno", Fn: func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
					return rt.NewInt(int64(*rt.Uint32At(self, streamIndex)) + 1)
				}},
			}
			t.GetSets = []object.GetSetDef{
				{Name: "name", Get: func(rt *object.Runtime, self Ref) Ref {
					return rt.NewStr(in.streams[*rt.Uint32At(self, streamIndex)].name)
				}},
				{Name: "encoding", Get: func(rt *object.Runtime, self Ref) Ref { return rt.NewStr("utf-8") }},
			}
			t.Repr = func(rt *object.Runtime, self Ref) Ref {
				return rt.NewStr("<_io.TextIOWrapper name='" + in.streams[*rt.Uint32At(self, streamIndex)].name + "' mode='w' encoding='utf-8'>")
			}
		})
	}
	r := rt.AllocObject(in.StreamType, streamSize)
	*rt.Uint32At(r, streamIndex) = uint32(len(in.streams))
	in.streams = append(in.streams, stream{w: w, name: name})
	return r
}

type stream struct {
	w    io.Writer
	name string
}

// GoWriter returns the Go writer behind a standard stream object, or nil.
func (in *Interp) GoWriter(file Ref) io.Writer {
	rt := in.RT
	if in.StreamType == nil || file&1 != 0 || file == Nil || rt.TypeOf(file) != in.StreamType {
		return nil
	}
	return in.streams[*rt.Uint32At(file, streamIndex)].w
}

// Mode is what source is compiled as (compile()'s modes), for the modules above.
type Mode = compile.Mode

// The compile modes.
const (
	ModeExec   = compile.Exec
	ModeEval   = compile.Eval
	ModeSingle = compile.Single
)

// NewModuleSpec returns a module's __spec__: an object with name, origin, parent
// and submodule_search_locations (importlib's ModuleSpec, reduced).
func (in *Interp) NewModuleSpec(name, origin string, pkgDir string) Ref {
	rt := in.RT
	if in.specType == nil {
		in.specType = rt.NewStaticType("ModuleSpec", nil, 24, object.TypeGC, func(t *object.Type) {
			t.DictOffset = 16
			t.Dealloc = func(rt *object.Runtime, r Ref) {
				rt.Untrack(r)
				rt.Replace(rt.RefAt(r, 16), Nil)
				rt.FreeObject(r)
			}
			t.Traverse = func(rt *object.Runtime, r Ref, visit object.VisitFunc) bool {
				d := *rt.RefAt(r, 16)
				return d == Nil || visit(d)
			}
			t.Clear = func(rt *object.Runtime, r Ref) { rt.Replace(rt.RefAt(r, 16), Nil) }
			t.Repr = func(rt *object.Runtime, r Ref) Ref {
				d := *rt.RefAt(r, 16)
				n := rt.Repr(rt.DictGetStr(d, in.Str("name")))
				o := rt.Repr(rt.DictGetStr(d, in.Str("origin")))
				defer rt.Decref(n)
				defer rt.Decref(o)
				return rt.NewStr("ModuleSpec(name=" + rt.GoString(n) + ", loader=None, origin=" + rt.GoString(o) + ")")
			}
		})
	}
	r := rt.AllocObject(in.specType, 24)
	d := rt.NewDict()
	*rt.RefAt(r, 16) = d
	set := func(k string, v Ref) {
		rt.DictSetStr(d, k, v)
		rt.Decref(v)
	}
	set("name", rt.NewStr(name))
	set("origin", rt.NewStr(origin))
	set("loader", rt.New(rt.None))
	set("cached", rt.New(rt.None))
	set("has_location", rt.New(rt.True))
	parent := name
	if pkgDir == "" {
		if i := len(name) - 1; i >= 0 {
			for i >= 0 && name[i] != '.' {
				i--
			}
			if i >= 0 {
				parent = name[:i]
			} else {
				parent = ""
			}
		}
		set("submodule_search_locations", rt.New(rt.None))
	} else {
		p := rt.NewStr(pkgDir)
		set("submodule_search_locations", rt.ListFrom(p))
		rt.Decref(p)
	}
	set("parent", rt.NewStr(parent))
	rt.Track(r)
	return r
}
