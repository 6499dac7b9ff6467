// Building the data area: the built-in types, the singletons and the caches, created
// once per Runtime and immortal. See doc.go.

package object

import "strings"

// defType creates a built-in type: its Go-side Type and its static type object.
func (rt *Runtime) defType(name string, base *Type, size uintptr, flags TypeFlags) *Type {
	t := &Type{Name: name, Base: base, Size: size, Flags: flags, Index: uint32(len(rt.types))}
	rt.types = append(rt.types, t)
	rt.TypeChanged(t)
	t.Ref = rt.allocStatic(rt.TypeType, typeObjectSize)
	*rt.Uint32At(t.Ref, typeOffIndex) = t.Index
	if base != nil {
		// Inherit the slots a subclass does not define (CPython's inherit_slots).
		t.Flags |= base.Flags & (TypeIntSubclass | TypeStrSubclass | TypeBytesSubclass | TypeTupleSubclass |
			TypeListSubclass | TypeDictSubclass | TypeExceptionSubclass | TypeTypeSubclass | TypeGC)
	}
	return t
}

// inheritSlots copies into t every slot it leaves nil from its base.
func inheritSlots(t *Type) {
	b := t.Base
	if b == nil {
		return
	}
	if t.Dealloc == nil {
		t.Dealloc = b.Dealloc
	}
	if t.Traverse == nil {
		t.Traverse = b.Traverse
	}
	if t.Clear == nil {
		t.Clear = b.Clear
	}
	if t.Repr == nil {
		t.Repr = b.Repr
	}
	if t.Str == nil {
		t.Str = b.Str
	}
	if t.Hash == nil && t.RichCompare == nil {
		t.Hash, t.RichCompare = b.Hash, b.RichCompare
	}
	if t.GetAttr == nil {
		t.GetAttr = b.GetAttr
	}
	if t.SetAttr == nil {
		t.SetAttr = b.SetAttr
	}
	if t.Iter == nil {
		t.Iter = b.Iter
	}
	if t.Next == nil {
		t.Next = b.Next
	}
	if t.Call == nil {
		t.Call = b.Call
	}
	if t.DescrGet == nil {
		t.DescrGet = b.DescrGet
	}
	if t.DescrSet == nil {
		t.DescrSet = b.DescrSet
	}
	if t.New == nil {
		t.New = b.New
	}
	if t.Init == nil {
		t.Init = b.Init
	}
	if t.Number == nil {
		t.Number = b.Number
	}
	if t.Sequence == nil {
		t.Sequence = b.Sequence
	}
	if t.Mapping == nil {
		t.Mapping = b.Mapping
	}
	if t.DictOffset == 0 {
		t.DictOffset = b.DictOffset
	}
	if t.WeaklistOffset == 0 {
		t.WeaklistOffset = b.WeaklistOffset
	}
	if t.Size < b.Size {
		t.Size = b.Size
	}
}

func (rt *Runtime) initTypes() {
	// type and object first: every type object's header points at type.
	rt.TypeType = &Type{Name: "type", Index: 0, Size: typeObjectSize, Flags: TypeGC | TypeBaseType | TypeTypeSubclass}
	rt.types = append(rt.types, rt.TypeType)
	rt.TypeChanged(rt.TypeType)
	rt.TypeType.Ref = rt.allocStatic(nil, typeObjectSize)
	rt.hdr(rt.TypeType.Ref).typ = rt.TypeType.Ref
	*rt.Uint32At(rt.TypeType.Ref, typeOffIndex) = 0

	rt.ObjectType = rt.defType("object", nil, headerSize, TypeBaseType)
	rt.TypeType.Base = rt.ObjectType
	rt.NoneType = rt.defType("NoneType", rt.ObjectType, headerSize, 0)
	rt.NotImplementedType = rt.defType("NotImplementedType", rt.ObjectType, headerSize, 0)
	rt.EllipsisType = rt.defType("ellipsis", rt.ObjectType, headerSize, 0)
	rt.IntType = rt.defType("int", rt.ObjectType, intOffDigits, TypeBaseType|TypeIntSubclass|TypeVarSize)
	rt.BoolType = rt.defType("bool", rt.IntType, intOffDigits, 0)
	rt.FloatType = rt.defType("float", rt.ObjectType, floatSize, TypeBaseType)
	rt.StrType = rt.defType("str", rt.ObjectType, strOffData, TypeBaseType|TypeStrSubclass|TypeVarSize)
	rt.BytesType = rt.defType("bytes", rt.ObjectType, 0, TypeBaseType|TypeBytesSubclass|TypeVarSize)
	rt.ByteArrayType = rt.defType("bytearray", rt.ObjectType, 0, TypeBaseType)
	rt.MemoryViewType = rt.defType("memoryview", rt.ObjectType, mvSize, TypeGC)
	rt.TupleType = rt.defType("tuple", rt.ObjectType, tupleOffItems, TypeBaseType|TypeTupleSubclass|TypeGC|TypeVarSize)
	rt.ListType = rt.defType("list", rt.ObjectType, 0, TypeBaseType|TypeListSubclass|TypeGC)
	rt.DictType = rt.defType("dict", rt.ObjectType, dictSize, TypeBaseType|TypeDictSubclass|TypeGC)
	rt.SetType = rt.defType("set", rt.ObjectType, 0, TypeBaseType|TypeGC|TypeWeakrefable)
	rt.FrozenSetType = rt.defType("frozenset", rt.ObjectType, 0, TypeBaseType|TypeGC|TypeWeakrefable)
	rt.RangeType = rt.defType("range", rt.ObjectType, 0, 0)
	rt.SliceType = rt.defType("slice", rt.ObjectType, sliceSize, 0)
	rt.ModuleType = rt.defType("module", rt.ObjectType, moduleSize, TypeBaseType|TypeGC|TypeWeakrefable)
	rt.SeqIterType = rt.defType("iterator", rt.ObjectType, seqIterSize, TypeGC)
	rt.WeakrefType = rt.defType("weakref.ReferenceType", rt.ObjectType, wrSize, TypeGC|TypeBaseType)
	rt.WeakProxyType = rt.defType("weakref.ProxyType", rt.ObjectType, wrSize, TypeGC)
	rt.WeakCallableProxyType = rt.defType("weakref.CallableProxyType", rt.ObjectType, wrSize, TypeGC)
	rt.builtinFunctionType = rt.defType("builtin_function_or_method", rt.ObjectType, bfSize, TypeGC)
	rt.methodDescrType = rt.defType("method_descriptor", rt.ObjectType, mdSize, TypeMethodDescriptor)
	rt.classMethodDescrType = rt.defType("classmethod_descriptor", rt.ObjectType, mdSize, 0)
	rt.getsetDescrType = rt.defType("getset_descriptor", rt.ObjectType, mdSize, 0)
	rt.wrapperDescrType = rt.defType("wrapper_descriptor", rt.ObjectType, mdSize, 0)
	rt.methodWrapperType = rt.defType("method-wrapper", rt.ObjectType, bfSize, TypeGC)
	for _, e := range excHierarchy {
		var base *Type
		if e[1] == "" {
			base = rt.ObjectType
		} else {
			base = rt.excTypes[e[1]]
		}
		t := rt.defType(e[0], base, excSize, TypeBaseType|TypeGC|TypeExceptionSubclass)
		t.DictOffset = excOffDict
		rt.excTypes[e[0]] = t
	}

	// The generation lists' sentinels.
	for i := range rt.gcLists {
		rt.gcLists[i] = rt.allocStatic(nil, gcListHeadSz)
		rt.initGCListHead(rt.gcLists[i])
	}

	// Singletons and caches.
	rt.None = rt.allocStatic(rt.NoneType, headerSize)
	rt.NotImplemented = rt.allocStatic(rt.NotImplementedType, headerSize)
	rt.Ellipsis = rt.allocStatic(rt.EllipsisType, headerSize)
	rt.False = rt.allocStatic(rt.BoolType, intOffDigits)
	rt.True = rt.allocStatic(rt.BoolType, intOffDigits+4)
	*(*int32)(rt.field(rt.True, intOffSize)) = 1
	*rt.Uint32At(rt.True, intOffDigits) = 1
	rt.EmptyStr = rt.allocStatic(rt.StrType, strOffData+1)
	*rt.Uint32At(rt.EmptyStr, strOffState) = 1 | strASCII
	*(*int64)(rt.field(rt.EmptyStr, strOffHash)) = -1
	for c := range rt.latin1 {
		s := rt.allocStatic(rt.StrType, strOffData+2)
		*rt.Uint32At(s, strOffLength) = 1
		state := uint32(1)
		if c < 128 {
			state |= strASCII
		}
		*rt.Uint32At(s, strOffState) = state
		*(*int64)(rt.field(s, strOffHash)) = -1
		rt.Bytes(s, strOffData, 1)[0] = byte(c)
		rt.latin1[c] = s
	}
	rt.EmptyTuple = rt.allocStatic(rt.TupleType, tupleOffItems)

	// Each family's slots and methods (one file each).
	rt.initObjectSlots()
	rt.initTypeSlots()
	rt.initSingletonSlots()
	rt.initInt()
	rt.initBool()
	rt.initFloat()
	rt.initStr()
	rt.initBytes()
	rt.initByteArray()
	rt.initTuple()
	rt.initList()
	rt.initDict()
	rt.initSet()
	rt.initRange()
	rt.initSlice()
	rt.initModule()
	rt.initSeqIter()
	rt.initMemoryView()
	rt.initWeakref()
	rt.initWeakProxy()
	rt.initDescrSlots()
	rt.initExceptions()

	// Namespaces, names, bases and MROs of every built-in type, now that str, dict
	// and tuple work.
	for _, t := range rt.types {
		rt.finishType(t)
	}
	rt.fixExceptionGroupBases()
	args := rt.New(rt.EmptyTuple)
	rt.memoryError = rt.NewException(rt.excTypes["MemoryError"], args)
	rt.Decref(args)
}

// finishType completes a built-in type once its slots are set: inherited slots,
// flags, and the type object's name, namespace (with a descriptor for each MethodDef
// and GetSetDef), bases and MRO.
func (rt *Runtime) finishType(t *Type) {
	inheritSlots(t)
	*rt.Uint32At(t.Ref, typeOffFlags) = uint32(t.Flags)
	// As CPython does for static types: "weakref.ReferenceType" is named
	// ReferenceType (and type.__module__ says weakref, objecttype.go).
	short := t.Name
	if i := strings.LastIndexByte(t.Name, '.'); i >= 0 {
		short = t.Name[i+1:]
	}
	name := rt.InternString(short)
	d := rt.NewDict()
	for i := range t.Methods {
		m := &t.Methods[i]
		rt.DictSetStr(d, m.Name, rt.newMethodDescr(t, m))
	}
	for i := range t.GetSets {
		g := &t.GetSets[i]
		rt.DictSetStr(d, g.Name, rt.newGetSetDescr(t, g))
	}
	var bases, mro Ref
	if t.Base == nil {
		bases = rt.New(rt.EmptyTuple)
		mro = rt.TupleFrom(t.Ref)
	} else {
		bases = rt.TupleFrom(t.Base.Ref)
		var chain []Ref
		for c := t; c != nil; c = c.Base {
			chain = append(chain, c.Ref)
		}
		mro = rt.TupleFrom(chain...)
		*rt.RefAt(t.Ref, typeOffBase) = t.Base.Ref
	}
	rt.SetTypeSlots(t, d, bases, mro, rt.New(name), name)
}
