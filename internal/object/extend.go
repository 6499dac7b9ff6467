// Defining types from the layers above (the VM's function, code, generator and
// class types). See doc.go.

package object

// NewStaticType creates a built-in type after the Runtime is built (a static,
// immortal type object in the data area); setup fills its slots, Methods and GetSets
// before its namespace is made.
func (rt *Runtime) NewStaticType(name string, base *Type, size uintptr, flags TypeFlags, setup func(t *Type)) *Type {
	if base == nil {
		base = rt.ObjectType
	}
	t := rt.defType(name, base, size, flags)
	if setup != nil {
		setup(t)
	}
	rt.completeStaticType(t)
	if f := rt.hooks.StaticTypeReady; f != nil {
		f(t)
	}
	return t
}

func (rt *Runtime) completeStaticType(t *Type) {
	inheritSlots(t)
	*rt.Uint32At(t.Ref, typeOffFlags) = uint32(t.Flags)
	nm := rt.InternString(t.shortName()) // "types.UnionType" is named UnionType, as in CPython
	d := rt.NewDict()
	rt.DictReserve(d, len(t.Methods)+len(t.GetSets)+8) // and the slot wrappers and names to come
	for i := range t.Methods {
		m := &t.Methods[i]
		rt.DictSetStr(d, m.Name, rt.newMethodDescr(t, m))
	}
	for i := range t.GetSets {
		g := &t.GetSets[i]
		rt.DictSetStr(d, g.Name, rt.newGetSetDescr(t, g))
	}
	bases := rt.TupleFrom(t.Base.Ref)
	var chain []Ref
	for c := t; c != nil; c = c.Base {
		chain = append(chain, c.Ref)
	}
	mro := rt.TupleFrom(chain...)
	*rt.RefAt(t.Ref, typeOffBase) = t.Base.Ref
	rt.SetTypeSlots(t, d, bases, mro, rt.New(nm), nm)
}

// AddMethods adds built-in methods and getsets to a type's namespace after it was
// built (for the layers that extend the core types).
func (rt *Runtime) AddMethods(t *Type, methods []MethodDef, getsets []GetSetDef) {
	d := rt.TypeDict(t)
	rt.DictReserve(d, len(methods)+len(getsets))
	for i := range methods {
		m := &methods[i]
		v := rt.newMethodDescr(t, m)
		rt.DictSetStr(d, m.Name, v)
		rt.Decref(v)
	}
	for i := range getsets {
		g := &getsets[i]
		v := rt.newGetSetDescr(t, g)
		rt.DictSetStr(d, g.Name, v)
		rt.Decref(v)
	}
}

// NewHeapType creates the Go side and the type object of a class: a heap type that
// dies when its last reference goes (its Index is then reused). The caller fills the
// slots, then calls SetTypeSlots with the namespace, bases, MRO and names, and sets
// Base. The type object is tracked by the collector.
func (rt *Runtime) NewHeapType(meta *Type, name string, base *Type, size uintptr, flags TypeFlags) *Type {
	t := &Type{Name: name, Base: base, Size: size, Flags: flags | TypeHeapType}
	rt.TypeChanged(t)
	if n := len(rt.freeTypes); n > 0 {
		t.Index = rt.freeTypes[n-1]
		rt.freeTypes = rt.freeTypes[:n-1]
		rt.types[t.Index] = t
	} else {
		t.Index = uint32(len(rt.types))
		rt.types = append(rt.types, t)
	}
	sz := meta.Size
	if sz < typeObjectSize {
		sz = typeObjectSize
	}
	r := rt.AllocObject(meta, sz)
	if r == Nil {
		rt.types[t.Index] = nil
		rt.freeTypes = append(rt.freeTypes, t.Index)
		return nil
	}
	t.Ref = r
	*rt.Uint32At(r, typeOffIndex) = t.Index
	if base != nil {
		t.Flags |= base.Flags & (TypeIntSubclass | TypeStrSubclass | TypeBytesSubclass | TypeTupleSubclass |
			TypeListSubclass | TypeDictSubclass | TypeExceptionSubclass | TypeTypeSubclass | TypeGC)
		*rt.RefAt(r, typeOffBase) = rt.New(base.Ref)
	}
	return t
}

// FinishHeapType records a heap type's flags once its slots are set, inheriting
// the slots it leaves nil from its base, and tracks the type object.
func (rt *Runtime) FinishHeapType(t *Type) {
	inheritSlots(t)
	*rt.Uint32At(t.Ref, typeOffFlags) = uint32(t.Flags)
	if !rt.IsTracked(t.Ref) {
		rt.Track(t.Ref)
	}
}

// heapTypeDealloc frees a dead class: its namespace, bases, MRO and names, and its
// slot in the type table.
func heapTypeDealloc(rt *Runtime, r Ref) {
	t := rt.TypeFromRef(r)
	rt.Untrack(r)
	for _, off := range []uintptr{typeOffDict, typeOffBases, typeOffMRO, typeOffName, typeOffQualname, typeOffBase} {
		rt.Replace(rt.RefAt(r, off), Nil)
	}
	if t != nil && t.Flags&TypeHeapType != 0 {
		t.Version = 0
		rt.types[t.Index] = nil
		rt.freeTypes = append(rt.freeTypes, t.Index)
	}
	rt.FreeObject(r)
}

// InstallHeapTypeSlots gives type objects the destructor and collector slots heap
// types need (static types are immortal and never reach them).
func (rt *Runtime) InstallHeapTypeSlots() {
	tt := rt.TypeType
	tt.Dealloc = heapTypeDealloc
	tt.Traverse = func(rt *Runtime, r Ref, visit VisitFunc) bool {
		for _, off := range []uintptr{typeOffDict, typeOffBases, typeOffMRO, typeOffBase} {
			if v := *rt.RefAt(r, off); v != Nil && !visit(v) {
				return false
			}
		}
		return true
	}
	tt.Clear = func(rt *Runtime, r Ref) {
		for _, off := range []uintptr{typeOffDict, typeOffBases, typeOffMRO} {
			rt.Replace(rt.RefAt(r, off), Nil)
		}
	}
}

// SetTypeMRO replaces a type's __mro__ (a new reference, taken over).
func (rt *Runtime) SetTypeMRO(t *Type, mro Ref) { rt.Replace(rt.RefAt(t.Ref, typeOffMRO), mro) }

// TypeQualname returns t's __qualname__ (borrowed).
func (rt *Runtime) TypeQualname(t *Type) Ref { return rt.refField(t.Ref, typeOffQualname) }

// SetTypeName replaces a type's __name__ or __qualname__ (new references, taken over;
// Nil leaves a field alone).
func (rt *Runtime) SetTypeName(t *Type, name, qualname Ref) {
	if name != Nil {
		rt.Replace(rt.RefAt(t.Ref, typeOffName), name)
	}
	if qualname != Nil {
		rt.Replace(rt.RefAt(t.Ref, typeOffQualname), qualname)
	}
}

// SetRefcnt sets an object's count (the VM's code units keep code objects at 0
// while only the unit refers to them).
func (rt *Runtime) SetRefcnt(r Ref, n uint32) { rt.hdr(r).refcnt = n }

// HeapTypeDictOffset is the size of the header and GC header: where a class's
// instances keep their first extra field.
const HeapTypeFirstField = 16
