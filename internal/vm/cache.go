// Inline caches for attribute and global-name lookups. See doc.go.

package vm

import (
	"github.com/pyheap/pyheap/internal/object"
)

// The caches of a code object sit beside its sealed instructions, on the Go side,
// one per name of co_names and kind of access (CPython 3.11 keeps one per
// instruction inside the bytecode; a code object's block is read-only here, and a
// name is nearly always used on objects of one type within one function, so a
// cache per name costs less memory for the same hits):
//
//	codeInfo.caches ─► inlineCaches
//	                     attr   []attrSet      LOAD_ATTR, LOAD_METHOD   by name index
//	                     store  []attrSet      STORE_ATTR               by name index
//	                     global []globalCache  LOAD_GLOBAL              by name index
//
// An attrSet holds up to attrWays attrCaches, one per type seen (a method of a
// base class reads self.x on instances of each subclass: with one entry, richards
// spent a tenth of its time refilling it), replaced round robin.
//
// An attrCache records what the generic attribute lookup (object.__getattribute__
// and __setattr__) found for the name on one type: a __slots__ member at an offset,
// a data descriptor, a method, another descriptor or a plain class attribute, or
// nothing (the instance dict then has it). It is valid while the type's Version
// is the one it recorded (classes get a new Version whenever a namespace on their
// MRO changes; dead types have Version 0), and it keeps the entry index where the
// last instance dict held the name, which instances of one class share as long as
// __init__ sets attributes in the same order. The descriptor it holds is borrowed:
// the type's namespace keeps it alive while the Version holds.
//
// A globalCache records where LOAD_GLOBAL found a name, the globals or the builtins
// dict and the entry index, valid while both dicts' keys versions are the ones it
// recorded (object.DictKeysVersion changes when a key is added or removed).
//
// What was measured: replacing the per-class Go map of name lookups (a map access
// per LOAD_ATTR) by these caches, and making method calls through LOAD_METHOD and
// CALL_METHOD without a bound method object, is the difference recorded in
// docs/benchmarks.md for richards, nbody and object_sim.
type inlineCaches struct {
	attr   []attrSet
	store  []attrSet
	global []globalCache
}

const attrWays = 4

type attrSet struct {
	ways [attrWays]attrCache
	next uint8 // the way the next new type replaces
}

// lookup returns the cache for obj's type, filling one for it when there is none
// (then it may be empty: not cacheable).
func (in *Interp) lookup(s *attrSet, obj, name Ref, store bool) *attrCache {
	rt := in.RT
	if obj&1 != 0 {
		return &s.ways[0] // small ints: never a hit (hit checks obj&1)
	}
	// A class whose metaclass is type has entries of its own (attrClass...),
	// keyed by the class object; anything else has its type's.
	key := rt.TypeRefOf(obj)
	class := key == rt.TypeType.Ref
	if class {
		key = obj
	}
	for i := range s.ways {
		if c := &s.ways[i]; c.typ == key && c.kind != attrEmpty && c.kind.ofClass() == class && c.t.Version == c.version {
			return c
		}
	}
	c := &s.ways[s.next]
	for i := range s.ways {
		if w := &s.ways[i]; w.typ == key || w.kind == attrEmpty {
			c = w // the stale entry of this type, or a free one
			break
		}
	}
	if c == &s.ways[s.next] {
		s.next = (s.next + 1) % attrWays
	}
	in.fillAttr(c, obj, name, store)
	return c
}

// attrKind is what an attribute cache found on the type.
type attrKind uint8

const (
	attrEmpty  attrKind = iota // not filled, or not cacheable
	attrAbsent                 // nothing on the type: the instance dict has it (hint)
	attrSlot                   // a __slots__ member: the Ref at off
	attrData                   // a data descriptor (property, getset): get/set
	attrMethod                 // a method descriptor (function, builtin method), unless the instance dict shadows it
	attrGet                    // another non-data descriptor (classmethod, staticmethod), unless shadowed
	attrValue                  // a plain class attribute, unless shadowed
	attrModule                 // a name in a module's namespace: *slot while the dict's keys version is hint
	// On a class itself (typ is the class, t its Type; its metaclass is type,
	// which does not define the name): what the class's MRO holds, descr the
	// result of reading it from the class (a staticmethod's function, a function,
	// a plain value) or, for attrClassMethod, the classmethod's function, bound to
	// the class (CPython 3.11's LOAD_METHOD_CLASS).
	attrClassValue
	attrClassMethod
)

// ofClass reports whether k is the kind of an entry for a class itself.
func (k attrKind) ofClass() bool { return k >= attrClassValue }

type attrCache struct {
	typ     Ref // the type object the cache is for
	t       *object.Type
	version uint32
	kind    attrKind
	hint    uint32 // entry index of the name in the last instance dict
	// lay is the layout word of the last instance dict's keys table when that
	// table was in the dict's own block (object.DictInlineLayout), else 0: the
	// eval loop's fastest attribute path (object.DictInlineValue).
	lay   uint32
	off   uintptr
	descr Ref // borrowed from the type's namespace
	// bloom is the name's bit in a dict's Bloom filter (object.DictBloomBit): an
	// instance dict without it cannot shadow a method (the inline LOAD_METHOD).
	bloom uint32
	// slot is where an attrModule value is: an entry of the module dict's keys
	// table, in the private heap, in place while the dict's keys version holds.
	slot *Ref
}

type globalCache struct {
	gver, bver uint32 // keys versions of globals and builtins (bver 0: found in globals)
	// slot is where the value is: an entry of the globals or builtins keys table,
	// in the private heap (not Go memory), which stays in place while the
	// versions hold.
	slot *Ref
}

// caches returns the inline caches of ci, made on first use.
func (in *Interp) caches(ci *codeInfo) *inlineCaches {
	if ci.caches == nil {
		n := len(ci.names)
		ci.caches = &inlineCaches{attr: make([]attrSet, n), store: make([]attrSet, n), global: make([]globalCache, n)}
	}
	return ci.caches
}

// fillAttr classifies what the generic lookup of name finds on obj's type into
// c; it leaves c empty for types with their own __getattribute__/__getattr__
// (store: __setattr__) or without a version.
func (in *Interp) fillAttr(c *attrCache, obj, name Ref, store bool) {
	rt := in.RT
	c.kind = attrEmpty
	if obj&1 != 0 {
		return
	}
	t := rt.TypeOf(obj)
	if t == rt.ModuleType && !store && t.Version != 0 {
		in.fillModuleAttr(c, obj, name)
		return
	}
	if t == rt.TypeType && !store {
		in.fillClassAttr(c, obj, name)
		return
	}
	if t.Version == 0 || (!store && t.GetAttr != nil) || (store && t.SetAttr != nil) {
		return
	}
	if _, user := t.Data.(*classInfo); store && !user {
		return // built-in types' instance dicts (functions, modules) are left to SetAttr
	}
	var descr Ref
	if ci, ok := t.Data.(*classInfo); ok {
		descr = in.lookupTypeCached(t, ci, name)
	} else {
		descr = rt.LookupType(t, name)
	}
	kind := attrAbsent
	if descr != Nil {
		dt := rt.TypeOf(descr)
		switch {
		case dt == in.memberType:
			kind = attrSlot
			c.off = uintptr(*rt.Uint32At(descr, memOff))
		case dt.DescrSet != nil && dt.DescrGet != nil, store && dt.DescrSet != nil:
			kind = attrData
		case store:
			kind = attrAbsent // a non-data descriptor does not stop a store
		case dt.Flags&object.TypeMethodDescriptor != 0:
			kind = attrMethod
		case dt.DescrGet != nil:
			kind = attrGet
		default:
			kind = attrValue
		}
	}
	if kind == attrAbsent && t.DictOffset == 0 {
		return
	}
	c.typ, c.t, c.version, c.kind, c.descr = t.Ref, t, t.Version, kind, descr
	c.bloom = object.DictBloomBit(rt.StrHash(name))
}

// fillModuleAttr caches name read from module obj (exactly a module): the module
// type's own GetAttr is the generic lookup with another message, so a name the
// type does not define and the module's dict holds is read from the dict's entry
// while the dict keeps its keys (CPython 3.11's LOAD_ATTR_MODULE).
func (in *Interp) fillModuleAttr(c *attrCache, obj, name Ref) {
	rt := in.RT
	t := rt.ModuleType
	d := rt.ModuleDict(obj)
	if d == Nil || rt.TypeOf(d) != rt.DictType || rt.LookupType(t, name) != Nil {
		return
	}
	ix := rt.DictEntryIndex(d, name)
	if ix < 0 {
		return
	}
	v := rt.DictKeysVersion(d)
	if v == 0 {
		return
	}
	c.typ, c.t, c.version, c.kind, c.descr = t.Ref, t, t.Version, attrModule, Nil
	c.hint, c.slot = v, rt.DictValueSlot(d, ix)
}

// fillClassAttr caches name read from class obj, whose metaclass is type: what
// type_getattro finds in the class's MRO when type itself has no attribute of
// that name (then nothing on the metaclass can take precedence), for the kinds of
// attribute whose reading from a class is fixed while the class's Version holds.
func (in *Interp) fillClassAttr(c *attrCache, obj, name Ref) {
	rt := in.RT
	ct := rt.TypeFromRef(obj)
	if ct == nil || ct.Version == 0 || rt.LookupType(rt.TypeType, name) != Nil {
		rt.ClearErr()
		return
	}
	var v Ref
	if ci, ok := ct.Data.(*classInfo); ok {
		v = in.lookupTypeCached(ct, ci, name)
	} else {
		v = rt.LookupType(ct, name)
	}
	if v == Nil {
		rt.ClearErr()
		return
	}
	kind := attrClassValue
	switch vt := rt.TypeOf(v); {
	case vt == in.StaticMethodType:
		if v = *rt.RefAt(v, smCallable); v == Nil {
			return
		}
	case vt == in.ClassMethodType:
		if v = *rt.RefAt(v, smCallable); v == Nil || rt.TypeOf(v) != in.FunctionType {
			return
		}
		kind = attrClassMethod
	case vt == in.FunctionType:
		// function.__get__(None, cls) is the function itself.
	case vt.DescrGet != nil:
		return // another descriptor: its __get__ decides, each time
	}
	c.typ, c.t, c.version, c.kind, c.descr = obj, ct, ct.Version, kind, v
}

// classHit reports whether c is an entry for class obj itself, still valid.
func (c *attrCache) classHit(obj Ref) bool {
	return c.typ == obj && c.kind.ofClass() && c.t.Version == c.version
}

// moduleHit returns the value c caches for module obj (borrowed), or Nil when the
// module's dict has changed its keys since.
func (c *attrCache) moduleHit(rt *object.Runtime, obj Ref) Ref {
	if d := rt.ModuleDict(obj); d != Nil && rt.DictKeysVersionIs(d, c.hint) {
		return *c.slot
	}
	return Nil
}

// hit reports whether c applies to obj.
func (c *attrCache) hit(rt *object.Runtime, obj Ref) bool {
	return obj&1 == 0 && c.kind != attrEmpty && rt.TypeRefOf(obj) == c.typ && c.t.Version == c.version
}

// shadowed returns the value of name in obj's instance dict (borrowed), or Nil.
func (in *Interp) shadowed(c *attrCache, obj, name Ref) Ref {
	if c.t.DictOffset == 0 {
		return Nil
	}
	d := *in.RT.RefAt(obj, c.t.DictOffset)
	if d == Nil {
		return Nil
	}
	if c.kind != attrAbsent && !in.RT.DictMayHaveStr(d, name) {
		return Nil // the dict's Bloom filter proves the class attribute unshadowed
	}
	v := in.RT.DictGetStrHint(d, name, &c.hint)
	if v != Nil && c.kind == attrAbsent {
		c.lay = in.RT.DictInlineLayout(d)
	}
	return v
}

// loadAttr is LOAD_ATTR: getAttr through the cache of names[arg] in f's code.
func (in *Interp) loadAttr(f *Frame, obj Ref, arg int) Ref {
	rt := in.RT
	name := f.code.names[arg]
	c := in.lookup(&in.caches(f.code).attr[arg], obj, name, false)
	if c.classHit(obj) {
		if c.kind == attrClassMethod {
			return in.NewMethod(c.descr, obj)
		}
		return rt.New(c.descr)
	}
	if c.kind == attrModule && c.hit(rt, obj) && c.moduleHit(rt, obj) == Nil {
		in.fillAttr(c, obj, name, false) // the module's keys changed: look again
	}
	if c.hit(rt, obj) {
		switch c.kind {
		case attrModule:
			if v := c.moduleHit(rt, obj); v != Nil {
				return rt.New(v)
			}
		case attrSlot:
			if v := *rt.RefAt(obj, c.off); v != Nil {
				return rt.New(v)
			}
		case attrAbsent:
			if v := in.shadowed(c, obj, name); v != Nil {
				return rt.New(v)
			}
		case attrMethod, attrGet, attrValue:
			if v := in.shadowed(c, obj, name); v != Nil {
				return rt.New(v)
			}
			if rt.Occurred() {
				return Nil
			}
			if c.t.Version != c.version {
				// A key's __eq__, run by the dict probe, changed the class: the
				// cached descriptor may be gone.
				return in.getAttr(obj, name)
			}
			if c.kind == attrValue {
				return rt.New(c.descr)
			}
			if c.kind == attrMethod && rt.TypeOf(c.descr) == in.FunctionType {
				return in.NewMethod(c.descr, obj)
			}
			return in.callGet(c, obj)
		case attrData:
			return in.callGet(c, obj)
		}
	}
	return in.getAttr(obj, name)
}

// callGet calls the cached descriptor's __get__ for obj.
func (in *Interp) callGet(c *attrCache, obj Ref) Ref {
	rt := in.RT
	descr := c.descr
	rt.Incref(descr)
	r := rt.TypeOf(descr).DescrGet(rt, descr, obj, c.typ)
	rt.Decref(descr)
	return r
}

// loadMethod is LOAD_METHOD on the stack's top obj: it leaves meth obj when the
// attribute is a method found on the class (CALL_METHOD then passes obj as the
// first argument), or Nil attr otherwise. It returns false with an exception set.
func (in *Interp) loadMethod(f *Frame, arg int) bool {
	rt := in.RT
	obj := f.top()
	name := f.code.names[arg]
	if obj&1 == 0 && rt.RawType(obj) == in.SuperType.Ref {
		// super().name(...): a function found after the class in the instance's
		// MRO is left as meth self, without a bound method (CPython 3.12's
		// LOAD_SUPER_ATTR does the same); anything else takes super's getattr.
		if fn, self := in.superMethod(obj, name); fn != Nil {
			rt.Incref(fn)
			rt.Incref(self)
			f.lp[f.sp-1] = fn
			f.push(self)
			rt.Decref(obj)
			return true
		}
	}
	c := in.lookup(&in.caches(f.code).attr[arg], obj, name, false)
	if c.classHit(obj) {
		if c.kind == attrClassMethod {
			// The function, then the class as its first argument.
			f.lp[f.sp-1] = rt.New(c.descr)
			f.push(obj)
			return true
		}
		f.lp[f.sp-1] = Nil
		f.push(rt.New(c.descr))
		rt.Decref(obj)
		return true
	}
	if c.kind == attrMethod && c.hit(rt, obj) {
		if v := in.shadowed(c, obj, name); v == Nil && c.t.Version == c.version { // (see loadAttr)
			if rt.Occurred() {
				return false
			}
			f.lp[f.sp-1] = rt.New(c.descr)
			f.push(obj)
			return true
		}
	}
	v := in.loadAttr(f, obj, arg)
	if v == Nil {
		in.attrErrorContext(obj, name)
		return false
	}
	f.lp[f.sp-1] = Nil
	f.push(v)
	rt.Decref(obj)
	return true
}

// superMethod returns the plain function name resolves to through super object s
// bound to an instance, and that instance (both borrowed), or Nil, Nil when the
// lookup is anything else (super's GetAttr has the general rule).
func (in *Interp) superMethod(s, name Ref) (fn, self Ref) {
	rt := in.RT
	typ, obj, objType := in.field(s, superType), in.field(s, superObj), in.field(s, superObjType)
	if objType == Nil || obj == Nil || obj == objType || !rt.IsType(objType) {
		return Nil, Nil
	}
	v := in.superFind(typ, objType, name)
	if v == Nil {
		rt.ClearErr() // the general path meets any error again
		return Nil, Nil
	}
	if rt.TypeOf(v) == in.FunctionType {
		return v, obj
	}
	return Nil, Nil
}

// superFind returns what name is in the first class after typ in objType's MRO
// that defines it (borrowed), or Nil: super's lookup.
func (in *Interp) superFind(typ, objType, name Ref) Ref {
	rt := in.RT
	mro := rt.TupleItems(rt.TypeMRO(rt.TypeFromRef(objType)))
	i := 0
	for i < len(mro) && mro[i] != typ {
		i++
	}
	for i++; i < len(mro); i++ {
		if v := rt.DictGetStr(rt.TypeDict(rt.TypeFromRef(mro[i])), name); v != Nil {
			return v
		}
	}
	return Nil
}

// storeAttr is STORE_ATTR (value non-Nil): setAttr through the cache of
// names[arg] in f's code.
func (in *Interp) storeAttr(f *Frame, obj, value Ref, arg int) int {
	rt := in.RT
	name := f.code.names[arg]
	c := in.lookup(&in.caches(f.code).store[arg], obj, name, true)
	if !c.hit(rt, obj) {
		return in.setAttr(obj, name, value)
	}
	switch c.kind {
	case attrSlot:
		rt.Incref(value)
		rt.Replace(rt.RefAt(obj, c.off), value)
		return 0
	case attrAbsent:
		slot := rt.RefAt(obj, c.t.DictOffset)
		ci, _ := c.t.Data.(*classInfo)
		if *slot == Nil {
			d := ci.newInstanceDict(rt)
			if d == Nil {
				return -1
			}
			*slot = d
		}
		n := rt.DictLen(*slot)
		if rt.DictSetStrHint(*slot, name, value, &c.hint) < 0 {
			return -1
		}
		if m := rt.DictLen(*slot); m > n && ci != nil {
			ci.sawAttrs(m)
		}
		return 0
	}
	return in.setAttr(obj, name, value)
}

// loadGlobal is LOAD_GLOBAL: the value of names[arg] in f's globals or builtins
// (borrowed), or Nil when neither has it.
func (in *Interp) loadGlobal(f *Frame, arg int) Ref {
	rt := in.RT
	c := &in.caches(f.code).global[arg]
	if c.gver != 0 && rt.DictKeysVersionIs(f.globals, c.gver) && (c.bver == 0 || rt.DictKeysVersionIs(f.builtins, c.bver)) {
		return *c.slot
	}
	name := f.code.names[arg]
	if rt.TypeOf(f.globals) != rt.DictType || rt.TypeOf(f.builtins) != rt.DictType {
		c.gver = 0
		if v := rt.DictGetStr(f.globals, name); v != Nil {
			return v
		}
		return rt.DictGetStr(f.builtins, name)
	}
	if ix := rt.DictEntryIndex(f.globals, name); ix >= 0 {
		c.gver, c.bver, c.slot = rt.DictKeysVersion(f.globals), 0, rt.DictValueSlot(f.globals, ix)
		return *c.slot
	}
	ix := rt.DictEntryIndex(f.builtins, name)
	if ix < 0 {
		c.gver = 0
		return Nil
	}
	c.gver, c.bver, c.slot = rt.DictKeysVersion(f.globals), rt.DictKeysVersion(f.builtins), rt.DictValueSlot(f.builtins, ix)
	if c.bver == 0 {
		c.gver = 0
	}
	return *c.slot
}
