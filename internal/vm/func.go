// Functions, cells, bound methods, and argument binding. See doc.go.

package vm

import (
	"fmt"
	"strings"

	"github.com/pyheap/pyheap/internal/compile"
	"github.com/pyheap/pyheap/internal/object"
)

// Function layout (a container):
//
//	0 header | 8 GC header | 16 code | 20 globals | 24 builtins | 28 name | 32 qualname
//	36 defaults | 40 kwdefaults | 44 closure | 48 dict | 52 doc | 56 module | 60 annotations
//	64 weaklist | 68 code index uint32 (the code object's, for calls: one load less)
const (
	fnCode        = 16
	fnGlobals     = 20
	fnBuiltins    = 24
	fnName        = 28
	fnQualname    = 32
	fnDefaults    = 36
	fnKwdefaults  = 40
	fnClosure     = 44
	fnDict        = 48
	fnDoc         = 52
	fnModule      = 56
	fnAnnotations = 60
	fnWeaklist    = 64 // the weak references' list head (not a counted reference)
	fnCodeIndex   = 68
	fnSize        = 72

	cellContents = 16
	cellSize     = 20

	methFunc = 16
	methSelf = 20
	methSize = 24

	// staticmethod / classmethod: callable, dict
	smCallable = 16
	smDict     = 20
	smSize     = 24

	// property: fget fset fdel doc name
	propGet  = 16
	propSet  = 20
	propDel  = 24
	propDoc  = 28
	propName = 32
	propSize = 36
)

var fnFields = []uintptr{fnCode, fnGlobals, fnBuiltins, fnName, fnQualname, fnDefaults, fnKwdefaults, fnClosure,
	fnDict, fnDoc, fnModule, fnAnnotations}

func (in *Interp) field(r Ref, off uintptr) Ref { return *in.RT.RefAt(r, off) }

// defaultsCover reports whether function fn's defaults supply its last missing
// positional parameters (the inline CALL's test for f(a) of def f(a, b=2)).
func (in *Interp) defaultsCover(fn Ref, missing int) bool {
	d := *in.RT.RefAt(fn, fnDefaults)
	return d != Nil && in.RT.TupleLen(d) >= missing
}

// fillDefaults stores new references to fn's defaults in lp[n:argc], the
// parameters the call did not give (defaultsCover said there are enough), and
// returns argc.
func (in *Interp) fillDefaults(fn Ref, lp []Ref, n, argc int) int {
	rt := in.RT
	d := rt.TupleItems(*rt.RefAt(fn, fnDefaults))
	d = d[len(d)-(argc-n):]
	for i, v := range d {
		rt.Incref(v)
		lp[n+i] = v
	}
	return argc
}

func (in *Interp) refsType(name string, size uintptr, offs []uintptr, flags object.TypeFlags, setup func(t *object.Type)) *object.Type {
	return in.RT.NewStaticType(name, nil, size, flags|object.TypeGC, func(t *object.Type) {
		t.Dealloc = func(rt *object.Runtime, r Ref) {
			rt.Untrack(r)
			for _, o := range offs {
				rt.Replace(rt.RefAt(r, o), Nil)
			}
			rt.FreeObject(r)
		}
		t.Traverse = func(rt *object.Runtime, r Ref, visit object.VisitFunc) bool {
			for _, o := range offs {
				if v := *rt.RefAt(r, o); v != Nil && !visit(v) {
					return false
				}
			}
			return true
		}
		t.Clear = func(rt *object.Runtime, r Ref) {
			for _, o := range offs {
				rt.Replace(rt.RefAt(r, o), Nil)
			}
		}
		if setup != nil {
			setup(t)
		}
	})
}

func (in *Interp) getter(off uintptr) func(rt *object.Runtime, self Ref) Ref {
	return func(rt *object.Runtime, self Ref) Ref {
		v := *rt.RefAt(self, off)
		if v == Nil {
			return rt.None
		}
		return rt.New(v)
	}
}

func (in *Interp) setter(off uintptr) func(rt *object.Runtime, self, v Ref) int {
	return func(rt *object.Runtime, self, v Ref) int {
		if v == rt.None {
			v = Nil
		}
		rt.Incref(v)
		rt.Replace(rt.RefAt(self, off), v)
		return 0
	}
}

func (in *Interp) initTypes() {
	rt := in.RT
	in.CodeType = rt.NewStaticType("code", nil, codeSize, 0, func(t *object.Type) {
		t.Dealloc = in.codeDealloc
		t.Repr = func(rt *object.Runtime, r Ref) Ref {
			ci := in.codeOf(r)
			return rt.NewStr(fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>", ci.c.Name, rt.ID(r), ci.c.Filename, ci.c.FirstLine))
		}
		t.GetSets = []object.GetSetDef{
			{Name: "co_name", Get: func(rt *object.Runtime, r Ref) Ref { return rt.New(in.codeOf(r).name) }},
			{Name: "co_qualname", Get: func(rt *object.Runtime, r Ref) Ref { return rt.New(in.codeOf(r).qual) }},
			{Name: "co_filename", Get: func(rt *object.Runtime, r Ref) Ref { return rt.New(in.codeOf(r).file) }},
			{Name: "co_firstlineno", Get: func(rt *object.Runtime, r Ref) Ref { return rt.NewInt(int64(in.codeOf(r).c.FirstLine)) }},
			{Name: "co_argcount", Get: func(rt *object.Runtime, r Ref) Ref { return rt.NewInt(int64(in.codeOf(r).c.ArgCount)) }},
			{Name: "co_posonlyargcount", Get: func(rt *object.Runtime, r Ref) Ref { return rt.NewInt(int64(in.codeOf(r).c.PosOnlyCount)) }},
			{Name: "co_kwonlyargcount", Get: func(rt *object.Runtime, r Ref) Ref { return rt.NewInt(int64(in.codeOf(r).c.KwOnlyCount)) }},
			{Name: "co_flags", Get: func(rt *object.Runtime, r Ref) Ref { return rt.NewInt(int64(in.codeOf(r).c.Flags)) }},
			{Name: "co_nlocals", Get: func(rt *object.Runtime, r Ref) Ref { return rt.NewInt(int64(len(in.codeOf(r).c.VarNames))) }},
			{Name: "co_varnames", Get: func(rt *object.Runtime, r Ref) Ref {
				ci := in.codeOf(r)
				return rt.TupleFrom(ci.varname[:len(ci.c.VarNames)]...)
			}},
			{Name: "co_cellvars", Get: func(rt *object.Runtime, r Ref) Ref {
				ci := in.codeOf(r)
				n := len(ci.c.VarNames)
				return rt.TupleFrom(ci.varname[n : n+len(ci.c.CellVars)]...)
			}},
			{Name: "co_freevars", Get: func(rt *object.Runtime, r Ref) Ref {
				ci := in.codeOf(r)
				n := len(ci.c.VarNames) + len(ci.c.CellVars)
				return rt.TupleFrom(ci.varname[n:]...)
			}},
			{Name: "co_names", Get: func(rt *object.Runtime, r Ref) Ref { return rt.TupleFrom(in.codeOf(r).names...) }},
			{Name: "co_consts", Get: func(rt *object.Runtime, r Ref) Ref { return rt.TupleFrom(in.codeOf(r).consts...) }},
			{Name: "co_code", Get: func(rt *object.Runtime, r Ref) Ref {
				ci := in.codeOf(r)
				b := make([]byte, 0, len(ci.instrs)*4)
				for _, x := range ci.instrs {
					b = append(b, byte(x), byte(x>>8), byte(x>>16), byte(x>>24))
				}
				return rt.NewBytes(b)
			}},
		}
	})
	in.FunctionType = in.refsType("function", fnSize, fnFields, object.TypeWeakrefable|object.TypeMethodDescriptor, func(t *object.Type) {
		t.DictOffset = fnDict
		t.WeaklistOffset = fnWeaklist
		t.Call = in.callFunctionSlot
		t.DescrGet = func(rt *object.Runtime, f, obj, typ Ref) Ref {
			if obj == Nil || obj == rt.None && typ != Nil && typ != rt.NoneType.Ref {
				if obj == Nil {
					return rt.New(f)
				}
			}
			return in.NewMethod(f, obj)
		}
		t.Repr = func(rt *object.Runtime, f Ref) Ref {
			return rt.NewStr(fmt.Sprintf("<function %s at %#x>", rt.GoString(in.field(f, fnQualname)), rt.ID(f)))
		}
		t.GetSets = []object.GetSetDef{
			{Name: "__name__", Get: in.getter(fnName), Set: in.setter(fnName)},
			{Name: "__qualname__", Get: in.getter(fnQualname), Set: in.setter(fnQualname)},
			{Name: "__code__", Get: in.getter(fnCode), Set: func(rt *object.Runtime, f, v Ref) int {
				if v == Nil || rt.TypeOf(v) != in.CodeType {
					rt.Raise("TypeError", "__code__ must be set to a code object")
					return -1
				}
				nfree := 0
				if c := in.field(f, fnClosure); c != Nil {
					nfree = rt.TupleLen(c)
				}
				if n := len(in.codeOf(v).c.FreeVars); n != nfree {
					rt.Raise("ValueError", "%s() requires a code object with %d free vars, not %d", in.fnName(f), nfree, n)
					return -1
				}
				in.codeRevive(v)
				rt.Incref(v)
				rt.Replace(rt.RefAt(f, fnCode), v)
				*rt.Uint32At(f, fnCodeIndex) = *rt.Uint32At(v, codeOffIndex)
				return 0
			}},
			{Name: "__globals__", Get: in.getter(fnGlobals)},
			{Name: "__closure__", Get: in.getter(fnClosure)},
			{Name: "__doc__", Get: in.getter(fnDoc), Set: in.setter(fnDoc)},
			{Name: "__module__", Get: in.getter(fnModule), Set: in.setter(fnModule)},
			{Name: "__defaults__", Get: in.getter(fnDefaults), Set: in.setter(fnDefaults)},
			{Name: "__kwdefaults__", Get: in.getter(fnKwdefaults), Set: in.setter(fnKwdefaults)},
			{Name: "__builtins__", Get: in.getter(fnBuiltins)},
			{Name: "__dict__", Get: func(rt *object.Runtime, f Ref) Ref {
				d := rt.RefAt(f, fnDict)
				if *d == Nil {
					*d = rt.NewDict()
				}
				return rt.New(*d)
			}},
			{Name: "__annotations__", Get: func(rt *object.Runtime, f Ref) Ref {
				d := rt.RefAt(f, fnAnnotations)
				if *d == Nil {
					*d = rt.NewDict()
				}
				return rt.New(*d)
			}, Set: func(rt *object.Runtime, f, v Ref) int {
				rt.Incref(v)
				rt.Replace(rt.RefAt(f, fnAnnotations), v)
				return 0
			}},
		}
	})
	in.CellType = in.refsType("cell", cellSize, []uintptr{cellContents}, 0, func(t *object.Type) {
		t.GetSets = []object.GetSetDef{{Name: "cell_contents", Get: func(rt *object.Runtime, c Ref) Ref {
			v := *rt.RefAt(c, cellContents)
			if v == Nil {
				rt.Raise("ValueError", "Cell is empty")
				return Nil
			}
			return rt.New(v)
		}, Set: func(rt *object.Runtime, c, v Ref) int {
			rt.Incref(v)
			rt.Replace(rt.RefAt(c, cellContents), v)
			return 0
		}}}
		t.Repr = func(rt *object.Runtime, c Ref) Ref {
			v := *rt.RefAt(c, cellContents)
			if v == Nil {
				return rt.NewStr(fmt.Sprintf("<cell at %#x: empty>", rt.ID(c)))
			}
			return rt.NewStr(fmt.Sprintf("<cell at %#x: %s object at %#x>", rt.ID(c), rt.TypeNameOf(v), rt.ID(v)))
		}
	})
	in.MethodType = in.refsType("method", methSize, []uintptr{methFunc, methSelf}, 0, func(t *object.Type) {
		t.Call = func(rt *object.Runtime, m Ref, args []Ref, kwnames Ref) Ref {
			f, self := in.field(m, methFunc), in.field(m, methSelf)
			return in.callPrepend(f, self, args, kwnames)
		}
		t.GetAttr = func(rt *object.Runtime, m, name Ref) Ref {
			r := rt.GenericGetAttr(m, name)
			if r == Nil && rt.ErrMatchesName("AttributeError") {
				rt.ClearErr()
				return rt.GetAttr(in.field(m, methFunc), name)
			}
			return r
		}
		t.RichCompare = func(rt *object.Runtime, a, b Ref, op object.CompareOp) Ref {
			if (op != object.EQ && op != object.NE) || rt.TypeOf(b) != in.MethodType {
				return rt.New(rt.NotImplemented)
			}
			eq := in.field(a, methFunc) == in.field(b, methFunc) && in.field(a, methSelf) == in.field(b, methSelf)
			return rt.NewBool(eq == (op == object.EQ))
		}
		t.Hash = func(rt *object.Runtime, m Ref) (int64, bool) {
			return object.HashPointer(in.field(m, methFunc)) ^ object.HashPointer(in.field(m, methSelf)), true
		}
		t.Repr = func(rt *object.Runtime, m Ref) Ref {
			f := in.field(m, methFunc)
			name := "?"
			if q := rt.GetAttrString(f, "__qualname__"); q != Nil {
				name = rt.GoString(q)
				rt.Decref(q)
			} else {
				rt.ClearErr()
			}
			sr := rt.Repr(in.field(m, methSelf))
			if sr == Nil {
				return Nil
			}
			defer rt.Decref(sr)
			return rt.NewStr(fmt.Sprintf("<bound method %s of %s>", name, rt.GoString(sr)))
		}
		t.GetSets = []object.GetSetDef{
			{Name: "__func__", Get: in.getter(methFunc)},
			{Name: "__self__", Get: in.getter(methSelf)},
			{Name: "__doc__", Get: func(rt *object.Runtime, m Ref) Ref {
				return rt.GetAttr(in.field(m, methFunc), in.Str("__doc__"))
			}},
		}
		// types.MethodType(function, instance)
		t.New = func(rt *object.Runtime, _ *object.Type, args []Ref, kw Ref) Ref {
			if rt.NumKwargs(kw) > 0 {
				rt.Raise("TypeError", "method() takes no keyword arguments")
				return Nil
			}
			if len(args) != 2 {
				rt.Raise("TypeError", "method expected 2 arguments, got %d", len(args))
				return Nil
			}
			if rt.TypeOf(args[0]).Call == nil {
				rt.Raise("TypeError", "first argument must be callable")
				return Nil
			}
			if args[1] == rt.None {
				rt.Raise("TypeError", "instance must not be None")
				return Nil
			}
			return in.NewMethod(args[0], args[1])
		}
	})
	in.initDescrTypes()
	in.initTraceback()
	in.initGenerator()
	in.initSuper()
	in.initFrameType()
	in.initUnion()
	in.initGenericAlias()
}

// NewFunction returns a new function for a code object (borrowed) with globals.
func (in *Interp) NewFunction(code, globals Ref) Ref {
	rt := in.RT
	f := rt.AllocObject(in.FunctionType, fnSize)
	if f == Nil {
		return Nil
	}
	ci := in.codeOf(code)
	in.codeRevive(code)
	*rt.RefAt(f, fnCode) = rt.New(code)
	*rt.Uint32At(f, fnCodeIndex) = *rt.Uint32At(code, codeOffIndex)
	*rt.RefAt(f, fnGlobals) = rt.New(globals)
	*rt.RefAt(f, fnBuiltins) = rt.New(in.Builtins)
	*rt.RefAt(f, fnName) = rt.New(ci.name)
	*rt.RefAt(f, fnQualname) = rt.New(ci.qual)
	if ci.c.Flags&compile.FlagOptimized != 0 && len(ci.consts) > 0 {
		*rt.RefAt(f, fnDoc) = rt.New(ci.consts[0])
	}
	if in.dunderName == Nil {
		in.dunderName = in.Str("__name__")
	}
	if m := rt.DictGetStr(globals, in.dunderName); m != Nil {
		*rt.RefAt(f, fnModule) = rt.New(m)
	}
	rt.Track(f)
	return f
}

// NewMethod binds f to self.
func (in *Interp) NewMethod(f, self Ref) Ref {
	rt := in.RT
	m := rt.AllocObject(in.MethodType, methSize)
	if m == Nil {
		return Nil
	}
	*rt.RefAt(m, methFunc) = rt.New(f)
	*rt.RefAt(m, methSelf) = rt.New(self)
	rt.Track(m)
	return m
}

// NewCell returns a new cell holding v (borrowed; Nil for empty).
func (in *Interp) NewCell(v Ref) Ref {
	rt := in.RT
	c := rt.AllocObject(in.CellType, cellSize)
	if c == Nil {
		return Nil
	}
	*rt.RefAt(c, cellContents) = rt.New(v)
	rt.Track(c)
	return c
}

func (in *Interp) isFunction(r Ref) bool {
	return r&1 == 0 && r != Nil && in.RT.TypeOf(r) == in.FunctionType
}

// callFunctionSlot calls a Python function from Go: a new frame, run to completion.
func (in *Interp) callFunctionSlot(rt *object.Runtime, fn Ref, args []Ref, kwnames Ref) Ref {
	if in.Budget > 0 && in.overBudget() {
		return Nil
	}
	f := in.setupCall(fn, args, kwnames)
	if f == nil {
		return Nil
	}
	if f.isGen {
		return in.makeGenerator(f)
	}
	f.entry = true
	return in.run(f)
}

// setupCall makes the frame of a call to Python function fn, with its arguments
// bound; nil with an exception set on error.
func (in *Interp) setupCall(fn Ref, args []Ref, kwnames Ref) *Frame {
	rt := in.RT
	ci := in.codes[*in.RT.Uint32At(fn, fnCodeIndex)]
	c := ci.c
	isGen := c.Flags&compile.FlagGenerator != 0
	if in.depth >= in.limit && !isGen {
		rt.Raise("RecursionError", "maximum recursion depth exceeded")
		return nil
	}
	f := in.newFrame(ci, isGen)
	if f == nil {
		return nil
	}
	f.fn = rt.New(fn)
	f.globals = in.field(fn, fnGlobals)
	f.builtins = in.field(fn, fnBuiltins)
	if kwnames == Nil && len(args) == ci.simpleArgc {
		// Exactly the positional parameters (a key function, map, a slot's
		// dunder): the borrowed arguments are the locals, without bindArgs.
		for i, a := range args {
			rt.Incref(a)
			f.lp[i] = a
		}
	} else if !in.bindArgs(fn, ci, f.lp, args, kwnames) {
		in.dropFrame(f)
		return nil
	}
	if ci.hasCells {
		in.initCells(f, in.field(fn, fnClosure))
	}
	return f
}

// enterCall makes the frame of a call of the Python function fn, which is a
// reference the frame takes over, with the arguments args: references in the
// caller's value stack that it gives up (args is cleared). When they match the
// parameters exactly they are moved into the new frame's locals, with no count
// changed; otherwise they are bound as setupCall binds them and released. It
// returns nil with an exception set on error.
func (in *Interp) enterCall(fn Ref, args []Ref, kwnames Ref) *Frame {
	rt := in.RT
	ci := in.codes[*in.RT.Uint32At(fn, fnCodeIndex)]
	isGen := ci.flags&compile.FlagGenerator != 0
	var nf *Frame
	if in.depth >= in.limit && !isGen {
		rt.Raise("RecursionError", "maximum recursion depth exceeded")
	} else {
		nf = in.newFrame(ci, isGen)
	}
	if nf == nil {
		releaseAll(rt, args)
		rt.Decref(fn)
		return nil
	}
	nf.fn = fn
	nf.globals = in.field(fn, fnGlobals)
	nf.builtins = in.field(fn, fnBuiltins)
	if kwnames == Nil && len(args) == ci.argCount && ci.kwOnlyCount == 0 && ci.flags&(compile.FlagVarArgs|compile.FlagVarKw) == 0 {
		for i, a := range args { // a move: the counted loop beats memmove+memclr calls for a few Refs
			nf.lp[i] = a
			args[i] = Nil
		}
	} else {
		ok := in.bindArgs(fn, ci, nf.lp, args, kwnames)
		releaseAll(rt, args)
		if !ok {
			in.dropFrame(nf)
			return nil
		}
	}
	if ci.hasCells {
		in.initCells(nf, in.field(fn, fnClosure))
	}
	return nf
}

// releaseAll drops the references in refs and clears it.
func releaseAll(rt *object.Runtime, refs []Ref) {
	for i, v := range refs {
		refs[i] = Nil
		rt.Decref(v)
	}
}

// initCells makes the frame's cells and copies the closure's (CPython's MAKE_CELL
// and COPY_FREE_VARS).
func (in *Interp) initCells(f *Frame, closure Ref) {
	rt := in.RT
	c := f.code.c
	n := len(c.VarNames)
	for i, arg := range c.Cell2Arg {
		var v Ref
		if arg >= 0 {
			v = f.lp[arg]
		}
		f.lp[n+i] = in.NewCell(v)
	}
	if closure != Nil {
		items := rt.TupleItems(closure)
		base := n + len(c.CellVars)
		for i, cell := range items {
			f.lp[base+i] = rt.New(cell)
		}
	}
}

func (in *Interp) fnName(fn Ref) string {
	return in.RT.GoString(in.field(fn, fnQualname))
}

// bindArgs stores the arguments of a call in the frame's locals, with CPython's
// errors for every mismatch.
func (in *Interp) bindArgs(fn Ref, ci *codeInfo, lp []Ref, args []Ref, kwnames Ref) bool {
	rt := in.RT
	c := ci.c
	nkw := 0
	if kwnames != Nil {
		nkw = rt.TupleLen(kwnames)
	}
	npos := len(args) - nkw
	argc := c.ArgCount
	if nkw == 0 && npos == argc && c.KwOnlyCount == 0 && c.Flags&(compile.FlagVarArgs|compile.FlagVarKw) == 0 {
		// The common call: exactly the positional parameters.
		for i, a := range args {
			rt.Incref(a)
			lp[i] = a
		}
		return true
	}
	total := argc + c.KwOnlyCount
	// Positional.
	n := npos
	if n > argc {
		n = argc
	}
	for i := 0; i < n; i++ {
		lp[i] = rt.New(args[i])
	}
	vararg := -1
	if c.Flags&compile.FlagVarArgs != 0 {
		vararg = total
		var t Ref
		if npos > argc {
			t = rt.TupleFrom(args[argc:npos]...)
		} else {
			t = rt.New(rt.EmptyTuple)
		}
		lp[vararg] = t
	} else if npos > argc {
		// Too many positional arguments.
		defaults := in.field(fn, fnDefaults)
		nd := 0
		if defaults != Nil {
			nd = rt.TupleLen(defaults)
		}
		kwonlyGiven := 0
		for i := 0; i < nkw; i++ {
			k := rt.GoString(rt.TupleItems(kwnames)[i])
			for j := argc; j < total; j++ {
				if c.VarNames[j] == k {
					kwonlyGiven++
				}
			}
		}
		var takes string
		if nd > 0 {
			takes = fmt.Sprintf("from %d to %d positional arguments", argc-nd, argc)
		} else {
			takes = fmt.Sprintf("%d positional argument%s", argc, plural(argc))
		}
		given := fmt.Sprintf("%d", npos)
		verb := "were"
		if npos == 1 {
			verb = "was"
		}
		if kwonlyGiven > 0 {
			given = fmt.Sprintf("%d positional argument%s (and %d keyword-only argument%s)", npos, plural(npos), kwonlyGiven, plural(kwonlyGiven))
		}
		rt.Raise("TypeError", "%s() takes %s but %s %s given", in.fnName(fn), takes, given, verb)
		return false
	}
	var kwdict Ref
	if c.Flags&compile.FlagVarKw != 0 {
		kwdict = rt.NewDict()
		idx := total
		if vararg >= 0 {
			idx++
		}
		lp[idx] = kwdict
	}
	// Keywords.
	var posOnlyAsKw []string
	for i := 0; i < nkw; i++ {
		key := rt.TupleItems(kwnames)[i]
		val := args[npos+i]
		j := -1
		for p := c.PosOnlyCount; p < total; p++ {
			if ci.varname[p] == key { // interned names: the usual match
				j = p
				break
			}
		}
		var ks string
		if j < 0 {
			ks = rt.GoString(key)
			for p := c.PosOnlyCount; p < total; p++ {
				if c.VarNames[p] == ks {
					j = p
					break
				}
			}
		} else {
			ks = c.VarNames[j]
		}
		if j < 0 {
			if kwdict != Nil {
				rt.DictSetItem(kwdict, key, val)
				continue
			}
			for p := 0; p < c.PosOnlyCount; p++ {
				if c.VarNames[p] == ks {
					posOnlyAsKw = append(posOnlyAsKw, ks)
					j = -2
				}
			}
			if j == -2 {
				continue
			}
			rt.Raise("TypeError", "%s() got an unexpected keyword argument '%s'", in.fnName(fn), ks)
			return false
		}
		if lp[j] != Nil {
			rt.Raise("TypeError", "%s() got multiple values for argument '%s'", in.fnName(fn), ks)
			return false
		}
		lp[j] = rt.New(val)
	}
	if len(posOnlyAsKw) > 0 {
		rt.Raise("TypeError", "%s() got some positional-only arguments passed as keyword arguments: '%s'", in.fnName(fn), strings.Join(posOnlyAsKw, ", "))
		return false
	}
	// Defaults and missing arguments.
	if npos < argc {
		defaults := in.field(fn, fnDefaults)
		nd := 0
		if defaults != Nil {
			nd = rt.TupleLen(defaults)
		}
		var missing []string
		for i := npos; i < argc; i++ {
			if lp[i] != Nil {
				continue
			}
			if di := i - (argc - nd); di >= 0 {
				lp[i] = rt.New(rt.TupleItems(defaults)[di])
				continue
			}
			missing = append(missing, c.VarNames[i])
		}
		if len(missing) > 0 {
			rt.Raise("TypeError", "%s() missing %d required positional argument%s: %s", in.fnName(fn), len(missing), plural(len(missing)), quoteList(missing))
			return false
		}
	}
	if c.KwOnlyCount > 0 {
		kwdefaults := in.field(fn, fnKwdefaults)
		var missing []string
		for i := argc; i < total; i++ {
			if lp[i] != Nil {
				continue
			}
			if kwdefaults != Nil {
				if v := rt.DictGetItem(kwdefaults, ci.varname[i]); v != Nil {
					lp[i] = rt.New(v)
					continue
				}
			}
			missing = append(missing, c.VarNames[i])
		}
		if len(missing) > 0 {
			rt.Raise("TypeError", "%s() missing %d required keyword-only argument%s: %s", in.fnName(fn), len(missing), plural(len(missing)), quoteList(missing))
			return false
		}
	}
	return true
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}
