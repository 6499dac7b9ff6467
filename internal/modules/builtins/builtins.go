// Package builtins is the builtins module: every function and type name of
// CPython 3.11's builtins except the async ones (aiter, anext), complex and the
// exception groups; site.go adds what CPython's site module adds (help, exit, ...).
package builtins

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/pyheap/pyheap/internal/object"
	"github.com/pyheap/pyheap/internal/vm"
)

type Ref = object.Ref

const Nil = object.Nil

type mod struct {
	in  *vm.Interp
	rt  *object.Runtime
	m   Ref
	itT struct{ enumerate, zip, mapT, filter, reversed *object.Type }
}

// Install creates the builtins module and fills the interpreter's builtins dict.
func Install(in *vm.Interp) {
	rt := in.RT
	b := &mod{in: in, rt: rt}
	m := rt.NewModule("builtins")
	b.m = m
	d := in.Builtins
	// The module's dict is the interpreter's builtins dict.
	md := rt.ModuleDict(m)
	pos := 0
	for {
		k, v, ok := rt.DictNext(md, &pos)
		if !ok {
			break
		}
		rt.DictSetItem(d, k, v)
	}
	*rt.RefAt(m, 16) = rt.New(d)
	rt.Decref(md)
	rt.DictSetItem(in.Modules, rt.InternString("builtins"), m)
	b.initIterTypes()
	in.AddClassGetItem(b.itT.enumerate)
	for name, t := range map[string]*object.Type{
		"object": rt.ObjectType, "type": rt.TypeType, "int": rt.IntType, "bool": rt.BoolType, "float": rt.FloatType,
		"str": rt.StrType, "bytes": rt.BytesType, "bytearray": rt.ByteArrayType, "tuple": rt.TupleType,
		"list": rt.ListType, "dict": rt.DictType, "set": rt.SetType, "frozenset": rt.FrozenSetType,
		"range": rt.RangeType, "slice": rt.SliceType, "staticmethod": in.StaticMethodType,
		"classmethod": in.ClassMethodType, "property": in.PropertyType, "super": in.SuperType,
		"enumerate": b.itT.enumerate, "zip": b.itT.zip, "map": b.itT.mapT, "filter": b.itT.filter,
		"reversed": b.itT.reversed, "memoryview": rt.MemoryViewType,
	} {
		rt.DictSetStr(d, name, t.Ref)
	}
	for _, n := range object.ExcTypeNames() {
		rt.DictSetStr(d, n, rt.ExcType(n).Ref)
	}
	rt.DictSetStr(d, "EnvironmentError", rt.ExcType("OSError").Ref)
	rt.DictSetStr(d, "IOError", rt.ExcType("OSError").Ref)
	rt.DictSetStr(d, "None", rt.None)
	rt.DictSetStr(d, "True", rt.True)
	rt.DictSetStr(d, "False", rt.False)
	rt.DictSetStr(d, "Ellipsis", rt.Ellipsis)
	rt.DictSetStr(d, "NotImplemented", rt.NotImplemented)
	rt.DictSetStr(d, "__debug__", rt.True)
	rt.DictSetStr(d, "__name__", rt.NewStr("builtins"))
	fns := map[string]object.MethodFunc{
		"print": b.print, "len": b.len, "repr": b.repr, "isinstance": b.isinstance, "issubclass": b.issubclass,
		"iter": b.iter, "next": b.next, "sorted": b.sorted, "min": b.minmax(object.LT, "min"),
		"max": b.minmax(object.GT, "max"), "sum": b.sum, "abs": b.abs, "any": b.anyAll(true), "all": b.anyAll(false),
		"getattr": b.getattr, "setattr": b.setattr, "hasattr": b.hasattr, "delattr": b.delattr, "id": b.id,
		"hash": b.hash, "callable": b.callable, "chr": b.chr, "ord": b.ord, "divmod": b.divmod, "pow": b.pow,
		"round": b.round, "hex": b.base(16, "0x"), "oct": b.base(8, "0o"), "bin": b.base(2, "0b"),
		"format": b.format, "ascii": b.ascii, "input": b.input, "dir": b.dir, "vars": b.vars,
		"globals": b.globals, "locals": b.locals, "exec": b.exec(false), "eval": b.exec(true),
		"compile": b.compile, "open": b.open, "__build_class__": nil, "__import__": b.importFn,
	}
	for name, fn := range fns {
		if fn == nil {
			continue
		}
		in.AddFunc(d, name, fn, m)
	}
	in.AddFunc(d, "__build_class__", in.BuildClass, m)
	b.installSite(d)
	for name, doc := range typeDocs {
		if v := rt.DictGetStr(d, in.Str(name)); v != Nil && rt.IsType(v) {
			t := rt.TypeFromRef(v)
			t.Doc = doc
			if td := rt.TypeDict(t); rt.DictGetStr(td, in.Str("__doc__")) == Nil {
				s := rt.NewStr(doc)
				rt.DictSetStr(td, "__doc__", s)
				rt.Decref(s)
			}
		}
	}
	for name, doc := range docs {
		if f := rt.DictGetStr(d, in.Str(name)); f != Nil && rt.TypeNameOf(f) == "builtin_function_or_method" {
			rt.SetBuiltinFunctionDoc(f, doc)
		}
	}
	// builtins is a module built into the binary: no package, spec or loader
	// objects (CPython's importlib machinery) stand behind it.
	rt.DictSetStr(d, "__package__", rt.EmptyStr)
	rt.DictSetStr(d, "__spec__", rt.None)
	rt.DictSetStr(d, "__loader__", rt.None)
}

func (b *mod) write(file Ref, s string) bool {
	rt := b.rt
	if file == Nil || file == rt.None {
		file = b.in.SysAttr("stdout")
		if file == Nil || file == rt.None {
			return true
		}
	}
	if w := b.in.GoWriter(file); w != nil {
		io.WriteString(w, s)
		return true
	}
	str := rt.NewStr(s)
	r := rt.CallMethod(file, "write", str)
	rt.Decref(str)
	if r == Nil {
		return false
	}
	rt.Decref(r)
	return true
}

// kwargs splits a call's args into the positional ones and the keyword ones, both
// read in place: builtins such as sorted(x, key=f) and min(xs, default=0) are called
// in loops, so the split makes no Go memory.
func kwargs(rt *object.Runtime, args []Ref, kwnames Ref) ([]Ref, kwArgs) {
	n := rt.NumKwargs(kwnames)
	pos := args[:len(args)-n]
	if n == 0 {
		return pos, kwArgs{}
	}
	return pos, kwArgs{rt: rt, names: rt.TupleItems(kwnames), vals: args[len(pos):]}
}

// kwArgs is the keyword part of a call: names[i] (a str, borrowed) was passed vals[i].
// The interpreter has already rejected a name given twice.
type kwArgs struct {
	rt    *object.Runtime
	names []Ref
	vals  []Ref
}

// Len returns the number of keyword arguments.
func (kw kwArgs) Len() int { return len(kw.vals) }

// is reports whether keyword i is named name.
func (kw kwArgs) is(i int, name string) bool { return kw.rt.StrEqualGo(kw.names[i], name) }

// name returns the name of keyword i as a Go string, for error messages.
func (kw kwArgs) name(i int) string { return kw.rt.GoString(kw.names[i]) }

// get returns the value passed for the keyword name.
func (kw kwArgs) get(name string) (Ref, bool) {
	for i, v := range kw.vals {
		if kw.is(i, name) {
			return v, true
		}
	}
	return Nil, false
}

func (b *mod) print(rt *object.Runtime, _ Ref, args []Ref, kwnames Ref) Ref {
	pos, kw := kwargs(rt, args, kwnames)
	sep, end := " ", "\n"
	var file Ref
	for i, v := range kw.vals {
		switch {
		case kw.is(i, "sep"), kw.is(i, "end"):
			if v != rt.None {
				if !rt.IsStr(v) {
					rt.Raise("TypeError", "%s must be None or a string, not %s", kw.name(i), rt.TypeNameOf(v))
					return Nil
				}
				if kw.is(i, "sep") {
					sep = rt.GoString(v)
				} else {
					end = rt.GoString(v)
				}
			}
		case kw.is(i, "file"):
			file = v
		case kw.is(i, "flush"):
		default:
			rt.Raise("TypeError", "'%s' is an invalid keyword argument for print()", kw.name(i))
			return Nil
		}
	}
	var sb strings.Builder
	for i, a := range pos {
		if i > 0 {
			sb.WriteString(sep)
		}
		var s Ref
		if rt.TypeOf(a) == rt.StrType {
			s = rt.New(a)
		} else {
			s = rt.Str(a)
		}
		if s == Nil {
			return Nil
		}
		sb.WriteString(rt.GoString(s))
		rt.Decref(s)
	}
	sb.WriteString(end)
	if !b.write(file, sb.String()) {
		return Nil
	}
	return rt.None
}

func (b *mod) len(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("len", args, kw, 1, 1) {
		return Nil
	}
	n := rt.Len(args[0])
	if n < 0 {
		return Nil
	}
	return rt.NewInt(int64(n))
}

func (b *mod) repr(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("repr", args, kw, 1, 1) {
		return Nil
	}
	return rt.Repr(args[0])
}

func (b *mod) ascii(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("ascii", args, kw, 1, 1) {
		return Nil
	}
	return rt.ReprASCII(args[0])
}

func (b *mod) classCheck(rt *object.Runtime, cls Ref, name string, obj Ref, check func(t *object.Type) int) int {
	items := b.in.UnionArgs(cls)
	if items == nil && rt.IsTuple(cls) {
		items = rt.TupleItems(cls)
	}
	if items != nil {
		for _, c := range items {
			r := b.classCheck(rt, c, name, obj, check)
			if r != 0 {
				return r
			}
		}
		return 0
	}
	if !rt.IsType(cls) {
		// A non-class with __instancecheck__ / __subclasscheck__ on its type
		// decides (types.GenericAlias refuses).
		hook := "__instancecheck__"
		if name == "issubclass" {
			hook = "__subclasscheck__"
		}
		if m := rt.LookupType(rt.TypeOf(cls), b.in.Str(hook)); m != Nil {
			r := rt.Call(m, []Ref{cls, obj}, Nil)
			if r == Nil {
				return -1
			}
			defer rt.Decref(r)
			return rt.IsTrue(r)
		}
		if name == "isinstance" {
			rt.Raise("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union")
		} else {
			rt.Raise("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union")
		}
		return -1
	}
	if meta := rt.TypeOf(cls); meta != rt.TypeType && meta.Flags&object.TypeHeapType != 0 {
		if name == "isinstance" && rt.TypeRefOf(obj) == cls {
			return 1
		}
		if r, ok := b.metaCheck(rt, meta, cls, name, obj); ok {
			return r
		}
	}
	return check(rt.TypeFromRef(cls))
}

// metaCheck calls __instancecheck__ or __subclasscheck__ of a class's metaclass
// written in Python (abc.ABCMeta's); ok is false when the metaclass has none of its
// own.
func (b *mod) metaCheck(rt *object.Runtime, meta *object.Type, cls Ref, name string, obj Ref) (int, bool) {
	hook := "__instancecheck__"
	if name == "issubclass" {
		hook = "__subclasscheck__"
	}
	key := rt.InternString(hook)
	attr := rt.LookupType(meta, key)
	rt.Decref(key)
	if attr == Nil || rt.LookupType(rt.TypeType, key) == attr {
		return 0, false
	}
	rt.Incref(attr)
	defer rt.Decref(attr)
	fn := attr
	if get := rt.TypeOf(attr).DescrGet; get != nil {
		if fn = get(rt, attr, cls, meta.Ref); fn == Nil {
			return -1, true
		}
		defer rt.Decref(fn)
	}
	if !rt.EnterRecursiveCall("") {
		return -1, true
	}
	r := rt.Call1(fn, obj)
	rt.LeaveRecursiveCall()
	if r == Nil {
		return -1, true
	}
	defer rt.Decref(r)
	return rt.IsTrue(r), true
}

// quickIsInstance decides isinstance(obj, cls) when that takes no code: cls is
// obj's exact type, a class whose metaclass is type (which has no
// __instancecheck__ of its own), or an exact tuple of those (CPython's
// object_recursive_isinstance tries the exact match first too). A "no" needs obj's
// __class__ to be its type (plainClass). It returns 1 or 0, or -1 when the
// general path must decide; an item it cannot decide ends the scan, so the
// general path runs every hook in order.
func quickIsInstance(rt *object.Runtime, obj, cls Ref) int {
	ot := rt.TypeRefOf(obj)
	if cls == ot {
		return 1
	}
	if cls&1 != 0 || cls == Nil {
		return -1
	}
	typeType := rt.TypeType.Ref
	t := rt.TypeFromRef(ot)
	switch rt.TypeRefOf(cls) {
	case typeType:
		if rt.IsSubtype(t, rt.TypeFromRef(cls)) {
			return 1
		}
	case rt.TupleType.Ref:
		for _, c := range rt.TupleItems(cls) {
			if c == ot {
				return 1
			}
			if c&1 != 0 || rt.TypeRefOf(c) != typeType {
				return -1
			}
			if rt.IsSubtype(t, rt.TypeFromRef(c)) {
				return 1
			}
		}
	default:
		return -1
	}
	if plainClass(t) {
		return 0
	}
	return -1
}

// plainClass reports whether every instance of t has t as its __class__: a
// built-in type with the generic attribute lookup (a class statement may define
// __class__, a proxy forwards it).
func plainClass(t *object.Type) bool {
	return t.Flags&object.TypeHeapType == 0 && t.GetAttr == nil
}

// classAttrCheck is the rest of CPython's object_isinstance once type(obj) is not
// a subclass of t: obj.__class__, when it is another class, is checked too.
func (b *mod) classAttrCheck(rt *object.Runtime, obj Ref, t *object.Type) int {
	if plainClass(rt.TypeOf(obj)) {
		return 0
	}
	icls, found := rt.LookupAttr(obj, b.in.Str("__class__"))
	if found <= 0 {
		return found
	}
	defer rt.Decref(icls)
	if icls != rt.TypeRefOf(obj) && rt.IsType(icls) && rt.IsSubtype(rt.TypeFromRef(icls), t) {
		return 1
	}
	return 0
}

func (b *mod) isinstance(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if len(args) == 2 && kw == Nil {
		if r := quickIsInstance(rt, args[0], args[1]); r >= 0 {
			return rt.NewBool(r == 1)
		}
	}
	if !rt.CheckArgs("isinstance", args, kw, 2, 2) {
		return Nil
	}
	obj := args[0]
	r := b.classCheck(rt, args[1], "isinstance", obj, func(t *object.Type) int {
		if rt.IsInstance(obj, t) {
			return 1
		}
		return b.classAttrCheck(rt, obj, t)
	})
	if r < 0 {
		return Nil
	}
	return rt.NewBool(r == 1)
}

func (b *mod) issubclass(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("issubclass", args, kw, 2, 2) {
		return Nil
	}
	if !rt.IsType(args[0]) {
		rt.Raise("TypeError", "issubclass() arg 1 must be a class")
		return Nil
	}
	sub := rt.TypeFromRef(args[0])
	r := b.classCheck(rt, args[1], "issubclass", args[0], func(t *object.Type) int {
		if rt.IsSubtype(sub, t) {
			return 1
		}
		return 0
	})
	if r < 0 {
		return Nil
	}
	return rt.NewBool(r == 1)
}

func (b *mod) iter(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("iter", args, kw, 1, 2) {
		return Nil
	}
	if len(args) == 2 {
		return b.callIter(args[0], args[1])
	}
	return rt.Iter(args[0])
}

func (b *mod) next(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("next", args, kw, 1, 2) {
		return Nil
	}
	t := rt.TypeOf(args[0])
	if t.Next == nil {
		rt.Raise("TypeError", "'%s' object is not an iterator", t.Name)
		return Nil
	}
	v := t.Next(rt, args[0])
	if v != Nil {
		return v
	}
	if rt.Occurred() {
		if len(args) == 2 && rt.ErrMatchesName("StopIteration") {
			rt.ClearErr()
			return rt.New(args[1])
		}
		return Nil
	}
	if len(args) == 2 {
		return rt.New(args[1])
	}
	e := rt.NewException(rt.ExcType("StopIteration"), rt.EmptyTuple)
	rt.Restore(e)
	return Nil
}

func (b *mod) sorted(rt *object.Runtime, _ Ref, args []Ref, kwnames Ref) Ref {
	pos, kw := kwargs(rt, args, kwnames)
	if len(pos) != 1 {
		rt.Raise("TypeError", "sorted expected 1 argument, got %d", len(pos))
		return Nil
	}
	key, reverse := Ref(rt.None), false
	for i, v := range kw.vals {
		switch {
		case kw.is(i, "key"):
			key = v
		case kw.is(i, "reverse"):
			n, ok := rt.AsIndex(v, "OverflowError")
			if !ok {
				return Nil
			}
			reverse = n != 0
		default:
			rt.Raise("TypeError", "'%s' is an invalid keyword argument for sort()", kw.name(i))
			return Nil
		}
	}
	l := rt.SequenceList(pos[0])
	if l == Nil {
		return Nil
	}
	if key == rt.None {
		key = Nil
	}
	if rt.ListSort(l, key, reverse) < 0 {
		rt.Decref(l)
		return Nil
	}
	return l
}

func (b *mod) minmax(op object.CompareOp, name string) object.MethodFunc {
	return func(rt *object.Runtime, _ Ref, args []Ref, kwnames Ref) Ref {
		pos, kw := kwargs(rt, args, kwnames)
		var key, def Ref
		for i, v := range kw.vals {
			switch {
			case kw.is(i, "key"):
				if v != rt.None {
					key = v
				}
			case kw.is(i, "default"):
				def = v
			default:
				rt.Raise("TypeError", "'%s' is an invalid keyword argument for %s()", kw.name(i), name)
				return Nil
			}
		}
		if len(pos) == 1 && key == Nil {
			if r := minmaxNumbers(rt, pos[0], op); r != Nil {
				return r
			}
		}
		var it Ref
		var items []Ref // min(a, b, ...): the arguments themselves, without an iterator
		switch len(pos) {
		case 0:
			rt.Raise("TypeError", "%s expected at least 1 argument, got 0", name)
			return Nil
		case 1:
			it = rt.Iter(pos[0])
			if it == Nil {
				return Nil
			}
			defer rt.Decref(it)
		default:
			if def != Nil {
				rt.Raise("TypeError", "Cannot specify a default for %s() with multiple positional arguments", name)
				return Nil
			}
			items = pos
		}
		var best, bestKey Ref
		for i := 0; ; i++ {
			var v Ref
			if it != Nil {
				v = rt.Next(it)
			} else if i < len(items) {
				v = rt.New(items[i])
			}
			if v == Nil {
				if rt.Occurred() {
					rt.Decref(best)
					rt.Decref(bestKey)
					return Nil
				}
				break
			}
			k := v
			if key != Nil {
				k = rt.Call1(key, v)
				if k == Nil {
					rt.Decref(v)
					rt.Decref(best)
					rt.Decref(bestKey)
					return Nil
				}
			} else {
				rt.Incref(k)
			}
			if best == Nil {
				best, bestKey = v, k
				continue
			}
			c := rt.RichCompareBool(k, bestKey, op)
			if c < 0 {
				rt.Decref(v)
				rt.Decref(k)
				rt.Decref(best)
				rt.Decref(bestKey)
				return Nil
			}
			if c == 1 {
				rt.Decref(best)
				rt.Decref(bestKey)
				best, bestKey = v, k
			} else {
				rt.Decref(v)
				rt.Decref(k)
			}
		}
		rt.Decref(bestKey)
		if best == Nil {
			if def != Nil {
				return rt.New(def)
			}
			rt.Raise("ValueError", "%s() arg is an empty sequence", name)
			return Nil
		}
		return best
	}
}

// minmaxNumbers is min(seq) or max(seq) (op LT or GT) for an exact list or tuple
// of small ints only, or of exact floats only: the comparisons made here, as
// RichCompareBool would make them (the first of equal values wins; a NaN compares
// false), without an iterator or a call per item. It returns Nil for anything else.
func minmaxNumbers(rt *object.Runtime, seq Ref, op object.CompareOp) Ref {
	var items []Ref
	switch rt.TypeOf(seq) {
	case rt.ListType:
		items = rt.ListItems(seq)
	case rt.TupleType:
		items = rt.TupleItems(seq)
	default:
		return Nil
	}
	if len(items) == 0 {
		return Nil
	}
	best := items[0]
	if best&1 != 0 {
		for _, v := range items[1:] {
			if v&1 == 0 {
				return Nil
			}
			if op == object.LT && v.SmallInt() < best.SmallInt() || op == object.GT && v.SmallInt() > best.SmallInt() {
				best = v
			}
		}
		return best
	}
	if rt.TypeOf(best) != rt.FloatType {
		return Nil
	}
	for _, v := range items[1:] {
		if v&1 != 0 || rt.TypeOf(v) != rt.FloatType {
			return Nil
		}
	}
	x := rt.FloatValue(best)
	for _, v := range items[1:] {
		if y := rt.FloatValue(v); op == object.LT && y < x || op == object.GT && y > x {
			best, x = v, y
		}
	}
	return rt.New(best)
}

func (b *mod) sum(rt *object.Runtime, _ Ref, args []Ref, kwnames Ref) Ref {
	var start Ref = object.MakeSmallInt(0)
	pos := args
	if kwnames != Nil || len(args) != 1 {
		var kw kwArgs
		pos, kw = kwargs(rt, args, kwnames)
		if len(pos) < 1 {
			rt.Raise("TypeError", "sum() takes at least 1 positional argument (%d given)", len(pos))
			return Nil
		}
		if len(pos) > 2 {
			rt.Raise("TypeError", "sum() takes at most 2 arguments (%d given)", len(pos))
			return Nil
		}
		if len(pos) == 2 {
			start = pos[1]
		}
		if v, ok := kw.get("start"); ok {
			start = v
		}
	}
	if start&1 == 0 {
		if rt.IsStr(start) {
			rt.Raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]")
			return Nil
		}
		if rt.IsInstance(start, rt.BytesType) {
			rt.Raise("TypeError", "sum() can't sum bytes [use b''.join(seq) instead]")
			return Nil
		}
		if rt.IsInstance(start, rt.ByteArrayType) {
			rt.Raise("TypeError", "sum() can't sum bytearray [use b''.join(seq) instead]")
			return Nil
		}
	}
	s := sumState{seq: pos[0]}
	if !s.open(rt) {
		return Nil
	}
	defer s.close(rt)
	return s.run(rt, rt.New(start))
}

// addItem returns total + v, taking both references (total Nil: an allocation
// failed, and v is dropped); Nil on error.
func addItem(rt *object.Runtime, total, v Ref) Ref {
	if total == Nil {
		rt.Decref(v)
		return Nil
	}
	r := rt.BinaryOp(total, v, object.OpAdd)
	rt.Decref(total)
	rt.Decref(v)
	return r
}

// sumState walks sum()'s iterable: an exact list or tuple by index (no
// iterator object; the length is read again at each step, as a list iterator
// does, since adding can run code that changes a list), anything else through
// its iterator.
type sumState struct {
	seq, it Ref
	i       int
	kind    int // 0: iterator, 1: list, 2: tuple
}

func (s *sumState) open(rt *object.Runtime) bool {
	switch {
	case s.seq&1 == 0 && rt.TypeRefOf(s.seq) == rt.ListType.Ref:
		s.kind = 1
	case s.seq&1 == 0 && rt.TypeRefOf(s.seq) == rt.TupleType.Ref:
		s.kind = 2
	default:
		s.it = rt.Iter(s.seq)
	}
	return s.kind != 0 || s.it != Nil
}

func (s *sumState) close(rt *object.Runtime) {
	if s.it != Nil {
		rt.Decref(s.it)
	}
}

// next returns the next item (a new reference), or Nil at the end or on an
// error (rt.Occurred tells).
func (s *sumState) next(rt *object.Runtime) Ref {
	switch s.kind {
	case 1:
		if s.i >= rt.ListLen(s.seq) {
			return Nil
		}
		v := rt.ListItems(s.seq)[s.i]
		s.i++
		return rt.New(v)
	case 2:
		if s.i >= rt.TupleLen(s.seq) {
			return Nil
		}
		v := rt.TupleItems(s.seq)[s.i]
		s.i++
		return rt.New(v)
	}
	return rt.Next(s.it)
}

// run is CPython 3.11's builtin_sum_impl from acc (a reference it takes): an
// exact int start sums ints in an int64 while they fit; an exact float sums
// floats (and ints that fit an int64) in a float64, one addition at a time as
// CPython does; anything else, or whatever breaks those, adds with +.
func (s *sumState) run(rt *object.Runtime, acc Ref) Ref {
	if acc&1 != 0 || rt.TypeRefOf(acc) == rt.IntType.Ref {
		if total, ok := rt.IntAsInt64(acc); ok {
			for {
				v := s.next(rt)
				if v == Nil {
					rt.Decref(acc)
					if rt.Occurred() {
						return Nil
					}
					return rt.NewInt(total)
				}
				if v&1 != 0 || rt.TypeRefOf(v) == rt.IntType.Ref || rt.TypeRefOf(v) == rt.BoolType.Ref {
					if x, ok := rt.IntAsInt64(v); ok && (total >= 0 && x <= math.MaxInt64-total || total < 0 && x >= math.MinInt64-total) {
						total += x
						rt.Decref(v)
						continue
					}
				}
				// An item the int64 cannot take: back to objects.
				rt.Decref(acc)
				if acc = addItem(rt, rt.NewInt(total), v); acc == Nil {
					return Nil
				}
				break
			}
		}
	}
	if acc&1 == 0 && rt.TypeRefOf(acc) == rt.FloatType.Ref {
		total := rt.FloatValue(acc)
		for {
			v := s.next(rt)
			if v == Nil {
				rt.Decref(acc)
				if rt.Occurred() {
					return Nil
				}
				return rt.NewFloat(total)
			}
			if v&1 == 0 && rt.TypeRefOf(v) == rt.FloatType.Ref {
				total += rt.FloatValue(v)
				rt.Decref(v)
				continue
			}
			if rt.IsInt(v) {
				if x, ok := rt.IntAsInt64(v); ok {
					total += float64(x)
					rt.Decref(v)
					continue
				}
			}
			rt.Decref(acc)
			if acc = addItem(rt, rt.NewFloat(total), v); acc == Nil {
				return Nil
			}
			break
		}
	}
	for {
		v := s.next(rt)
		if v == Nil {
			if rt.Occurred() {
				rt.Decref(acc)
				return Nil
			}
			return acc
		}
		if acc = addItem(rt, acc, v); acc == Nil {
			return Nil
		}
	}
}

func (b *mod) abs(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("abs", args, kw, 1, 1) {
		return Nil
	}
	if v := args[0]; v&1 != 0 {
		x := v.SmallInt()
		if x < 0 {
			x = -x
		}
		return rt.NewInt(x)
	}
	return rt.UnaryOp(args[0], object.OpAbs)
}

func (b *mod) anyAll(isAny bool) object.MethodFunc {
	name := "all"
	if isAny {
		name = "any"
	}
	return func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs(name, args, kw, 1, 1) {
			return Nil
		}
		it := rt.Iter(args[0])
		if it == Nil {
			return Nil
		}
		defer rt.Decref(it)
		for {
			v := rt.Next(it)
			if v == Nil {
				if rt.Occurred() {
					return Nil
				}
				return rt.NewBool(!isAny)
			}
			t := rt.IsTrue(v)
			rt.Decref(v)
			if t < 0 {
				return Nil
			}
			if (t == 1) == isAny {
				return rt.NewBool(isAny)
			}
		}
	}
}

func (b *mod) checkName(rt *object.Runtime, fn string, n Ref) bool {
	if !rt.IsStr(n) {
		rt.Raise("TypeError", "attribute name must be string, not '%s'", rt.TypeNameOf(n))
		return false
	}
	return true
}

func (b *mod) getattr(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("getattr", args, kw, 2, 3) {
		return Nil
	}
	if !b.checkName(rt, "getattr", args[1]) {
		return Nil
	}
	if len(args) == 2 {
		return b.in.GetAttr(args[0], args[1])
	}
	// With a default, a missing attribute builds no AttributeError where the
	// lookup can tell (CPython's _PyObject_LookupAttr).
	v, found := b.in.LookupAttr(args[0], args[1])
	if found == 0 {
		return rt.New(args[2])
	}
	return v
}

func (b *mod) setattr(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("setattr", args, kw, 3, 3) || !b.checkName(rt, "setattr", args[1]) {
		return Nil
	}
	if b.in.SetAttr(args[0], args[1], args[2]) < 0 {
		return Nil
	}
	return rt.None
}

func (b *mod) delattr(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("delattr", args, kw, 2, 2) || !b.checkName(rt, "delattr", args[1]) {
		return Nil
	}
	if rt.SetAttr(args[0], args[1], Nil) < 0 {
		return Nil
	}
	return rt.None
}

func (b *mod) hasattr(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("hasattr", args, kw, 2, 2) || !b.checkName(rt, "hasattr", args[1]) {
		return Nil
	}
	v, found := b.in.LookupAttr(args[0], args[1])
	switch found {
	case 0:
		return rt.New(rt.False)
	case 1:
		rt.Decref(v)
		return rt.New(rt.True)
	}
	return Nil
}

func (b *mod) id(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("id", args, kw, 1, 1) {
		return Nil
	}
	return rt.NewInt(int64(rt.ID(args[0])))
}

func (b *mod) hash(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("hash", args, kw, 1, 1) {
		return Nil
	}
	h, ok := rt.Hash(args[0])
	if !ok {
		return Nil
	}
	return rt.NewInt(h)
}

func (b *mod) callable(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("callable", args, kw, 1, 1) {
		return Nil
	}
	return rt.NewBool(rt.TypeOf(args[0]).Call != nil)
}

func (b *mod) chr(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("chr", args, kw, 1, 1) {
		return Nil
	}
	if !rt.IsInt(args[0]) {
		rt.Raise("TypeError", "'%s' object cannot be interpreted as an integer", rt.TypeNameOf(args[0]))
		return Nil
	}
	v, ok := rt.IntAsInt64(args[0])
	if !ok || v < 0 || v > 0x10ffff {
		if !ok {
			rt.Raise("OverflowError", "Python int too large to convert to C int")
			return Nil
		}
		rt.Raise("ValueError", "chr() arg not in range(0x110000)")
		return Nil
	}
	return rt.NewStrFromRunes([]rune{rune(v)})
}

func (b *mod) ord(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("ord", args, kw, 1, 1) {
		return Nil
	}
	a := args[0]
	if rt.IsStr(a) {
		if n := rt.StrLen(a); n != 1 {
			rt.Raise("TypeError", "ord() expected a character, but string of length %d found", n)
			return Nil
		}
		return rt.NewInt(int64(rt.StrAt(a, 0)))
	}
	if rt.IsInstance(a, rt.BytesType) || rt.IsInstance(a, rt.ByteArrayType) {
		data, _ := rt.BytesLikeData(a)
		if len(data) != 1 {
			rt.Raise("TypeError", "ord() expected a character, but string of length %d found", len(data))
			return Nil
		}
		return rt.NewInt(int64(data[0]))
	}
	rt.Raise("TypeError", "ord() expected string of length 1, but %s found", rt.TypeNameOf(a))
	return Nil
}

func (b *mod) divmod(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("divmod", args, kw, 2, 2) {
		return Nil
	}
	return rt.BinaryOp(args[0], args[1], object.OpDivmod)
}

func (b *mod) pow(rt *object.Runtime, _ Ref, args []Ref, kwnames Ref) Ref {
	pos, kw := kwargs(rt, args, kwnames)
	if len(pos)+kw.Len() > 3 {
		rt.Raise("TypeError", "pow() takes at most 3 arguments (%d given)", len(pos)+kw.Len())
		return Nil
	}
	var base, exp, m Ref = Nil, Nil, rt.None
	if len(pos) > 0 {
		base = pos[0]
	}
	if len(pos) > 1 {
		exp = pos[1]
	}
	if len(pos) > 2 {
		m = pos[2]
	}
	for i, v := range kw.vals {
		switch {
		case kw.is(i, "base"):
			base = v
		case kw.is(i, "exp"):
			exp = v
		case kw.is(i, "mod"):
			m = v
		}
	}
	if base == Nil || exp == Nil {
		rt.Raise("TypeError", "pow() missing required argument 'exp' (pos 2)")
		return Nil
	}
	return rt.Power(base, exp, m)
}

func (b *mod) round(rt *object.Runtime, _ Ref, args []Ref, kwnames Ref) Ref {
	pos, kw := kwargs(rt, args, kwnames)
	if v, ok := kw.get("ndigits"); ok {
		pos = append(pos, v)
	}
	if len(pos) < 1 || len(pos) > 2 {
		rt.Raise("TypeError", "round() takes at most 2 arguments (%d given)", len(pos))
		return Nil
	}
	m := b.in.LookupSpecial(pos[0], "__round__")
	if m == Nil {
		if !rt.Occurred() {
			rt.Raise("TypeError", "type %s doesn't define __round__ method", rt.TypeNameOf(pos[0]))
		}
		return Nil
	}
	defer rt.Decref(m)
	if len(pos) == 2 && pos[1] != rt.None {
		return rt.Call(m, pos[1:], Nil)
	}
	return rt.Call(m, nil, Nil)
}

func (b *mod) base(base int, prefix string) object.MethodFunc {
	name := map[int]string{16: "hex", 8: "oct", 2: "bin"}[base]
	return func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs(name, args, kw, 1, 1) {
			return Nil
		}
		v := args[0]
		if !rt.IsInt(v) {
			m := b.in.LookupSpecial(v, "__index__")
			if m == Nil {
				if !rt.Occurred() {
					rt.Raise("TypeError", "'%s' object cannot be interpreted as an integer", rt.TypeNameOf(v))
				}
				return Nil
			}
			v = rt.Call(m, nil, Nil)
			rt.Decref(m)
			if v == Nil {
				return Nil
			}
			defer rt.Decref(v)
		}
		if x, ok := rt.IntAsInt64(v); ok {
			// hex(i) in a loop: through a stack buffer, no big.Int or Go string.
			var buf [72]byte
			out := buf[:0]
			u := uint64(x)
			if x < 0 {
				out, u = append(out, '-'), -u
			}
			out = strconv.AppendUint(append(out, prefix...), u, base)
			return rt.NewStrLatin1(out)
		}
		bi := rt.IntBig(v)
		s := bi.Text(base)
		if strings.HasPrefix(s, "-") {
			return rt.NewStr("-" + prefix + s[1:])
		}
		return rt.NewStr(prefix + s)
	}
}

func (b *mod) format(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("format", args, kw, 1, 2) {
		return Nil
	}
	spec := Ref(Nil)
	if len(args) == 2 {
		if !rt.IsStr(args[1]) {
			rt.Raise("TypeError", "format() argument 2 must be str, not %s", rt.TypeNameOf(args[1]))
			return Nil
		}
		spec = args[1]
	}
	return b.in.Format(args[0], spec)
}

func (b *mod) input(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("input", args, kw, 0, 1) {
		return Nil
	}
	if len(args) == 1 {
		s := rt.Str(args[0])
		if s == Nil {
			return Nil
		}
		if !b.write(Nil, rt.GoString(s)) {
			rt.Decref(s)
			return Nil
		}
		rt.Decref(s)
	}
	line, err := b.in.ReadLine()
	if err != nil && line == "" {
		rt.Raise("EOFError", "EOF when reading a line")
		return Nil
	}
	line = strings.TrimSuffix(line, "\n")
	return rt.NewStr(line)
}

func (b *mod) dir(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("dir", args, kw, 0, 1) {
		return Nil
	}
	var keys Ref
	if len(args) == 0 {
		l := b.in.Locals()
		if l == Nil {
			return Nil
		}
		keys = rt.SequenceList(l)
		rt.Decref(l)
	} else {
		m := b.in.LookupSpecial(args[0], "__dir__")
		if m != Nil {
			r := rt.Call(m, nil, Nil)
			rt.Decref(m)
			if r == Nil {
				return Nil
			}
			keys = rt.SequenceList(r)
			rt.Decref(r)
		} else {
			if rt.Occurred() {
				return Nil
			}
			keys = b.in.DefaultDir(args[0])
		}
	}
	if keys == Nil {
		return Nil
	}
	if rt.ListSort(keys, Nil, false) < 0 {
		rt.Decref(keys)
		return Nil
	}
	return keys
}

func (b *mod) vars(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("vars", args, kw, 0, 1) {
		return Nil
	}
	if len(args) == 0 {
		return b.in.Locals()
	}
	d := rt.GetAttrString(args[0], "__dict__")
	if d == Nil && rt.ErrMatchesName("AttributeError") {
		rt.ClearErr()
		rt.Raise("TypeError", "vars() argument must have __dict__ attribute")
	}
	return d
}

func (b *mod) globals(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("globals", args, kw, 0, 0) {
		return Nil
	}
	return rt.New(b.in.Globals())
}

func (b *mod) locals(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	if !rt.CheckArgs("locals", args, kw, 0, 0) {
		return Nil
	}
	return b.in.Locals()
}

func (b *mod) exec(isEval bool) object.MethodFunc {
	name := "exec"
	if isEval {
		name = "eval"
	}
	return func(rt *object.Runtime, _ Ref, args []Ref, kwnames Ref) Ref {
		pos, kw := kwargs(rt, args, kwnames)
		if g, ok := kw.get("globals"); ok {
			pos = append(pos[:min(len(pos), 1)], g)
		}
		if l, ok := kw.get("locals"); ok {
			for len(pos) < 2 {
				pos = append(pos, rt.None)
			}
			pos = append(pos[:2], l)
		}
		if len(pos) < 1 || len(pos) > 3 {
			rt.Raise("TypeError", "%s expected at least 1 argument, got %d", name, len(pos))
			return Nil
		}
		globals, locals := Ref(rt.None), Ref(rt.None)
		if len(pos) > 1 {
			globals = pos[1]
		}
		if len(pos) > 2 {
			locals = pos[2]
		}
		if globals != rt.None && !rt.IsInstance(globals, rt.DictType) {
			if isEval {
				rt.Raise("TypeError", "globals must be a real dict; try eval(expr, {}, mapping)")
			} else {
				rt.Raise("TypeError", "exec() globals must be a dict, not %s", rt.TypeNameOf(globals))
			}
			return Nil
		}
		var ownLocals Ref
		if globals == rt.None {
			globals = b.in.Globals()
			if locals == rt.None {
				ownLocals = b.in.Locals()
				if ownLocals == Nil {
					return Nil
				}
				locals = ownLocals
			}
		} else if locals == rt.None {
			locals = globals
		}
		defer rt.Decref(ownLocals)
		src := pos[0]
		var code Ref
		if rt.TypeOf(src) == b.in.CodeType {
			code = rt.New(src)
		} else {
			var text string
			switch {
			case rt.IsStr(src):
				text = rt.GoString(src)
			case rt.IsInstance(src, rt.BytesType):
				data, _ := rt.BytesLikeData(src)
				text = string(data)
			default:
				if isEval {
					rt.Raise("TypeError", "eval() arg 1 must be a string, bytes or code object")
				} else {
					rt.Raise("TypeError", "exec() arg 1 must be a string, bytes or code object")
				}
				return Nil
			}
			mode := vm.ModeExec
			if isEval {
				mode = vm.ModeEval
				text = strings.TrimLeft(text, " \t")
			}
			code = b.in.Compile("<string>", []byte(text), mode)
			if code == Nil {
				return Nil
			}
		}
		r := b.in.ExecCode(code, globals, locals)
		rt.Decref(code)
		if r == Nil {
			return Nil
		}
		if isEval {
			return r
		}
		rt.Decref(r)
		return rt.None
	}
}

func (b *mod) compile(rt *object.Runtime, _ Ref, args []Ref, kwnames Ref) Ref {
	pos, kw := kwargs(rt, args, kwnames)
	for _, k := range []string{"source", "filename", "mode"} {
		if v, ok := kw.get(k); ok {
			pos = append(pos, v)
		}
	}
	if len(pos) < 3 {
		rt.Raise("TypeError", "compile() missing required argument 'mode' (pos 3)")
		return Nil
	}
	var text string
	if rt.IsStr(pos[0]) {
		text = rt.GoString(pos[0])
	} else if rt.IsInstance(pos[0], rt.BytesType) {
		data, _ := rt.BytesLikeData(pos[0])
		text = string(data)
	} else {
		rt.Raise("TypeError", "compile() arg 1 must be a string, bytes or AST object")
		return Nil
	}
	mode := vm.ModeExec
	switch rt.GoString(pos[2]) {
	case "exec":
	case "eval":
		mode = vm.ModeEval
	case "single":
		mode = vm.ModeSingle
	default:
		rt.Raise("ValueError", "compile() mode must be 'exec', 'eval' or 'single'")
		return Nil
	}
	return b.in.Compile(rt.GoString(pos[1]), []byte(text), mode)
}

func (b *mod) importFn(rt *object.Runtime, _ Ref, args []Ref, kwnames Ref) Ref {
	// __import__(name, globals=None, locals=None, fromlist=(), level=0)
	pos, kw := kwargs(rt, args, kwnames)
	names := []string{"name", "globals", "locals", "fromlist", "level"}
	if len(pos) > len(names) {
		rt.Raise("TypeError", "__import__() takes at most 5 arguments (%d given)", len(pos))
		return Nil
	}
	vals := make([]Ref, len(names))
	copy(vals, pos)
	for j, v := range kw.vals {
		k := kw.name(j)
		i := 0
		for i < len(names) && names[i] != k {
			i++
		}
		if i == len(names) {
			rt.Raise("TypeError", "__import__() got an unexpected keyword argument '%s'", k)
			return Nil
		}
		if vals[i] != Nil {
			rt.Raise("TypeError", "argument for __import__() given by name ('%s') and position (%d)", k, i+1)
			return Nil
		}
		vals[i] = v
	}
	name := vals[0]
	if name == Nil {
		rt.Raise("TypeError", "__import__() missing required argument 'name' (pos 1)")
		return Nil
	}
	if !rt.IsStr(name) {
		rt.Raise("TypeError", "module name must be a string")
		return Nil
	}
	fromlist := vals[3]
	if fromlist == Nil {
		fromlist = rt.None
	}
	level := 0
	if l := vals[4]; l != Nil {
		n, ok := rt.AsIndex(l, "OverflowError")
		if !ok {
			return Nil
		}
		level = n
	}
	if level < 0 {
		rt.Raise("ValueError", "level must be >= 0")
		return Nil
	}
	if rt.StrLen(name) == 0 && level == 0 {
		rt.Raise("ValueError", "Empty module name")
		return Nil
	}
	return b.in.Import(name, fromlist, level)
}

// ---- iterator types: enumerate, zip, map, filter, reversed, callable iterator ----

// Layout of the iterator objects: header | GC | it | a | b | n (int64 for enumerate).
const (
	itA    = 16
	itB    = 20
	itC    = 24
	itN    = 28
	itSize = 40
)

func (b *mod) iterType(name string, next object.UnaryFunc, newf object.NewFunc) *object.Type {
	offs := []uintptr{itA, itB, itC}
	return b.rt.NewStaticType(name, nil, itSize, object.TypeGC|object.TypeBaseType, func(t *object.Type) {
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
		t.Iter = func(rt *object.Runtime, r Ref) Ref { return rt.New(r) }
		t.Next = next
		t.New = newf
	})
}

func (b *mod) alloc(t *object.Type, a, bb, c Ref) Ref {
	rt := b.rt
	r := rt.AllocObject(t, itSize)
	if r == Nil {
		rt.Decref(a)
		rt.Decref(bb)
		rt.Decref(c)
		return Nil
	}
	*rt.RefAt(r, itA) = a
	*rt.RefAt(r, itB) = bb
	*rt.RefAt(r, itC) = c
	rt.Track(r)
	return r
}

// reuseResult returns a tuple of items (references it takes) for an iterator
// whose last result is kept at *res: that same tuple, refilled, when nothing else
// holds it any more (for i, x in enumerate(xs) unpacks and drops each tuple before
// asking for the next), else a new one, kept in its place. CPython's enumerate and
// zip reuse their result tuple the same way.
func reuseResult(rt *object.Runtime, res *Ref, items ...Ref) Ref {
	if t := *res; t != Nil && rt.Refcnt(t) == 1 && rt.TupleLen(t) == len(items) {
		// The reference goes out first: an old item's finalizer that advances
		// this iterator again then gets a new tuple.
		rt.Incref(t)
		slots := rt.TupleItems(t)
		for i, v := range items {
			old := slots[i]
			slots[i] = v
			rt.Decref(old)
		}
		if *rt.GCNextAt(t) == 0 { // IsTracked, for a tuple: no type lookup
			rt.Track(t) // the collector untracked it while it held atoms only
		}
		return t
	}
	t := rt.TuplePack(items...)
	if t != Nil {
		rt.Replace(res, rt.New(t))
	}
	return t
}

// reuseResult2 is reuseResult for a pair (enumerate's, zip of two), without the
// variadic slice and loop: the commonest case, once per item of a for loop.
func reuseResult2(rt *object.Runtime, res *Ref, a, b Ref) Ref {
	if t := *res; t != Nil && rt.Refcnt(t) == 1 && rt.TupleLen(t) == 2 {
		rt.Incref(t) // (before the old items go: see reuseResult)
		slots := rt.TupleItems(t)
		oa, ob := slots[0], slots[1]
		slots[0], slots[1] = a, b
		rt.Decref(oa)
		rt.Decref(ob)
		if *rt.GCNextAt(t) == 0 {
			rt.Track(t)
		}
		return t
	}
	return reuseResult(rt, res, a, b)
}

func (b *mod) initIterTypes() {
	rt := b.rt
	b.itT.enumerate = b.iterType("enumerate", func(rt *object.Runtime, r Ref) Ref {
		v := rt.Next(*rt.RefAt(r, itA))
		if v == Nil {
			return Nil
		}
		cnt := rt.RefAt(r, itB)
		i := *cnt
		if i&1 != 0 && i.SmallInt() < object.SmallIntMax {
			// A small count: no references to keep, the next one is tagged too.
			*cnt = object.MakeSmallInt(i.SmallInt() + 1)
			return reuseResult2(rt, rt.RefAt(r, itC), i, v)
		}
		rt.Incref(i)
		var next Ref
		if i&1 != 0 {
			next = rt.NewInt(i.SmallInt() + 1)
		} else {
			next = rt.BinaryOp(i, object.MakeSmallInt(1), object.OpAdd)
		}
		rt.Replace(cnt, next)
		return reuseResult(rt, rt.RefAt(r, itC), i, v)
	}, func(rt *object.Runtime, t *object.Type, args []Ref, kwnames Ref) Ref {
		pos, kw := kwargs(rt, args, kwnames)
		var start Ref = object.MakeSmallInt(0)
		if len(pos) > 1 {
			start = pos[1]
		}
		if v, ok := kw.get("start"); ok {
			start = v
		}
		if v, ok := kw.get("iterable"); ok {
			pos = append([]Ref{v}, pos...)
		}
		if len(pos) < 1 {
			rt.Raise("TypeError", "enumerate() missing required argument 'iterable' (pos 1)")
			return Nil
		}
		// start as an exact int first, then the iterator (enum_new's order):
		// enumerate(xs, True) counts from 1, a subclass's count is a plain int.
		if start = rt.NumberIndex(start); start == Nil {
			return Nil
		}
		it := rt.Iter(pos[0])
		if it == Nil {
			rt.Decref(start)
			return Nil
		}
		return b.alloc(t, it, start, Nil)
	})
	b.itT.zip = b.iterType("zip", func(rt *object.Runtime, r Ref) Ref {
		its := *rt.RefAt(r, itA)
		strict := *rt.RefAt(r, itB) == rt.True
		items := rt.TupleItems(its)
		if len(items) == 0 {
			return Nil
		}
		var buf [8]Ref // zip of up to 8 iterables: the items on the stack
		out := buf[:0]
		for i, it := range items {
			v := rt.Next(it)
			if v == Nil {
				for _, o := range out {
					rt.Decref(o)
				}
				if rt.Occurred() || !strict {
					return Nil
				}
				if i > 0 {
					plural := "s"
					if i == 1 {
						plural = ""
					}
					rt.Raise("ValueError", "zip() argument %d is shorter than argument%s 1%s", i+1, plural, map[bool]string{true: "", false: fmt.Sprintf("-%d", i)}[i == 1])
					return Nil
				}
				for j := 1; j < len(items); j++ {
					w := rt.Next(items[j])
					if w != Nil {
						rt.Decref(w)
						plural := "s"
						if j == 1 {
							plural = ""
						}
						rt.Raise("ValueError", "zip() argument %d is longer than argument%s 1%s", j+1, plural, map[bool]string{true: "", false: fmt.Sprintf("-%d", j)}[j == 1])
						return Nil
					}
					if rt.Occurred() {
						return Nil
					}
				}
				return Nil
			}
			out = append(out, v)
		}
		if len(out) == 2 {
			return reuseResult2(rt, rt.RefAt(r, itC), out[0], out[1])
		}
		return reuseResult(rt, rt.RefAt(r, itC), out...)
	}, func(rt *object.Runtime, t *object.Type, args []Ref, kwnames Ref) Ref {
		pos, kw := kwargs(rt, args, kwnames)
		strict := rt.False
		for i, v := range kw.vals {
			if !kw.is(i, "strict") {
				rt.Raise("TypeError", "'%s' is an invalid keyword argument for zip()", kw.name(i))
				return Nil
			}
			if rt.IsTrue(v) == 1 {
				strict = rt.True
			}
		}
		its := make([]Ref, 0, len(pos))
		for i, a := range pos {
			it := rt.Iter(a)
			_ = i
			if it == Nil {
				for _, x := range its {
					rt.Decref(x)
				}
				return Nil
			}
			its = append(its, it)
		}
		return b.alloc(t, rt.TuplePack(its...), strict, Nil)
	})
	b.itT.mapT = b.iterType("map", func(rt *object.Runtime, r Ref) Ref {
		fn := *rt.RefAt(r, itA)
		items := rt.TupleItems(*rt.RefAt(r, itB))
		if len(items) == 1 {
			// One iterable: the call's argument array in the private heap
			// (Call1), not a Go slice made per item.
			v := rt.Next(items[0])
			if v == Nil {
				return Nil
			}
			res := rt.Call1(fn, v)
			rt.Decref(v)
			return res
		}
		vals := make([]Ref, 0, len(items))
		for _, it := range items {
			v := rt.Next(it)
			if v == Nil {
				for _, o := range vals {
					rt.Decref(o)
				}
				return Nil
			}
			vals = append(vals, v)
		}
		res := rt.Call(fn, vals, Nil)
		for _, o := range vals {
			rt.Decref(o)
		}
		return res
	}, func(rt *object.Runtime, t *object.Type, args []Ref, kwnames Ref) Ref {
		if !rt.NoKwargs("map", kwnames) {
			return Nil
		}
		if len(args) < 2 {
			rt.Raise("TypeError", "map() must have at least two arguments.")
			return Nil
		}
		its := make([]Ref, 0, len(args)-1)
		for _, a := range args[1:] {
			it := rt.Iter(a)
			if it == Nil {
				for _, x := range its {
					rt.Decref(x)
				}
				return Nil
			}
			its = append(its, it)
		}
		return b.alloc(t, rt.New(args[0]), rt.TuplePack(its...), Nil)
	})
	b.itT.filter = b.iterType("filter", func(rt *object.Runtime, r Ref) Ref {
		fn := *rt.RefAt(r, itA)
		it := *rt.RefAt(r, itB)
		for {
			v := rt.Next(it)
			if v == Nil {
				return Nil
			}
			var t int
			if fn == rt.None {
				t = rt.IsTrue(v)
			} else {
				res := rt.Call1(fn, v)
				if res == Nil {
					rt.Decref(v)
					return Nil
				}
				t = rt.IsTrue(res)
				rt.Decref(res)
			}
			if t < 0 {
				rt.Decref(v)
				return Nil
			}
			if t == 1 {
				return v
			}
			rt.Decref(v)
		}
	}, func(rt *object.Runtime, t *object.Type, args []Ref, kwnames Ref) Ref {
		if !rt.CheckArgs("filter", args, kwnames, 2, 2) {
			return Nil
		}
		it := rt.Iter(args[1])
		if it == Nil {
			return Nil
		}
		return b.alloc(t, rt.New(args[0]), it, Nil)
	})
	b.itT.reversed = b.iterType("reversed", func(rt *object.Runtime, r Ref) Ref {
		seq := *rt.RefAt(r, itA)
		if seq == Nil {
			return Nil
		}
		idx := rt.RefAt(r, itB)
		i := idx.SmallInt()
		if i < 0 {
			rt.Replace(rt.RefAt(r, itA), Nil)
			return Nil
		}
		*idx = object.MakeSmallInt(i - 1)
		v := rt.SequenceGetItem(seq, int(i))
		if v == Nil && (rt.ErrMatchesName("IndexError") || rt.ErrMatchesName("StopIteration")) {
			rt.ClearErr()
			rt.Replace(rt.RefAt(r, itA), Nil)
		}
		return v
	}, func(rt *object.Runtime, t *object.Type, args []Ref, kwnames Ref) Ref {
		if !rt.CheckArgs("reversed", args, kwnames, 1, 1) {
			return Nil
		}
		if m := b.in.LookupSpecial(args[0], "__reversed__"); m != Nil {
			defer rt.Decref(m)
			if m == rt.None {
				rt.Raise("TypeError", "'%s' object is not reversible", rt.TypeNameOf(args[0]))
				return Nil
			}
			return rt.Call(m, nil, Nil)
		} else if rt.Occurred() {
			return Nil
		}
		st := rt.TypeOf(args[0])
		if st.Sequence == nil || st.Sequence.Item == nil || rt.IsInstance(args[0], rt.DictType) {
			rt.Raise("TypeError", "'%s' object is not reversible", st.Name)
			return Nil
		}
		n := rt.Len(args[0])
		if n < 0 {
			return Nil
		}
		return b.alloc(t, rt.New(args[0]), object.MakeSmallInt(int64(n-1)), Nil)
	})
	_ = rt
}

// callIter is iter(callable, sentinel).
func (b *mod) callIter(fn, sentinel Ref) Ref {
	rt := b.rt
	if b.in.CallIterType == nil {
		b.in.CallIterType = b.iterType("callable_iterator", func(rt *object.Runtime, r Ref) Ref {
			f := *rt.RefAt(r, itA)
			if f == Nil {
				return Nil
			}
			v := rt.Call(f, nil, Nil)
			if v == Nil {
				if rt.ErrMatchesName("StopIteration") {
					rt.ClearErr()
					rt.Replace(rt.RefAt(r, itA), Nil)
				}
				return Nil
			}
			c := rt.RichCompareBool(v, *rt.RefAt(r, itB), object.EQ)
			if c != 0 {
				rt.Decref(v)
				if c > 0 {
					rt.Replace(rt.RefAt(r, itA), Nil)
				}
				return Nil
			}
			return v
		}, nil)
	}
	if rt.TypeOf(fn).Call == nil {
		rt.Raise("TypeError", "iter(v, w): v must be callable")
		return Nil
	}
	return b.alloc(b.in.CallIterType, rt.New(fn), rt.New(sentinel), Nil)
}
