// Running code: modules, the main script, exec and eval, uncaught exceptions,
// imports. See doc.go.

package vm

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/pyheap/pyheap/internal/compile"
	"github.com/pyheap/pyheap/internal/syntax"
)

// ModuleInit builds a built-in module (a new reference), or Nil with an exception.
type ModuleInit func(in *Interp) Ref

// Compile compiles source to a code object (a new reference), or Nil with
// SyntaxError set.
func (in *Interp) Compile(filename string, src []byte, mode compile.Mode) Ref {
	c, err := compile.Compile(filename, src, mode)
	if err != nil {
		var se *syntax.SyntaxError
		if errors.As(err, &se) {
			// CPython's text has no newline when the source's last line has none.
			if se.Kind == syntax.KindSyntaxError && len(src) > 0 && src[len(src)-1] != '\n' && se.Lineno == strings.Count(string(src), "\n")+1 {
				se.Text = strings.TrimSuffix(se.Text, "\n")
			}
			in.RT.Restore(in.NewSyntaxError(se))
		} else {
			in.RT.Raise("SyntaxError", "%s", err.Error())
		}
		return Nil
	}
	code := in.Materialize(c)
	in.showSyntaxWarnings(filename, c.Warnings) // after Materialize: it records the source for the lines
	return code
}

// showSyntaxWarnings writes the compiler's SyntaxWarnings to sys.stderr as the
// warnings module's default filter shows them: "file:line: SyntaxWarning: msg"
// and the source line, when there is a file to read it from (not for <string>).
// pyheap has no warnings module yet, so filters cannot silence them.
func (in *Interp) showSyntaxWarnings(filename string, ws []compile.Warning) {
	for _, w := range ws {
		msg := filename + ":" + strconv.Itoa(w.Line) + ": SyntaxWarning: " + w.Msg + "\n"
		if line, ok := in.sourceLine(filename, w.Line); ok {
			if line = strings.TrimSpace(line); line != "" {
				msg += "  " + line + "\n"
			}
		}
		in.writeSysStderr(msg)
	}
}

// ExecCode runs a code object with globals and locals (dicts; locals may equal
// globals) and returns its result.
func (in *Interp) ExecCode(code, globals, locals Ref) Ref {
	rt := in.RT
	ci := in.codeOf(code)
	if len(ci.c.FreeVars) > 0 {
		rt.Raise("TypeError", "code object passed to exec() may not contain free variables")
		return Nil
	}
	if in.depth >= in.limit {
		rt.Raise("RecursionError", "maximum recursion depth exceeded")
		return Nil
	}
	f := in.newFrame(ci, false)
	if f == nil {
		return Nil
	}
	f.globals = rt.New(globals)
	f.ownNS = true
	b := rt.DictGetStr(globals, in.Str("__builtins__"))
	if b == Nil {
		rt.DictSetStr(globals, "__builtins__", in.builtinsModule())
		b = in.Builtins
	}
	if rt.TypeOf(b) == rt.ModuleType {
		b = rt.ModuleDict(b)
	}
	if !rt.IsInstance(b, rt.DictType) {
		b = in.Builtins
	}
	f.builtins = b
	f.locals = rt.New(locals)
	in.codeRevive(code)
	f.fn = Nil
	rt.Incref(code)
	in.initCells(f, Nil)
	r := in.run(f)
	rt.Decref(code)
	return r
}

func (in *Interp) builtinsModule() Ref {
	if m := in.RT.DictGetStr(in.Modules, in.Str("builtins")); m != Nil {
		return m
	}
	return in.Builtins
}

// RunMain runs a script as __main__ and returns the exit status, printing an
// uncaught exception as CPython does.
func (in *Interp) RunMain(path string, src []byte) int {
	rt := in.RT
	m := rt.NewModule("__main__")
	if m == Nil {
		// Not even __main__ fits (a memory limit smaller than the interpreter):
		// say so without allocating.
		rt.ClearErr()
		fmt.Fprintln(in.Stderr, "MemoryError: the memory limit leaves no room to run the program")
		return 1
	}
	d := rt.ModuleDict(m)
	rt.DictSetItem(in.Modules, in.Str("__main__"), m)
	rt.DictSetStr(d, "__builtins__", in.builtinsModule())
	if path != "<string>" && path != "<stdin>" {
		f := rt.NewStr(path)
		rt.DictSetStr(d, "__file__", f)
		rt.Decref(f)
	}
	rt.DictSetStr(d, "__package__", rt.None)
	if in.MainPackage != "" {
		p := rt.NewStr(in.MainPackage)
		rt.DictSetStr(d, "__package__", p)
		rt.Decref(p)
	}
	rt.DictSetStr(d, "__spec__", rt.None)
	rt.DictSetStr(d, "__loader__", rt.None)
	ann := rt.NewDict()
	rt.DictSetStr(d, "__annotations__", ann) // CPython's __main__ always has one
	rt.Decref(ann)
	in.Main = d
	code := in.Compile(path, src, compile.Exec)
	var r Ref
	if code != Nil {
		r = in.ExecCode(code, d, d)
		rt.Decref(code)
	}
	status := 0
	if r == Nil && !rt.Occurred() {
		fmt.Fprintln(in.Stderr, "MemoryError: out of memory while starting the program")
		status = 1
	} else if r == Nil {
		status = in.HandleUncaught()
	} else {
		rt.Decref(r)
	}
	if in.BeforeExit != nil {
		in.BeforeExit()
	}
	in.Finalize()
	rt.Decref(m)
	return status
}

// Finalize runs the shutdown of the interpreter as CPython's finalize_modules does
// for module namespaces: __main__'s globals, then the other modules', are released
// in insertion order (names starting with one underscore first), so objects they
// hold are finalized (__del__) while the program's output can still be written.
func (in *Interp) Finalize() {
	rt := in.RT
	if in.Main == Nil {
		return
	}
	clearDict := func(d Ref) {
		keep := in.Str("__builtins__")
		for pass := 0; pass < 2; pass++ {
			pos := 0
			var keys []Ref
			for {
				k, _, ok := rt.DictNext(d, &pos)
				if !ok {
					break
				}
				keys = append(keys, rt.New(k))
			}
			for _, k := range keys {
				name := rt.GoString(k)
				under := len(name) > 1 && name[0] == '_' && !(len(name) > 1 && name[1] == '_')
				if k != keep && (pass == 0) == under {
					if v := rt.DictGetItem(d, k); v != Nil && v != rt.None {
						rt.DictSetItem(d, k, rt.None)
						if rt.Occurred() {
							rt.ClearErr()
						}
					}
				}
				rt.Decref(k)
			}
		}
	}
	clearDict(in.Main)
	pos := 0
	var mods []Ref
	for {
		_, v, ok := rt.DictNext(in.Modules, &pos)
		if !ok {
			break
		}
		if rt.TypeOf(v) == rt.ModuleType && rt.ModuleDict(v) != in.Main && rt.ModuleDict(v) != in.Builtins && rt.ModuleDict(v) != in.SysDict {
			mods = append(mods, rt.New(v))
		}
	}
	for _, m := range mods {
		clearDict(rt.ModuleDict(m))
		rt.Decref(m)
	}
	if rt.Occurred() {
		rt.ClearErr()
	}
}

// HandleUncaught prints the exception that is set (or handles SystemExit) and
// returns the process exit status.
func (in *Interp) HandleUncaught() int {
	rt := in.RT
	exc := rt.Fetch()
	if exc == Nil {
		return 0
	}
	defer rt.Decref(exc)
	if rt.IsInstance(exc, rt.ExcType("SystemExit")) {
		return in.systemExitStatus(exc)
	}
	// CPython's PyErr_PrintEx: sys.excepthook(type, value, traceback) reports it
	// (by default sys.__excepthook__, DisplayException); a hook that fails has
	// its own exception shown, then the original.
	if hook := in.SysAttr("excepthook"); hook == Nil || hook == rt.None {
		in.writeSysStderr("sys.excepthook is missing\n")
		in.DisplayException(exc)
	} else {
		tb := *rt.ExcField(exc, "traceback")
		if tb == Nil {
			tb = rt.None
		}
		rt.Incref(hook)
		r := in.call3(hook, rt.TypeRefOf(exc), exc, tb)
		rt.Decref(hook)
		if r != Nil {
			rt.Decref(r)
		} else if exc2 := rt.Fetch(); exc2 != Nil {
			if rt.IsInstance(exc2, rt.ExcType("SystemExit")) {
				defer rt.Decref(exc2)
				return in.systemExitStatus(exc2)
			}
			in.writeSysStderr("Error in sys.excepthook:\n")
			in.DisplayException(exc2)
			rt.Decref(exc2)
			in.writeSysStderr("\nOriginal exception was:\n")
			in.DisplayException(exc)
		}
	}
	if rt.IsInstance(exc, rt.ExcType("KeyboardInterrupt")) {
		return 130
	}
	return 1
}

func (in *Interp) systemExitStatus(exc Ref) int {
	rt := in.RT
	code := in.excAttr(exc, "code")
	if code == Nil {
		args := rt.ExcArgs(exc)
		switch rt.TupleLen(args) {
		case 0:
			code = rt.None
		case 1:
			code = rt.TupleItems(args)[0]
		default:
			code = args
		}
	}
	if code == rt.None {
		return 0
	}
	if rt.IsInt(code) {
		v, ok := rt.IntAsInt64(code)
		if !ok {
			return -1
		}
		return int(int32(v)) & 0xff
	}
	s := rt.Str(code)
	if s != Nil {
		in.writeErr(rt.GoString(s) + "\n")
		rt.Decref(s)
	} else {
		rt.ClearErr()
	}
	return 1
}

// ---- imports ----

func (in *Interp) importName(f *Frame, name Ref, fromlist Ref, level int) Ref {
	rt := in.RT
	modname := rt.GoString(name)
	if level > 0 {
		pkg := ""
		if p := rt.DictGetStr(f.globals, in.Str("__package__")); p != Nil && rt.IsStr(p) {
			pkg = rt.GoString(p)
		} else if n := rt.DictGetStr(f.globals, in.Str("__name__")); n != Nil && rt.IsStr(n) {
			pkg = rt.GoString(n)
			if rt.DictGetStr(f.globals, in.Str("__path__")) == Nil {
				if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
					pkg = pkg[:i]
				} else {
					pkg = ""
				}
			}
		}
		if pkg == "" {
			rt.Raise("ImportError", "attempted relative import with no known parent package")
			return Nil
		}
		parts := strings.Split(pkg, ".")
		if level-1 >= len(parts) {
			rt.Raise("ImportError", "attempted relative import beyond top-level package")
			return Nil
		}
		base := strings.Join(parts[:len(parts)-(level-1)], ".")
		if modname == "" {
			modname = base
		} else {
			modname = base + "." + modname
		}
	}
	if modname == "" {
		rt.Raise("ValueError", "Empty module name")
		return Nil
	}
	parts := strings.Split(modname, ".")
	var top, mod Ref
	for i := range parts {
		full := strings.Join(parts[:i+1], ".")
		m := in.importOne(full, mod)
		if m == Nil {
			rt.Decref(top)
			return Nil
		}
		if i == 0 {
			top = rt.New(m)
		}
		mod = m
		rt.Decref(m)
	}
	hasFrom := fromlist != Nil && fromlist != rt.None && rt.IsTuple(fromlist) && rt.TupleLen(fromlist) > 0
	if !hasFrom {
		if level > 0 && rt.GoString(name) == "" {
			rt.Decref(top)
			return rt.New(mod)
		}
		if level > 0 {
			// "from . import" never gets here; "import .x" is not syntax.
			rt.Decref(top)
			return rt.New(mod)
		}
		return top
	}
	rt.Decref(top)
	// from pkg import submodule: import it when it is not an attribute.
	if rt.GetAttrString(mod, "__path__") != Nil {
		for _, n := range rt.TupleItems(fromlist) {
			s := rt.GoString(n)
			if s == "*" {
				continue
			}
			if v := rt.GetAttr(mod, n); v != Nil {
				rt.Decref(v)
				continue
			}
			rt.ClearErr()
			sub := in.importOne(modname+"."+s, mod)
			if sub == Nil {
				if rt.ErrMatchesName("ModuleNotFoundError") {
					rt.ClearErr()
					continue
				}
				return Nil
			}
			rt.Decref(sub)
		}
	} else {
		rt.ClearErr()
	}
	return rt.New(mod)
}

// importOne imports the module full (its parent already imported: parent).
func (in *Interp) importOne(full string, parent Ref) Ref {
	rt := in.RT
	key := rt.NewStr(full)
	defer rt.Decref(key)
	if m := rt.DictGetItem(in.Modules, key); m != Nil {
		return rt.New(m)
	}
	if init, ok := in.builtinModules[full]; ok {
		m := init(in)
		if m == Nil {
			return Nil
		}
		rt.DictSetItem(in.Modules, key, m)
		if parent != Nil {
			// A built-in submodule (collections.abc) is an attribute of its
			// parent, as loadSource makes a file's.
			n := rt.NewStr(full[strings.LastIndexByte(full, '.')+1:])
			if rt.SetAttr(parent, n, m) < 0 {
				rt.ClearErr()
			}
			rt.Decref(n)
		}
		return m
	}
	var dirs []string
	short := full
	if parent != Nil {
		short = full[strings.LastIndexByte(full, '.')+1:]
		p := rt.GetAttrString(parent, "__path__")
		if p == Nil {
			rt.ClearErr()
			pn := full[:strings.LastIndexByte(full, '.')]
			in.moduleNotFound(full, "No module named '"+full+"'; '"+pn+"' is not a package")
			return Nil
		}
		it := rt.Iter(p)
		rt.Decref(p)
		if it == Nil {
			return Nil
		}
		for {
			v := rt.Next(it)
			if v == Nil {
				break
			}
			if rt.IsStr(v) {
				dirs = append(dirs, rt.GoString(v))
			}
			rt.Decref(v)
		}
		rt.Decref(it)
	} else {
		dirs = in.searchPath()
	}
	for _, dir := range dirs {
		pkgInit := filepath.Join(dir, short, "__init__.py")
		if !in.importAllowed(pkgInit) {
			continue
		}
		if st, err := os.Stat(pkgInit); err == nil && !st.IsDir() {
			return in.loadSource(full, pkgInit, filepath.Join(dir, short), parent, short)
		}
		file := filepath.Join(dir, short+".py")
		if st, err := os.Stat(file); err == nil && !st.IsDir() && in.importAllowed(file) {
			return in.loadSource(full, file, "", parent, short)
		}
	}
	in.moduleNotFound(full, "No module named '"+full+"'")
	return Nil
}

func (in *Interp) moduleNotFound(name, msg string) {
	rt := in.RT
	rt.Raise("ModuleNotFoundError", "%s", msg)
	e := rt.Err()
	d := rt.ExcField(e, "dict")
	if *d == Nil {
		*d = rt.NewDict()
	}
	n := rt.NewStr(name)
	rt.DictSetStr(*d, "name", n)
	rt.Decref(n)
}

func (in *Interp) searchPath() []string {
	rt := in.RT
	if in.SysDict != Nil {
		if p := rt.DictGetStr(in.SysDict, in.Str("path")); p != Nil && rt.IsList(p) {
			var out []string
			for _, v := range rt.ListItems(p) {
				if rt.IsStr(v) {
					out = append(out, rt.GoString(v))
				}
			}
			return out
		}
	}
	return in.Path
}

// importAllowed asks Interp.ImportAllowed whether an import may read file.
func (in *Interp) importAllowed(file string) bool {
	return in.ImportAllowed == nil || in.ImportAllowed(file)
}

func (in *Interp) loadSource(full, file, pkgDir string, parent Ref, short string) Ref {
	rt := in.RT
	src, err := os.ReadFile(file)
	if err != nil {
		in.moduleNotFound(full, "No module named '"+full+"'")
		return Nil
	}
	m := rt.NewModule(full)
	if m == Nil {
		return Nil
	}
	d := rt.ModuleDict(m)
	fs := rt.NewStr(file)
	rt.DictSetStr(d, "__file__", fs)
	rt.Decref(fs)
	rt.DictSetStr(d, "__builtins__", in.builtinsModule())
	spec := in.NewModuleSpec(full, file, pkgDir)
	rt.DictSetStr(d, "__spec__", spec)
	rt.Decref(spec)
	rt.DictSetStr(d, "__loader__", rt.None)
	pkg := full
	if pkgDir != "" {
		ps := rt.NewStr(pkgDir)
		l := rt.ListFrom(ps)
		rt.DictSetStr(d, "__path__", l)
		rt.Decref(l)
		rt.Decref(ps)
	} else if i := strings.LastIndexByte(full, '.'); i >= 0 {
		pkg = full[:i]
	} else {
		pkg = ""
	}
	pk := rt.NewStr(pkg)
	rt.DictSetStr(d, "__package__", pk)
	rt.Decref(pk)
	key := rt.NewStr(full)
	defer rt.Decref(key)
	rt.DictSetItem(in.Modules, key, m)
	in.initializing(m, true)
	code := in.Compile(file, src, compile.Exec)
	var r Ref
	if code != Nil {
		r = in.ExecCode(code, d, d)
		rt.Decref(code)
	}
	in.initializing(m, false)
	if r == Nil {
		if rt.DictGetItem(in.Modules, key) != Nil {
			saved := rt.Fetch()
			rt.DictDelItem(in.Modules, key)
			rt.Restore(saved)
		}
		rt.Decref(m)
		return Nil
	}
	rt.Decref(r)
	// The module in sys.modules may have been replaced by the code.
	fin := rt.DictGetItem(in.Modules, key)
	if fin == Nil {
		rt.Decref(m)
		rt.Raise("ImportError", "Loaded module %s not found in sys.modules", full)
		return Nil
	}
	rt.Incref(fin)
	rt.Decref(m)
	if parent != Nil {
		n := rt.NewStr(short)
		if rt.SetAttr(parent, n, fin) < 0 {
			rt.ClearErr()
		}
		rt.Decref(n)
	}
	return fin
}

func (in *Interp) initializing(m Ref, on bool) {
	rt := in.RT
	d := rt.ModuleDict(m)
	if on {
		rt.DictSetStr(d, "__initializing__", rt.True)
	} else if rt.DictGetStr(d, in.Str("__initializing__")) != Nil {
		rt.DictDelItem(d, in.Str("__initializing__"))
	}
}

func (in *Interp) importFrom(m, name Ref) Ref {
	rt := in.RT
	v := rt.GetAttr(m, name)
	if v != Nil {
		return v
	}
	if !rt.ErrMatchesName("AttributeError") {
		return Nil
	}
	rt.ClearErr()
	modName := "<unknown module name>"
	var d Ref
	if rt.TypeOf(m) == rt.ModuleType {
		d = rt.ModuleDict(m)
		if n := rt.DictGetStr(d, in.Str("__name__")); n != Nil && rt.IsStr(n) {
			modName = rt.GoString(n)
			full := rt.NewStr(modName + "." + rt.GoString(name))
			sub := rt.DictGetItem(in.Modules, full)
			rt.Decref(full)
			if sub != Nil {
				return rt.New(sub)
			}
		}
	}
	file := ""
	if d != Nil {
		if f := rt.DictGetStr(d, in.Str("__file__")); f != Nil && rt.IsStr(f) {
			file = rt.GoString(f)
		}
	}
	nm := rt.GoString(name)
	switch {
	case d != Nil && rt.DictGetStr(d, in.Str("__initializing__")) != Nil:
		rt.Raise("ImportError", "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)", nm, modName, file)
	case file != "":
		rt.Raise("ImportError", "cannot import name '%s' from '%s' (%s)", nm, modName, file)
	default:
		rt.Raise("ImportError", "cannot import name '%s' from '%s' (unknown location)", nm, modName)
	}
	e := rt.Err()
	ed := rt.ExcField(e, "dict")
	if *ed == Nil {
		*ed = rt.NewDict()
	}
	mn := rt.NewStr(modName)
	rt.DictSetStr(*ed, "name", mn)
	rt.DictSetStr(*ed, "name_from", name)
	rt.Decref(mn)
	return Nil
}

func (in *Interp) importStar(f *Frame, m Ref) int {
	rt := in.RT
	ns := f.locals
	if ns == Nil {
		ns = f.globals
	}
	all := rt.GetAttrString(m, "__all__")
	if all != Nil {
		defer rt.Decref(all)
		it := rt.Iter(all)
		if it == Nil {
			return -1
		}
		defer rt.Decref(it)
		for {
			n := rt.Next(it)
			if n == Nil {
				if rt.Occurred() {
					return -1
				}
				return 0
			}
			v := rt.GetAttr(m, n)
			if v == Nil {
				rt.Decref(n)
				return -1
			}
			rt.DictSetItem(ns, n, v)
			rt.Decref(v)
			rt.Decref(n)
		}
	}
	rt.ClearErr()
	if rt.TypeOf(m) != rt.ModuleType {
		return 0
	}
	d := rt.ModuleDict(m)
	pos := 0
	for {
		k, v, ok := rt.DictNext(d, &pos)
		if !ok {
			break
		}
		if rt.IsStr(k) && !strings.HasPrefix(rt.GoString(k), "_") {
			rt.DictSetItem(ns, k, v)
		}
	}
	return 0
}

// RunInteractive runs one statement of the interactive prompt in __main__; it
// reports whether the program exited (SystemExit) and with which status.
func (in *Interp) RunInteractive(src string, mode compile.Mode) (int, bool) {
	rt := in.RT
	code := in.Compile("<stdin>", []byte(src), mode)
	var r Ref
	if code != Nil {
		r = in.ExecCode(code, in.Main, in.Main)
		rt.Decref(code)
	}
	if r != Nil {
		rt.Decref(r)
		return 0, false
	}
	if rt.ErrMatchesName("SystemExit") {
		return in.HandleUncaught(), true
	}
	in.HandleUncaught()
	return 0, false
}
