// The slots of object, type, None, NotImplemented and Ellipsis. See doc.go.

package object

import (
	"fmt"
	"strings"
)

// setClass is object.__class__'s setter: obj becomes an instance of another class
// with the same layout (CPython's object_set_class and compatible_for_assignment).
func setClass(rt *Runtime, self, value Ref) int {
	if value == Nil {
		rt.Raise("TypeError", "can't delete __class__ attribute")
		return -1
	}
	if !rt.IsType(value) {
		rt.Raise("TypeError", "__class__ must be set to a class, not '%s' object", rt.TypeNameOf(value))
		return -1
	}
	nt, ot := rt.TypeFromRef(value), rt.TypeOf(self)
	modules := rt.IsSubtype(nt, rt.ModuleType) && rt.IsSubtype(ot, rt.ModuleType)
	if !modules && (nt.Flags&TypeHeapType == 0 || ot.Flags&TypeHeapType == 0) {
		rt.Raise("TypeError", "__class__ assignment only supported for mutable types or ModuleType subclasses")
		return -1
	}
	solid := func(t *Type) *Type {
		for t.Flags&TypeHeapType != 0 {
			t = t.Base
		}
		return t
	}
	if solid(nt) != solid(ot) || nt.Size != ot.Size || nt.DictOffset != ot.DictOffset ||
		nt.WeaklistOffset != ot.WeaklistOffset || nt.Flags&TypeGC != ot.Flags&TypeGC {
		rt.Raise("TypeError", "__class__ assignment: '%s' object layout differs from '%s'", nt.Name, ot.Name)
		return -1
	}
	h := rt.hdr(self)
	rt.Incref(value)
	old := h.typ &^ hdrFinalized
	h.typ = value | h.typ&hdrFinalized
	rt.Decref(old)
	return 0
}

func (rt *Runtime) initObjectSlots() {
	t := rt.ObjectType
	t.Dealloc = func(rt *Runtime, r Ref) { rt.FreeObject(r) }
	t.Hash = func(rt *Runtime, r Ref) (int64, bool) { return HashPointer(r), true }
	t.RichCompare = objectRichCompare
	t.New = objectNew
	t.Init = objectInit
	t.GetSets = []GetSetDef{{Name: "__class__", Get: func(rt *Runtime, self Ref) Ref { return rt.New(rt.TypeRefOf(self)) },
		Set: setClass}}
	t.Methods = append(t.Methods, MethodDef{Name: "__sizeof__", Doc: "Size of object in memory, in bytes.",
		Fn: func(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
			if !rt.CheckArgs("__sizeof__", args, kwnames, 0, 0) {
				return Nil
			}
			return rt.NewInt(int64(rt.BlockSize(self)))
		}})
}

// objectRichCompare is object's default comparison: == is identity, != inverts ==,
// everything else is NotImplemented (CPython's object_richcompare).
func objectRichCompare(rt *Runtime, a, b Ref, op CompareOp) Ref {
	switch op {
	case EQ:
		if a == b {
			return rt.True
		}
	case NE:
		// Inherit __eq__'s answer: ask the type's own == and invert it.
		if eq := rt.TypeOf(a).RichCompare; eq != nil {
			r := eq(rt, a, b, EQ)
			if r == Nil || r == rt.NotImplemented {
				return r
			}
			v := rt.IsTrue(r)
			rt.Decref(r)
			if v < 0 {
				return Nil
			}
			return rt.NewBool(v == 0)
		}
	}
	return rt.New(rt.NotImplemented)
}

func objectNew(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
	if len(args) > 0 && (t.Init == nil || isObjectInit(rt, t)) {
		if t.New == nil || isObjectNew(rt, t) {
			rt.Raise("TypeError", "%s() takes no arguments", t.Name)
			return Nil
		}
	}
	r := rt.AllocObject(t, t.Size)
	if r != Nil && t.Flags&TypeGC != 0 {
		rt.Track(r)
	}
	return r
}

func isObjectNew(rt *Runtime, t *Type) bool  { return t == rt.ObjectType || t.Data == nil }
func isObjectInit(rt *Runtime, t *Type) bool { return t == rt.ObjectType }

func objectInit(rt *Runtime, self Ref, args []Ref, kwnames Ref) int {
	t := rt.TypeOf(self)
	if len(args) > 0 && t == rt.ObjectType {
		rt.Raise("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)")
		return -1
	}
	return 0
}

func (rt *Runtime) initTypeSlots() {
	t := rt.TypeType
	t.WeaklistOffset = typeOffWeaklist // weakref.ref(SomeClass) works, as in CPython
	t.Repr = func(rt *Runtime, r Ref) Ref {
		tt := rt.TypeFromRef(r)
		if tt.Flags&TypeHeapType != 0 {
			if m, ok := tt.Data.(interface{ ModuleName() string }); ok && m.ModuleName() != "builtins" {
				return rt.NewStr(fmt.Sprintf("<class '%s.%s'>", m.ModuleName(), tt.Name))
			}
		}
		return rt.NewStr(fmt.Sprintf("<class '%s'>", tt.Name))
	}
	t.Hash = func(rt *Runtime, r Ref) (int64, bool) { return HashPointer(r), true }
	t.RichCompare = objectRichCompare
	t.Call = typeCall
	t.GetAttr = typeGetAttr
	t.SetAttr = typeSetAttr
	t.Traverse = func(rt *Runtime, r Ref, visit VisitFunc) bool {
		for _, off := range []uintptr{typeOffDict, typeOffBases, typeOffMRO} {
			if v := *rt.RefAt(r, off); v != Nil && !visit(v) {
				return false
			}
		}
		return true
	}
	t.GetSets = []GetSetDef{
		{Name: "__name__", Get: func(rt *Runtime, self Ref) Ref { return rt.New(*rt.RefAt(self, typeOffName)) }},
		{Name: "__qualname__", Get: func(rt *Runtime, self Ref) Ref { return rt.New(*rt.RefAt(self, typeOffQualname)) }},
		{Name: "__bases__", Get: func(rt *Runtime, self Ref) Ref { return rt.New(*rt.RefAt(self, typeOffBases)) }},
		{Name: "__mro__", Get: func(rt *Runtime, self Ref) Ref { return rt.New(*rt.RefAt(self, typeOffMRO)) }},
		{Name: "__module__", Get: typeModule, Set: func(rt *Runtime, self, value Ref) int {
			t := rt.TypeFromRef(self)
			if t.Flags&TypeHeapType == 0 {
				rt.Raise("TypeError", "cannot set '__module__' attribute of immutable type '%s'", t.Name)
				return -1
			}
			if value == Nil {
				rt.Raise("TypeError", "cannot delete '__module__' attribute of immutable type '%s'", t.Name)
				return -1
			}
			return rt.DictSetStr(rt.TypeDict(t), "__module__", value)
		}},
		{Name: "__base__", Get: func(rt *Runtime, self Ref) Ref {
			if b := *rt.RefAt(self, typeOffBase); b != Nil {
				return rt.New(b)
			}
			return rt.None
		}},
	}
}

// typeModule is type.__module__: a class's __module__ entry; for a built-in type
// the part of its name before the last dot, or "builtins".
func typeModule(rt *Runtime, self Ref) Ref {
	t := rt.TypeFromRef(self)
	if t.Flags&TypeHeapType != 0 {
		if m := rt.DictGetStr(rt.TypeDict(t), rt.internedOrNil("__module__")); m != Nil {
			return rt.New(m)
		}
		rt.Raise("AttributeError", "__module__")
		return Nil
	}
	if i := strings.LastIndexByte(t.Name, '.'); i >= 0 {
		return rt.NewStr(t.Name[:i])
	}
	return rt.NewStr("builtins")
}

// typeCall is calling a type: type(x), type(name, bases, dict), or making an
// instance: __new__, then __init__ when __new__ returned an instance of the type.
func typeCall(rt *Runtime, callable Ref, args []Ref, kwnames Ref) Ref {
	t := rt.TypeFromRef(callable)
	if len(args) == 1 && kwnames == Nil {
		// The conversions with one argument, as their __new__ does them (their
		// __init__ is object's): str(x) is PyObject_Str, bool(x) truth, int(x)
		// PyNumber_Long, float(x) a str's parse or PyNumber_Float.
		x := args[0]
		switch t {
		case rt.StrType:
			return rt.Str(x)
		case rt.BoolType:
			switch rt.IsTrue(x) {
			case 1:
				return rt.True
			case 0:
				return rt.False
			}
			return Nil
		case rt.IntType:
			return rt.NumberLong(x) // int_new with one argument
		case rt.FloatType:
			if rt.isExactStr(x) {
				return rt.FloatFromString(x)
			}
			return rt.NumberFloat(x) // float_new with one argument
		}
	}
	if t == rt.TypeType {
		if len(args) == 1 && kwnames == Nil {
			return rt.New(rt.TypeRefOf(args[0]))
		}
		if len(args)-rt.NumKwargs(kwnames) != 3 {
			rt.Raise("TypeError", "type() takes 1 or 3 arguments")
			return Nil
		}
	}
	if rt.IsSubtype(t, rt.TypeType) && rt.hooks.NewClass != nil {
		return rt.hooks.NewClass(t, args, kwnames)
	}
	if t.New == nil {
		rt.Raise("TypeError", "cannot create '%s' instances", t.Name)
		return Nil
	}
	obj := t.New(rt, t, args, kwnames)
	if obj == Nil || !rt.IsInstance(obj, t) {
		return obj
	}
	if init := rt.TypeOf(obj).Init; init != nil {
		if init(rt, obj, args, kwnames) < 0 {
			rt.Decref(obj)
			return Nil
		}
	}
	return obj
}

// typeGetAttr looks an attribute up on a type (CPython's type_getattro): data
// descriptors of the metatype, then the type's own MRO (binding descriptors to the
// type), then other attributes of the metatype.
func typeGetAttr(rt *Runtime, cls, name Ref) Ref {
	meta := rt.TypeOf(cls)
	t := rt.TypeFromRef(cls)
	metaAttr := rt.LookupType(meta, name)
	var metaGet DescrGetFunc
	if metaAttr != Nil {
		rt.Incref(metaAttr)
		defer rt.Decref(metaAttr)
		mt := rt.TypeOf(metaAttr)
		metaGet = mt.DescrGet
		if metaGet != nil && mt.DescrSet != nil {
			return metaGet(rt, metaAttr, cls, meta.Ref)
		}
	}
	if attr := rt.LookupType(t, name); attr != Nil {
		if get := rt.TypeOf(attr).DescrGet; get != nil {
			rt.Incref(attr)
			defer rt.Decref(attr)
			return get(rt, attr, Nil, cls)
		}
		return rt.New(attr)
	}
	if metaGet != nil {
		return metaGet(rt, metaAttr, cls, meta.Ref)
	}
	if metaAttr != Nil {
		return rt.New(metaAttr)
	}
	rt.Raise("AttributeError", "type object '%s' has no attribute '%s'", t.Name, rt.GoString(name))
	return Nil
}

func typeSetAttr(rt *Runtime, cls, name, value Ref) int {
	t := rt.TypeFromRef(cls)
	if t.Flags&TypeHeapType == 0 {
		rt.Raise("TypeError", "cannot set '%s' attribute of immutable type '%s'", rt.GoString(name), t.Name)
		return -1
	}
	if descr := rt.LookupType(rt.TypeOf(cls), name); descr != Nil {
		if set := rt.TypeOf(descr).DescrSet; set != nil {
			return set(rt, descr, cls, value)
		}
	}
	d := rt.TypeDict(t)
	if value == Nil {
		if rt.DictDelItem(d, name) < 0 {
			if rt.ErrMatchesName("KeyError") {
				rt.ClearErr()
				rt.Raise("AttributeError", "type object '%s' has no attribute '%s'", t.Name, rt.GoString(name))
			}
			return -1
		}
	} else if rt.DictSetItem(d, name, value) < 0 {
		return -1
	}
	if rt.hooks.TypeModified != nil {
		rt.hooks.TypeModified(t, name)
	}
	return 0
}

func (rt *Runtime) initSingletonSlots() {
	constRepr := func(s string) UnaryFunc { return func(rt *Runtime, r Ref) Ref { return rt.NewStr(s) } }
	rt.NoneType.Repr = constRepr("None")
	rt.NoneType.Number = &NumberSlots{Bool: func(rt *Runtime, r Ref) int { return 0 }}
	rt.NoneType.New = func(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
		if len(args) > 0 || kwnames != Nil {
			rt.Raise("TypeError", "NoneType takes no arguments")
			return Nil
		}
		return rt.None
	}
	rt.NotImplementedType.Repr = constRepr("NotImplemented")
	rt.NotImplementedType.New = func(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
		if len(args) > 0 || kwnames != Nil {
			rt.Raise("TypeError", "NotImplementedType takes no arguments")
			return Nil
		}
		return rt.NotImplemented
	}
	rt.EllipsisType.Repr = constRepr("Ellipsis")
	rt.EllipsisType.New = func(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
		if len(args) > 0 || kwnames != Nil {
			rt.Raise("TypeError", "ellipsis takes no arguments")
			return Nil
		}
		return rt.Ellipsis
	}
}

func (rt *Runtime) initDescrSlots() {
	bf := rt.builtinFunctionType
	bf.Call, bf.Repr, bf.Dealloc, bf.Traverse = builtinCall, builtinRepr, builtinDealloc, builtinTraverse
	bf.GetSets = []GetSetDef{
		{Name: "__name__", Get: func(rt *Runtime, self Ref) Ref { return rt.NewStr(rt.BuiltinFunctionName(self)) }},
		{Name: "__qualname__", Get: func(rt *Runtime, self Ref) Ref {
			// CPython's meth_get__qualname__: the owner's name and the method's, for
			// a method; the bare name for a module function.
			name := rt.BuiltinFunctionName(self)
			s := rt.BuiltinFunctionSelf(self)
			if s == Nil || rt.TypeOf(s) == rt.ModuleType {
				return rt.NewStr(name)
			}
			if rt.IsType(s) {
				return rt.NewStr(rt.TypeFromRef(s).shortName() + "." + name)
			}
			return rt.NewStr(rt.TypeOf(s).shortName() + "." + name)
		}},
		{Name: "__module__", Get: func(rt *Runtime, self Ref) Ref {
			if m := *rt.RefAt(self, bfOffModule); m != Nil && rt.TypeOf(m) == rt.ModuleType {
				if n := rt.DictGetItem(rt.ModuleDict(m), rt.internedOrNil("__name__")); n != Nil {
					return rt.New(n)
				}
			}
			if s := rt.BuiltinFunctionSelf(self); s != Nil && rt.TypeOf(s) == rt.ModuleType {
				if n := rt.DictGetItem(rt.ModuleDict(s), rt.internedOrNil("__name__")); n != Nil {
					return rt.New(n)
				}
			}
			return rt.New(rt.None)
		}},
		{Name: "__doc__", Get: func(rt *Runtime, self Ref) Ref {
			def := rt.methodDef(self, bfOffDef)
			if _, doc := splitTextSignature(def.Name, def.Doc); doc != "" {
				return rt.NewStr(doc)
			}
			return rt.New(rt.None)
		}},
		{Name: "__text_signature__", Get: func(rt *Runtime, self Ref) Ref {
			def := rt.methodDef(self, bfOffDef)
			if sig, _ := splitTextSignature(def.Name, def.Doc); sig != "" {
				return rt.NewStr(sig)
			}
			return rt.New(rt.None)
		}},
		{Name: "__self__", Get: func(rt *Runtime, self Ref) Ref {
			if s := rt.BuiltinFunctionSelf(self); s != Nil {
				return rt.New(s)
			}
			return rt.None
		}},
	}
	md := rt.methodDescrType
	md.Call, md.DescrGet, md.Repr = methodDescrCall, methodDescrGet, methodDescrRepr
	cm := rt.classMethodDescrType
	cm.Call, cm.DescrGet, cm.Repr = classMethodDescrCall, classMethodDescrGet, classMethodDescrRepr
	gs := rt.getsetDescrType
	gs.DescrGet, gs.DescrSet, gs.Repr = getsetGet, getsetSet, getsetRepr
	// __name__, __qualname__, __objclass__ and __doc__ of the descriptors, as CPython's.
	descrName := func(name func(rt *Runtime, d Ref) string) []GetSetDef {
		str := func(s string) Ref { return rt.NewStr(s) }
		return []GetSetDef{
			{Name: "__name__", Get: func(rt *Runtime, d Ref) Ref { return str(name(rt, d)) }},
			{Name: "__qualname__", Get: func(rt *Runtime, d Ref) Ref {
				return str(methodDescrOwner(rt, d).shortName() + "." + name(rt, d))
			}},
			{Name: "__objclass__", Get: func(rt *Runtime, d Ref) Ref { return rt.New(methodDescrOwner(rt, d).Ref) }},
		}
	}
	methodName := func(rt *Runtime, d Ref) string { return rt.methodDef(d, mdOffDef).Name }
	methodDoc := GetSetDef{Name: "__doc__", Get: func(rt *Runtime, d Ref) Ref {
		if doc := rt.methodDef(d, mdOffDef).Doc; doc != "" {
			return rt.NewStr(doc)
		}
		return rt.None
	}}
	md.GetSets = append(descrName(methodName), methodDoc)
	wrapperDoc := func(def *MethodDef) Ref {
		if def.Doc != "" {
			return rt.NewStr(def.Doc)
		}
		if doc, ok := slotDocs[def.Name]; ok {
			return rt.NewStr(doc)
		}
		return rt.New(rt.None)
	}
	wd := rt.wrapperDescrType
	wd.Call, wd.DescrGet, wd.Repr, wd.Dealloc = wrapperDescrCall, wrapperDescrGet, wrapperDescrRepr, wrapperDescrDealloc
	wd.GetSets = append(descrName(methodName), GetSetDef{Name: "__doc__", Get: func(rt *Runtime, d Ref) Ref {
		return wrapperDoc(rt.methodDef(d, mdOffDef))
	}})
	mw := rt.methodWrapperType
	mw.Call, mw.Repr, mw.Dealloc, mw.Traverse = builtinCall, methodWrapperRepr, builtinDealloc, builtinTraverse
	mw.RichCompare, mw.Hash = methodWrapperCompare, methodWrapperHash
	mwDescr := func(m Ref) Ref { return *rt.RefAt(m, bfOffModule) }
	mw.GetSets = []GetSetDef{
		{Name: "__self__", Get: func(rt *Runtime, m Ref) Ref { return rt.New(rt.BuiltinFunctionSelf(m)) }},
		{Name: "__name__", Get: func(rt *Runtime, m Ref) Ref { return rt.NewStr(rt.BuiltinFunctionName(m)) }},
		{Name: "__qualname__", Get: func(rt *Runtime, m Ref) Ref {
			return rt.NewStr(methodDescrOwner(rt, mwDescr(m)).shortName() + "." + rt.BuiltinFunctionName(m))
		}},
		{Name: "__objclass__", Get: func(rt *Runtime, m Ref) Ref { return rt.New(methodDescrOwner(rt, mwDescr(m)).Ref) }},
		{Name: "__doc__", Get: func(rt *Runtime, m Ref) Ref { return wrapperDoc(rt.methodDef(m, bfOffDef)) }},
	}
	cm.GetSets = append(descrName(methodName), methodDoc)
	gs.GetSets = append(descrName(func(rt *Runtime, d Ref) string { return rt.getsetDef(d).Name }),
		GetSetDef{Name: "__doc__", Get: func(rt *Runtime, d Ref) Ref {
			if doc := rt.getsetDef(d).Doc; doc != "" {
				return rt.NewStr(doc)
			}
			return rt.New(rt.None)
		}})
}
