// The module object, its functions and the per-interpreter state. See doc.go.

package re

import (
	"strings"
	"unsafe"

	"github.com/pyheap/pyheap/internal/compile"
	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
	"github.com/pyheap/pyheap/internal/vm"
)

type Ref = object.Ref

const Nil = object.Nil

// maxCache is re._MAXCACHE.
const maxCache = 512

// state is one interpreter's re module: the compiled programs of its live
// Pattern objects (a Pattern stores its index in progs), reusable matchers, and
// the module's types and classes. It hangs off the Pattern type's Data.
type state struct {
	rt       *object.Runtime
	in       *vm.Interp
	progs    []*prog
	free     []int
	machines []*machine

	patternT, matchT, iterT *object.Type
	scannerT                *object.Type
	flagT                   *object.Type
	errorCls                Ref // strong reference
	cache                   Ref // the module's _cache dict (strong)
}

func (st *state) addProg(p *prog) int {
	if n := len(st.free); n > 0 {
		i := st.free[n-1]
		st.free = st.free[:n-1]
		st.progs[i] = p
		return i
	}
	st.progs = append(st.progs, p)
	return len(st.progs) - 1
}

func (st *state) releaseProg(i int) {
	st.progs[i] = nil
	st.free = append(st.free, i)
}

func (st *state) getMachine() *machine {
	if n := len(st.machines); n > 0 {
		m := st.machines[n-1]
		st.machines = st.machines[:n-1]
		m.limit = st.in.Budget
		return m
	}
	return &machine{heap: st.rt.Heap(), limit: st.in.Budget}
}

// raiseFailed raises the error of a search that stopped (see
// machine.failed): MemoryError when the stack could not grow, RuntimeError
// when the interpreter's step budget bounds the search (Interp.Budget: a single
// search may take at most that many backtracking steps).
func (st *state) raiseFailed(m *machine) Ref {
	if m.overflow {
		return st.rt.NoMemory()
	}
	st.rt.Raise("RuntimeError", "execution budget exceeded")
	return Nil
}

// putMachine returns a machine to the pool; a large stack goes back to the
// heap, and so does every stack when the pool is full.
func (st *state) putMachine(m *machine) {
	if cap(m.stack) > 4096 || len(st.machines) >= 4 {
		m.release()
	}
	m.p = nil
	if len(st.machines) < 4 {
		st.machines = append(st.machines, m)
	}
}

// New builds the re module for an interpreter. It returns a new reference, or
// Nil with an exception set.
func New(in *vm.Interp) Ref {
	rt := in.RT
	m := rt.NewModule("re")
	if m == Nil {
		return Nil
	}
	d := rt.ModuleDict(m)
	builtins := in.Import(in.Str("builtins"), Nil, 0)
	if builtins == Nil {
		rt.Decref(m)
		return Nil
	}
	rt.DictSetStr(d, "__builtins__", builtins)
	rt.Decref(builtins)
	code := in.Compile("<pyheap>/re.py", []byte(prelude), compile.Exec)
	if code == Nil {
		rt.Decref(m)
		return Nil
	}
	r := in.ExecCode(code, d, d)
	rt.Decref(code)
	if r == Nil {
		rt.Decref(m)
		return Nil
	}
	rt.Decref(r)
	st := &state{rt: rt, in: in}
	st.errorCls = rt.New(rt.DictGetStr(d, rt.InternString("error")))
	st.cache = rt.NewDict()
	if st.cache == Nil {
		rt.Decref(m)
		return Nil
	}
	rt.DictSetStr(d, "_cache", st.cache)
	rt.DictSetStr(d, "_MAXCACHE", object.MakeSmallInt(maxCache))
	if !st.addFlags(d) {
		rt.Decref(m)
		return Nil
	}
	st.patternT = st.newPatternType()
	st.matchT = st.newMatchType()
	st.iterT = st.newIterType()
	st.scannerT = st.newScannerType()
	rt.DictSetStr(d, "Pattern", st.patternT.Ref)
	rt.DictSetStr(d, "Match", st.matchT.Ref)
	v := rt.NewStr("2.2.1")
	rt.DictSetStr(d, "__version__", v)
	rt.Decref(v)
	if !modargs.AddFuncs(rt, m, st.functions()) {
		rt.Decref(m)
		return Nil
	}
	return m
}

func pyFn(name string, names []string, required int, f func(rt *object.Runtime, v []Ref) Ref) *object.MethodDef {
	spec := &modargs.Spec{Name: name, Names: names, Required: required, Python: true}
	return modargs.Func(spec, func(rt *object.Runtime, _ Ref, v []Ref) Ref { return f(rt, v) })
}

func orZero(v Ref) Ref {
	if v == Nil {
		return object.MakeSmallInt(0)
	}
	return v
}

func (st *state) functions() []*object.MethodDef {
	withPattern := func(name string, names []string, required int, method string) *object.MethodDef {
		// names: pattern, args..., flags (last)
		return pyFn(name, names, required, func(rt *object.Runtime, v []Ref) Ref {
			p := st.compileCached(v[0], orZero(v[len(v)-1]))
			if p == Nil {
				return Nil
			}
			defer rt.Decref(p)
			args := v[1 : len(v)-1]
			var vals []Ref
			for _, a := range args {
				if a == Nil {
					break
				}
				vals = append(vals, a)
			}
			return st.callPatternMethod(p, method, vals)
		})
	}
	return []*object.MethodDef{
		pyFn("compile", []string{"pattern", "flags"}, 1, func(rt *object.Runtime, v []Ref) Ref {
			return st.compileCached(v[0], orZero(v[1]))
		}),
		withPattern("match", []string{"pattern", "string", "flags"}, 2, "match"),
		withPattern("fullmatch", []string{"pattern", "string", "flags"}, 2, "fullmatch"),
		withPattern("search", []string{"pattern", "string", "flags"}, 2, "search"),
		withPattern("findall", []string{"pattern", "string", "flags"}, 2, "findall"),
		withPattern("finditer", []string{"pattern", "string", "flags"}, 2, "finditer"),
		withPattern("split", []string{"pattern", "string", "maxsplit", "flags"}, 2, "split"),
		withPattern("sub", []string{"pattern", "repl", "string", "count", "flags"}, 3, "sub"),
		withPattern("subn", []string{"pattern", "repl", "string", "count", "flags"}, 3, "subn"),
		pyFn("template", []string{"pattern", "flags"}, 1, func(rt *object.Runtime, v []Ref) Ref {
			f := rt.BinaryOp(orZero(v[1]), object.MakeSmallInt(flagTemplate), object.OpOr)
			if f == Nil {
				return Nil
			}
			defer rt.Decref(f)
			return st.compileCached(v[0], f)
		}),
		pyFn("escape", []string{"pattern"}, 1, func(rt *object.Runtime, v []Ref) Ref { return st.escape(v[0]) }),
		pyFn("purge", nil, 0, func(rt *object.Runtime, v []Ref) Ref {
			rt.DictClear(st.cache)
			return rt.New(rt.None)
		}),
	}
}

// callPatternMethod calls the Go implementation of a Pattern method.
func (st *state) callPatternMethod(p Ref, method string, args []Ref) Ref {
	rt := st.rt
	switch method {
	case "match", "fullmatch", "search":
		mode := map[string]int{"match": modeMatch, "fullmatch": modeFull, "search": modeSearch}[method]
		return st.matchMethod(p, args[0], 0, maxSsize, mode)
	case "findall":
		return st.findall(p, args[0], 0, maxSsize)
	case "finditer":
		return st.finditer(p, args[0], 0, maxSsize)
	case "split":
		maxsplit := 0
		if len(args) > 1 {
			n, ok := st.intArg(args[1])
			if !ok {
				return Nil
			}
			maxsplit = n
		}
		return st.split(p, args[0], maxsplit)
	case "sub", "subn":
		count := 0
		if len(args) > 2 {
			n, ok := st.intArg(args[2])
			if !ok {
				return Nil
			}
			count = n
		}
		return st.sub(p, args[0], args[1], count, method == "subn")
	}
	rt.Raise("SystemError", "bad re method")
	return Nil
}

const maxSsize = int(^uint(0) >> 1)

// intArg converts an index argument (Py_ssize_t).
func (st *state) intArg(v Ref) (int, bool) {
	rt := st.rt
	if rt.IsFloat(v) {
		rt.Raise("TypeError", "'float' object cannot be interpreted as an integer")
		return 0, false
	}
	n, ok := rt.AsIndex(v, "OverflowError")
	if !ok && rt.ErrMatchesName("OverflowError") {
		rt.ClearErr()
		rt.Raise("OverflowError", "Python int too large to convert to C ssize_t")
	}
	return n, ok
}

// raise raises the error of a failed compilation.
func (st *state) raise(e *Error, pattern Ref) {
	rt := st.rt
	if e.Kind != "" {
		rt.Raise(e.Kind, "%s", e.Msg)
		return
	}
	msg := rt.NewStr(e.Msg)
	if msg == Nil {
		return
	}
	args := []Ref{msg}
	if e.Pos >= 0 && pattern != Nil {
		args = append(args, pattern, object.MakeSmallInt(int64(e.Pos)))
	}
	exc := rt.Call(st.errorCls, args, Nil)
	rt.Decref(msg)
	if exc != Nil {
		rt.Restore(exc)
	}
}

// patternRunes returns a pattern's characters (bytes as Latin-1).
func (st *state) patternRunes(pattern Ref) ([]rune, bool) {
	rt := st.rt
	if rt.IsStr(pattern) {
		n := rt.StrLen(pattern)
		out := make([]rune, n)
		for i := range out {
			out[i] = rt.StrAt(pattern, i)
		}
		return out, true
	}
	data := rt.BytesData(pattern)
	out := make([]rune, len(data))
	for i, b := range data {
		out[i] = rune(b)
	}
	return out, false
}

// compileCached is re._compile: the cache, then compilation. It returns a new
// reference to a Pattern, or Nil with an exception set.
func (st *state) compileCached(pattern, flagsObj Ref) Ref {
	rt := st.rt
	var flags int
	if rt.IsInt(flagsObj) {
		v, ok := rt.IntAsInt64(flagsObj)
		if !ok {
			rt.Raise("OverflowError", "Python int too large to convert to C int")
			return Nil
		}
		flags = int(v)
	} else {
		rt.Raise("TypeError", "unsupported operand type(s) for &: '%s' and 'int'", rt.TypeNameOf(flagsObj))
		return Nil
	}
	isStr, isBytes := rt.IsStr(pattern), rt.IsBytes(pattern)
	var key Ref
	if isStr || isBytes {
		key = rt.TuplePack(rt.New(rt.TypeRefOf(pattern)), rt.New(pattern), rt.NewInt(int64(flags)))
		if key == Nil {
			return Nil
		}
		defer rt.Decref(key)
		if p := rt.DictGetItem(st.cache, key); p != Nil {
			return rt.New(p)
		}
		if rt.Occurred() {
			return Nil
		}
	}
	if rt.TypeOf(pattern) == st.patternT {
		if flags != 0 {
			rt.Raise("ValueError", "cannot process flags argument with a compiled pattern")
			return Nil
		}
		return rt.New(pattern)
	}
	if !isStr && !isBytes {
		rt.Raise("TypeError", "first argument must be string or compiled pattern")
		return Nil
	}
	p := st.compilePattern(pattern, flags)
	if p == Nil {
		return Nil
	}
	if flags&flagDebug == 0 {
		if rt.DictLen(st.cache) >= maxCache {
			pos := 0
			if k, _, ok := rt.DictNext(st.cache, &pos); ok {
				k = rt.New(k)
				rt.DictDelItem(st.cache, k)
				rt.Decref(k)
			}
		}
		if rt.DictSetItem(st.cache, key, p) < 0 {
			rt.Decref(p)
			return Nil
		}
	}
	return p
}

// compilePattern compiles pattern (a str or bytes) into a new Pattern.
func (st *state) compilePattern(pattern Ref, flags int) Ref {
	rt := st.rt
	src, isStr := st.patternRunes(pattern)
	t, err := parse(src, isStr, flags)
	if err == nil {
		var pr *prog
		pr, err = compileTree(t)
		if err == nil {
			return st.newPattern(pattern, t, pr)
		}
	}
	st.raise(err.(*Error), pattern)
	_ = rt
	return Nil
}

// isSpecialChar reports whether re.escape escapes c (CPython's _special_chars_map).
func isSpecialChar(c rune) bool {
	return c < 128 && strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", c)
}

// escape is re.escape.
func (st *state) escape(pattern Ref) Ref {
	rt := st.rt
	if rt.IsStr(pattern) {
		n := rt.StrLen(pattern)
		out := make([]rune, 0, n+n/4)
		for i := 0; i < n; i++ {
			c := rt.StrAt(pattern, i)
			if isSpecialChar(c) {
				out = append(out, '\\')
			}
			out = append(out, c)
		}
		return rt.NewStrFromRunes(out)
	}
	if rt.IsBytes(pattern) {
		data := rt.BytesData(pattern)
		out := make([]byte, 0, len(data)+len(data)/4)
		for _, c := range data {
			if isSpecialChar(rune(c)) {
				out = append(out, '\\')
			}
			out = append(out, c)
		}
		return rt.NewBytes(out)
	}
	rt.Raise("TypeError", "decoding to str: need a bytes-like object, %s found", rt.TypeNameOf(pattern))
	return Nil
}

// subject is a string being matched: its code units.
type subject struct {
	isStr bool
	kind  int // bytes per code unit
	data  []byte
	n     int // length in code units
}

// getSubject reads a str or bytes-like object.
func (st *state) getSubject(o Ref) (subject, bool) {
	rt := st.rt
	if rt.IsStr(o) {
		return subject{isStr: true, kind: rt.StrKind(o), data: rt.StrData(o), n: rt.StrLen(o)}, true
	}
	if rt.IsBytes(o) {
		d := rt.BytesData(o)
		return subject{kind: 1, data: d, n: len(d)}, true
	}
	if d, ok := rt.BytesLikeData(o); ok {
		return subject{kind: 1, data: d, n: len(d)}, true
	}
	rt.Raise("TypeError", "expected string or bytes-like object, got '%s'", rt.TypeNameOf(o))
	return subject{}, false
}

func (sj *subject) at(i int) rune {
	switch sj.kind {
	case 1:
		return rune(sj.data[i])
	case 2:
		return rune(*(*uint16)(unsafe.Pointer(&sj.data[2*i])))
	}
	return rune(*(*uint32)(unsafe.Pointer(&sj.data[4*i])))
}

// doSearch runs the matcher over sj[:endpos] from pos.
func doSearch(m *machine, sj subject, pos, endpos int, anchored, full, must bool) bool {
	endpos = min(endpos, sj.n)
	if pos < 0 || pos > endpos {
		return false
	}
	switch sj.kind {
	case 1:
		return search(m, sj.data[:endpos], pos, anchored, full, must)
	case 2:
		s := unsafe.Slice((*uint16)(unsafe.Pointer(unsafe.SliceData(sj.data))), sj.n)
		return search(m, s[:endpos], pos, anchored, full, must)
	}
	s := unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(sj.data))), sj.n)
	return search(m, s[:endpos], pos, anchored, full, must)
}

// slice returns string[a:b] of a subject object: a str, or bytes for any
// bytes-like subject (as _sre's getslice).
func (st *state) slice(o Ref, sj subject, a, b int) Ref {
	rt := st.rt
	if sj.isStr {
		if a == 0 && b == sj.n && rt.TypeOf(o) == rt.StrType {
			return rt.New(o)
		}
		return rt.StrSlice(o, a, b)
	}
	if a == 0 && b == sj.n && rt.TypeOf(o) == rt.BytesType {
		return rt.New(o)
	}
	return rt.NewBytes(sj.data[a:b])
}
