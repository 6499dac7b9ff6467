// Classes: creation (C3 MRO, layout, __slots__), the slots that call a class's
// Python dunders, __build_class__. See doc.go.

package vm

import (
	"sort"
	"strings"

	"github.com/pyheap/pyheap/internal/object"
	"github.com/pyheap/pyheap/internal/symtable"
)

// classInfo is the Go side of a class (Type.Data).
type classInfo struct {
	in     *Interp
	t      *object.Type
	static *object.Type // the nearest built-in ancestor: its slots are the fallback
	slots  []string
	fields []uintptr      // the Ref fields this class adds (its __dict__, its slots)
	cache  map[string]Ref // dunders found in the MRO (borrowed); reset when a class changes
	// recent holds the last few names userAttr answered from cache, compared by
	// the address of the name's bytes first: the names are Go string constants,
	// which the linker stores once, so a slot calling its dunder finds it without
	// hashing the name (a Go map lookup was most of calling a user __eq__).
	recent     [4]recentAttr
	recentNext uint8
	attrs      map[Ref]Ref // LookupType results by interned name (borrowed); reset likewise
	// initInline is inlineInit's answer for the type's Version initVersion.
	initVersion uint32
	initInline  bool
	initFn      Ref // with initInline: the __init__ function (borrowed; the class's dict holds it while Version stands)
	// newAttr and initAttr are userAttr's __new__ and __init__ for Version
	// lifeVersion (lifeAttrs): instantiating a class looked both up by name in a
	// Go map every time.
	newAttr, initAttr Ref
	lifeVersion       uint32
	// attrs is the most attributes an instance of the class has had in its
	// dict: new instances get a dict with room for that many in its own block.
	attrCount int
}

// newInstanceDict makes the __dict__ of a new instance of the class (ci may be
// nil): sized by what earlier instances held, so that a typical instance's
// attributes never move (object.NewInstanceDictSized).
func (ci *classInfo) newInstanceDict(rt *object.Runtime) Ref {
	if ci == nil {
		return rt.NewInstanceDict()
	}
	n := ci.attrCount
	if n == 0 {
		// The class's first instance: room for ten attributes in the dict's own
		// block, so that a class with one instance (a game, a config, nbody's
		// sun) has its attributes on the fast path too rather than in a table
		// its dict outgrew (later instances are sized by what it held).
		n = firstInstanceAttrs
	}
	return rt.NewInstanceDictSized(n)
}

// firstInstanceAttrs is the room a class's first instance dict is made with.
const firstInstanceAttrs = 10

// sawAttrs records that an instance's dict holds n attributes.
func (ci *classInfo) sawAttrs(n int) {
	if n > ci.attrCount {
		ci.attrCount = n
	}
}

// ModuleName is the class's __module__, for type's repr.
func (ci *classInfo) ModuleName() string {
	rt := ci.in.RT
	if m := rt.DictGetStr(rt.TypeDict(ci.t), ci.in.Str("__module__")); m != Nil && rt.IsStr(m) {
		return rt.GoString(m)
	}
	return "builtins"
}

func (in *Interp) isUserClass(t *object.Type) bool {
	_, ok := t.Data.(*classInfo)
	return ok
}

func (in *Interp) staticBase(t *object.Type) *object.Type {
	for t != nil && t.Flags&object.TypeHeapType != 0 {
		t = t.Base
	}
	if t == nil {
		return in.RT.ObjectType
	}
	return t
}

// newClassHook is Hooks.NewClass: type(name, bases, dict) and metaclass calls.
func (in *Interp) newClassHook(meta *object.Type, args []Ref, kwnames Ref) Ref {
	rt := in.RT
	nkw := rt.NumKwargs(kwnames)
	pos := args[:len(args)-nkw]
	if len(pos) != 3 {
		rt.Raise("TypeError", "type() takes 1 or 3 arguments")
		return Nil
	}
	if !rt.IsStr(pos[0]) {
		rt.Raise("TypeError", "type.__new__() argument 1 must be str, not %s", rt.TypeNameOf(pos[0]))
		return Nil
	}
	if !rt.IsTuple(pos[1]) {
		rt.Raise("TypeError", "type.__new__() argument 2 must be tuple, not %s", rt.TypeNameOf(pos[1]))
		return Nil
	}
	if rt.TypeOf(pos[2]) != rt.DictType && !rt.IsInstance(pos[2], rt.DictType) {
		rt.Raise("TypeError", "type.__new__() argument 3 must be dict, not %s", rt.TypeNameOf(pos[2]))
		return Nil
	}
	cls := in.newClass(meta, pos[0], pos[1], pos[2])
	if cls != Nil && rt.IsType(cls) && in.isUserClass(rt.TypeFromRef(cls)) {
		// type.__new__ ends with the new class's __init_subclass__(**kw).
		if !in.initSubclass(cls, args[len(pos):], kwnames) {
			rt.Decref(cls)
			return Nil
		}
	}
	return cls
}

// c3 computes the MRO of a class with the given bases.
func (in *Interp) c3(t Ref, bases []Ref) (Ref, bool) {
	rt := in.RT
	var seqs [][]Ref
	for _, b := range bases {
		seqs = append(seqs, append([]Ref(nil), rt.TupleItems(rt.TypeMRO(rt.TypeFromRef(b)))...))
	}
	seqs = append(seqs, append([]Ref(nil), bases...))
	out := []Ref{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			break
		}
		var cand Ref
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == Nil {
			var names []string
			seen := map[Ref]bool{}
			for _, s := range seqs {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, rt.TypeFromRef(s[0]).Name)
				}
			}
			rt.Raise("TypeError", "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
			return Nil, false
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
	return rt.TupleFrom(out...), true
}

// layoutBase is the ancestor that decides the instance layout: the nearest one
// that adds fields to its base.
func (in *Interp) solidBase(t *object.Type) *object.Type {
	for t.Base != nil {
		if t.Size != t.Base.Size && !(t.Flags&object.TypeHeapType != 0 && in.isUserClass(t) && len(t.Data.(*classInfo).slots) == 0) {
			return t
		}
		t = t.Base
	}
	return t
}

func (in *Interp) newClass(meta *object.Type, nameR, basesR, nsR Ref) Ref {
	rt := in.RT
	name := rt.GoString(nameR)
	bases := append([]Ref(nil), rt.TupleItems(basesR)...)
	if len(bases) == 0 {
		bases = []Ref{rt.ObjectType.Ref}
	}
	var base *object.Type
	for _, b := range bases {
		if !rt.IsType(b) {
			rt.Raise("TypeError", "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
			return Nil
		}
		bt := rt.TypeFromRef(b)
		if bt.Flags&object.TypeBaseType == 0 {
			rt.Raise("TypeError", "type '%s' is not an acceptable base type", bt.Name)
			return Nil
		}
	}
	// The base deciding the layout: the first whose solid base is the most derived.
	for _, b := range bases {
		bt := rt.TypeFromRef(b)
		if base == nil {
			base = bt
			continue
		}
		sb, sc := in.solidBase(base), in.solidBase(bt)
		if rt.IsSubtype(sb, sc) {
			continue
		}
		if rt.IsSubtype(sc, sb) {
			base = bt
			continue
		}
		rt.Raise("TypeError", "multiple bases have instance lay-out conflict")
		return Nil
	}
	for i, b := range bases {
		for j := i + 1; j < len(bases); j++ {
			if bases[j] == b {
				rt.Raise("TypeError", "duplicate base class %s", rt.TypeFromRef(b).Name)
				return Nil
			}
		}
	}
	ns := rt.NewDict()
	pos := 0
	for {
		k, v, ok := rt.DictNext(nsR, &pos)
		if !ok {
			break
		}
		rt.DictSetItem(ns, k, v)
	}
	if rt.DictGetStr(ns, in.Str("__module__")) == Nil && in.frame != nil {
		if m := rt.DictGetStr(in.frame.globals, in.Str("__name__")); m != Nil {
			rt.DictSetStr(ns, "__module__", m)
		}
	}
	// Layout.
	size := (base.Size + 3) &^ 3
	static := in.staticBase(base)
	flags := object.TypeGC | object.TypeBaseType | object.TypeWeakrefable
	if size < object.HeapTypeFirstField {
		size = object.HeapTypeFirstField
	}
	varSize := base.Flags&object.TypeVarSize != 0
	if varSize && static.Flags&object.TypeGC == 0 {
		// Instances of an int (or bytes, str) subclass have no GC header (int keeps
		// its size at offset 8) and no dict: not containers. With TypeGC the
		// collector would read and write their size as GC links.
		flags &^= object.TypeGC
	}
	var slotNames []string
	addDict, addWeak := base.DictOffset == 0, base.WeaklistOffset == 0
	if rt.IsSubtype(base, rt.TypeType) {
		// A metaclass: its instances are classes, whose namespace is their type
		// dict, not a second instance dict.
		addDict = false
	}
	if sl := rt.DictGetStr(ns, in.Str("__slots__")); sl != Nil {
		addDict, addWeak = false, false
		var items []Ref
		if rt.IsStr(sl) {
			items = []Ref{sl}
		} else {
			lst := rt.SequenceTuple(sl)
			if lst == Nil {
				rt.Decref(ns)
				return Nil
			}
			defer rt.Decref(lst)
			items = rt.TupleItems(lst)
		}
		for _, it := range items {
			if !rt.IsStr(it) {
				rt.Raise("TypeError", "__slots__ items must be strings, not '%s'", rt.TypeNameOf(it))
				rt.Decref(ns)
				return Nil
			}
			s := rt.GoString(it)
			switch s {
			case "__dict__":
				if base.DictOffset != 0 {
					rt.Raise("TypeError", "__dict__ slot disallowed: we already got one")
					rt.Decref(ns)
					return Nil
				}
				addDict = true
			case "__weakref__":
				addWeak = base.WeaklistOffset == 0
			default:
				if !rt.StrIsIdentifier(it) {
					rt.Raise("TypeError", "__slots__ must be identifiers")
					rt.Decref(ns)
					return Nil
				}
				// A private name is mangled as in the class body (__x is
				// _C__x), so that self.__x inside the class finds its slot.
				s = symtable.Mangle(name, s)
				if s != "__qualname__" && s != "__classcell__" && rt.DictGetStr(ns, in.Str(s)) != Nil {
					rt.Raise("ValueError", "'%s' in __slots__ conflicts with class variable", s)
					rt.Decref(ns)
					return Nil
				}
				slotNames = append(slotNames, s)
			}
		}
		// The members in name order, as CPython lays them out.
		sort.Strings(slotNames)
		if varSize && len(slotNames) > 0 {
			rt.Raise("TypeError", "nonempty __slots__ not supported for subtype of '%s'", base.Name)
			rt.Decref(ns)
			return Nil
		}
	}
	var dictOff, weakOff uintptr
	if !varSize {
		if addDict {
			dictOff = size
			size += 4
		}
		if addWeak {
			weakOff = size
			size += 4
		}
	}
	slotOff := size
	if !varSize {
		size += uintptr(len(slotNames)) * 4
	}
	t := rt.NewHeapType(meta, name, base, size, flags)
	if t == nil {
		rt.Decref(ns)
		return Nil
	}
	if varSize {
		t.Flags |= object.TypeVarSize
		t.ItemSize = base.ItemSize
	}
	if dictOff != 0 {
		t.DictOffset = dictOff
	}
	if weakOff != 0 {
		t.WeaklistOffset = weakOff
	}
	ci := &classInfo{in: in, t: t, static: static, slots: slotNames}
	if dictOff != 0 {
		ci.fields = append(ci.fields, dictOff)
	}
	if !varSize {
		for i := range slotNames {
			ci.fields = append(ci.fields, slotOff+uintptr(i)*4)
		}
	}
	t.Data = ci
	in.classes[t] = ci
	// __qualname__, __doc__, implicit staticmethod/classmethod.
	qual := rt.New(nameR)
	if q := rt.DictGetStr(ns, in.Str("__qualname__")); q != Nil {
		if !rt.IsStr(q) {
			rt.Raise("TypeError", "type __qualname__ must be a str, not %s", rt.TypeNameOf(q))
			rt.Decref(ns)
			return Nil
		}
		rt.Decref(qual)
		qual = rt.New(q)
		rt.DictDelItem(ns, in.Str("__qualname__"))
	}
	if rt.DictGetStr(ns, in.Str("__doc__")) == Nil {
		rt.DictSetStr(ns, "__doc__", rt.None)
	}
	if f := rt.DictGetStr(ns, in.Str("__new__")); f != Nil && in.isFunction(f) {
		sm := in.newStaticMethod(in.StaticMethodType, f)
		rt.DictSetStr(ns, "__new__", sm)
		rt.Decref(sm)
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f := rt.DictGetStr(ns, in.Str(n)); f != Nil && in.isFunction(f) {
			cm := in.newStaticMethod(in.ClassMethodType, f)
			rt.DictSetStr(ns, n, cm)
			rt.Decref(cm)
		}
	}
	if rt.DictGetStr(ns, in.Str("__eq__")) != Nil && rt.DictGetStr(ns, in.Str("__hash__")) == Nil {
		rt.DictSetStr(ns, "__hash__", rt.None)
	}
	for i, s := range slotNames {
		d := in.newMember(t, s, slotOff+uintptr(i)*4)
		rt.DictSetStr(ns, s, d)
		rt.Decref(d)
	}
	if dictOff != 0 || t.DictOffset != 0 && base.DictOffset == 0 {
		d := in.newDictDescr(t, "__dict__")
		rt.DictSetStr(ns, "__dict__", d)
		rt.Decref(d)
	}
	if weakOff != 0 {
		d := in.newDictDescr(t, "__weakref__")
		rt.DictSetStr(ns, "__weakref__", d)
		rt.Decref(d)
	}
	bt := rt.TupleFrom(bases...)
	mro, ok := in.c3(t.Ref, bases)
	if !ok {
		rt.Decref(bt)
		rt.Decref(ns)
		rt.Decref(qual)
		rt.Decref(t.Ref)
		return Nil
	}
	rt.SetTypeSlots(t, ns, bt, mro, rt.New(nameR), qual)
	in.installSlots(t)
	rt.FinishHeapType(t)
	// __set_name__
	pos = 0
	var pairs []Ref
	for {
		k, v, ok := rt.DictNext(ns, &pos)
		if !ok {
			break
		}
		pairs = append(pairs, rt.New(k), rt.New(v))
	}
	for i := 0; i < len(pairs); i += 2 {
		k, v := pairs[i], pairs[i+1]
		if m := in.lookupSpecial(v, "__set_name__"); m != Nil {
			r := rt.Call(m, []Ref{t.Ref, k}, Nil)
			rt.Decref(m)
			if r == Nil {
				for _, x := range pairs[i:] {
					rt.Decref(x)
				}
				rt.Decref(t.Ref)
				return Nil
			}
			rt.Decref(r)
		} else if rt.Occurred() {
			rt.ClearErr()
		}
		rt.Decref(k)
		rt.Decref(v)
	}
	return t.Ref
}

// initSubclass calls super(cls, cls).__init_subclass__(**kw).
func (in *Interp) initSubclass(cls Ref, kwargs []Ref, kwnames Ref) bool {
	rt := in.RT
	t := rt.TypeFromRef(cls)
	mro := rt.TupleItems(rt.TypeMRO(t))
	name := in.Str("__init_subclass__")
	for _, b := range mro[1:] {
		v := rt.DictGetStr(rt.TypeDict(rt.TypeFromRef(b)), name)
		if v == Nil {
			continue
		}
		if rt.TypeOf(v) == in.ClassMethodType {
			m := in.NewMethod(in.field(v, smCallable), cls)
			r := rt.Call(m, kwargs, kwnames)
			rt.Decref(m)
			if r == Nil {
				return false
			}
			rt.Decref(r)
			return true
		}
		break
	}
	if kwnames != Nil && rt.TupleLen(kwnames) > 0 {
		rt.Raise("TypeError", "%s.__init_subclass__() takes no keyword arguments", t.Name)
		return false
	}
	return true
}

// updateBases resolves the bases of a class statement (CPython's update_bases):
// a base that is not a class but has __mro_entries__ (list[int]) is replaced by
// the classes that method returns. It returns the bases as a tuple and, when some
// were replaced, the original ones (for __orig_bases__; else Nil); Nil with an
// exception on error.
func (in *Interp) updateBases(orig []Ref) (bases, origBases Ref) {
	rt := in.RT
	var out []Ref
	changed := false
	var owned []Ref
	defer func() {
		for _, r := range owned {
			rt.Decref(r)
		}
	}()
	var origTuple Ref
	for _, b := range orig {
		if rt.IsType(b) {
			out = append(out, b)
			continue
		}
		m := rt.GetAttr(b, in.Str("__mro_entries__"))
		if m == Nil {
			if !rt.ErrMatchesName("AttributeError") {
				return Nil, Nil
			}
			rt.ClearErr()
			out = append(out, b)
			continue
		}
		if origTuple == Nil {
			origTuple = rt.TupleFrom(orig...)
		}
		r := rt.Call(m, []Ref{origTuple}, Nil)
		rt.Decref(m)
		if r == Nil {
			rt.Decref(origTuple)
			return Nil, Nil
		}
		owned = append(owned, r)
		if !rt.IsTuple(r) {
			rt.Decref(origTuple)
			rt.Raise("TypeError", "__mro_entries__ must return a tuple")
			return Nil, Nil
		}
		changed = true
		out = append(out, rt.TupleItems(r)...)
	}
	t := rt.TupleFrom(out...)
	if !changed {
		rt.Decref(origTuple)
		return t, Nil
	}
	return t, origTuple
}

// buildClass is builtins.__build_class__(func, name, *bases, metaclass=..., **kw).
func (in *Interp) buildClass(rt *object.Runtime, _ Ref, args []Ref, kwnames Ref) Ref {
	nkw := rt.NumKwargs(kwnames)
	pos := args[:len(args)-nkw]
	if len(pos) < 2 {
		rt.Raise("TypeError", "__build_class__: not enough arguments")
		return Nil
	}
	fn, name := pos[0], pos[1]
	if !in.isFunction(fn) {
		rt.Raise("TypeError", "__build_class__: func must be a function")
		return Nil
	}
	if !rt.IsStr(name) {
		rt.Raise("TypeError", "__build_class__: name is not a string")
		return Nil
	}
	bases, origBases := in.updateBases(pos[2:])
	if bases == Nil {
		return Nil
	}
	defer rt.Decref(bases)
	defer rt.Decref(origBases)
	var meta Ref
	var kwv []Ref
	var kwn []Ref
	for i := 0; i < nkw; i++ {
		k := rt.TupleItems(kwnames)[i]
		if rt.GoString(k) == "metaclass" {
			meta = args[len(pos)+i]
			continue
		}
		kwn = append(kwn, k)
		kwv = append(kwv, args[len(pos)+i])
	}
	if meta == Nil {
		// The type of the first base, or type (CPython's __build_class__); a
		// base that is not a class (class C(1)) makes its type the metaclass.
		meta = rt.TypeType.Ref
		if bs := rt.TupleItems(bases); len(bs) > 0 && !rt.IsType(bs[0]) {
			meta = rt.TypeRefOf(bs[0])
		}
		for _, b := range rt.TupleItems(bases) {
			if rt.IsType(b) {
				mt := rt.TypeRefOf(b)
				if rt.IsSubtype(rt.TypeFromRef(mt), rt.TypeFromRef(meta)) {
					meta = mt
				}
			}
		}
	}
	ns := rt.NewDict()
	defer rt.Decref(ns)
	// Run the body with ns as its namespace.
	f := in.setupCall(fn, nil, Nil)
	if f == nil {
		return Nil
	}
	f.locals = rt.New(ns)
	r := in.run(f)
	if r == Nil {
		return Nil
	}
	if origBases != Nil && rt.DictSetStr(ns, "__orig_bases__", origBases) < 0 {
		rt.Decref(r)
		return Nil
	}
	var cell Ref
	if rt.IsInstance(r, in.CellType) {
		cell = r
	} else {
		rt.Decref(r)
	}
	var kwt Ref
	if len(kwn) > 0 {
		kwt = rt.TupleFrom(kwn...)
		defer rt.Decref(kwt)
	}
	callArgs := append([]Ref{name, bases, ns}, kwv...)
	var cls Ref
	direct := meta == rt.TypeType.Ref || rt.IsType(meta) && rt.IsSubtype(rt.TypeFromRef(meta), rt.TypeType) && rt.TypeFromRef(meta).Data == nil
	if direct {
		cls = in.newClass(rt.TypeFromRef(meta), name, bases, ns)
	} else {
		cls = rt.Call(meta, callArgs, kwt)
	}
	if cls == Nil {
		rt.Decref(cell)
		return Nil
	}
	if cell != Nil {
		if rt.IsType(cls) {
			rt.Replace(rt.RefAt(cell, cellContents), rt.New(cls))
		}
		rt.Decref(cell)
	}
	// type.__new__ calls __init_subclass__ (newClassHook); the direct path
	// stands for it.
	if direct && rt.IsType(cls) && in.isUserClass(rt.TypeFromRef(cls)) {
		if !in.initSubclass(cls, kwv, kwt) {
			rt.Decref(cls)
			return Nil
		}
	}
	return cls
}

// typeModified is Hooks.TypeModified: a class attribute changed; dunders re-install
// the slots of the class and its subclasses.
func (in *Interp) typeModified(t *object.Type, name Ref) {
	rt := in.RT
	// Read the name in place: a class counter updated per instance (`Cls.n += 1`)
	// comes here every time, and must not make Go garbage.
	dunder := rt.StrLen(name) >= 2 && rt.StrAt(name, 0) == '_' && rt.StrAt(name, 1) == '_'

	for ct, ci := range in.classes {
		if ct.Ref != Nil && rt.TypeMRO(ct) != Nil && rt.IsSubtype(ct, t) {
			clear(ci.attrs)    // lookups by name (the map's storage is kept)
			rt.TypeChanged(ct) // the inline caches (cache.go) of its instances' lookups
			if dunder {
				ci.cache = nil
				ci.recent = [4]recentAttr{}
				in.installSlots(ct)
			}
		}
	}
}
