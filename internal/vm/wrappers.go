// Slot wrappers: the dunder methods of built-in types (object.__init__,
// int.__add__, BaseException.__str__, ...) made from their Go slots, so that Python
// code can call them (super().__init__(...), object.__setattr__(self, ...)).
// Also the attributes of exceptions and types the VM gives meaning to.

package vm

import (
	"reflect"
	"strings"

	"github.com/pyheap/pyheap/internal/object"
)

func fnPtr(f any) uintptr {
	v := reflect.ValueOf(f)
	if !v.IsValid() || v.IsNil() {
		return 0
	}
	return v.Pointer()
}

// differs reports whether t defines slot s itself (its base has none or another).
func differs(t *object.Type, get func(t *object.Type) any) bool {
	f := get(t)
	if fnPtr(f) == 0 {
		return false
	}
	if t.Base == nil {
		return true
	}
	return fnPtr(f) != fnPtr(get(t.Base))
}

func (in *Interp) addSlotWrappers(t *object.Type) {
	rt := in.RT
	d := rt.TypeDict(t)
	start := len(in.wrapperDefs)
	add := func(name string, fn object.MethodFunc, kind object.MethodKind) {
		if rt.DictGetStr(d, in.Str(name)) != Nil {
			return
		}
		in.wrapperDefs = append(in.wrapperDefs, object.MethodDef{Name: name, Fn: fn, Kind: kind})
	}
	args0 := func(rt *object.Runtime, name string, args []Ref, kw Ref) bool {
		return rt.CheckArgs(name, args, kw, 0, 0)
	}
	args1 := func(rt *object.Runtime, name string, args []Ref, kw Ref) bool {
		return rt.CheckArgs(name, args, kw, 1, 1)
	}
	if differs(t, func(t *object.Type) any { return t.Init }) {
		init := t.Init
		add("__init__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if t == rt.ObjectType {
				if len(args) > 0 {
					// CPython's object_init: excess arguments are an error when
					// the type overrides __init__, or when it does not override
					// __new__ either (then the message names the type).
					st := rt.TypeOf(self)
					sb := in.staticBase(st)
					if in.userAttr(st, "__init__") != Nil || sb != rt.ObjectType && sb.Init != nil && fnPtr(sb.Init) != fnPtr(rt.ObjectType.Init) {
						rt.Raise("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)")
						return Nil
					}
					if in.userAttr(st, "__new__") == Nil && (sb == rt.ObjectType || sb.New == nil) {
						rt.Raise("TypeError", "%s.__init__() takes exactly one argument (the instance to initialize)", st.Name)
						return Nil
					}
				}
				return rt.None
			}
			if init(rt, self, args, kw) < 0 {
				return Nil
			}
			return rt.None
		}, object.InstanceMethod)
	}
	if differs(t, func(t *object.Type) any { return t.New }) {
		add("__new__", func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
			if len(args) < 1 {
				rt.Raise("TypeError", "%s.__new__(): not enough arguments", t.Name)
				return Nil
			}
			if !rt.IsType(args[0]) {
				rt.Raise("TypeError", "%s.__new__(X): X is not a type object (%s)", t.Name, rt.TypeNameOf(args[0]))
				return Nil
			}
			sub := rt.TypeFromRef(args[0])
			if !rt.IsSubtype(sub, t) {
				rt.Raise("TypeError", "%s.__new__(%s): %s is not a subtype of %s", t.Name, sub.Name, sub.Name, t.Name)
				return Nil
			}
			if t == rt.ObjectType {
				if st := in.staticBase(sub); st != rt.ObjectType && st.New != nil {
					rt.Raise("TypeError", "object.__new__(%s) is not safe, use %s.__new__()", sub.Name, st.Name)
					return Nil
				}
				if len(args) > 1 && (in.userAttr(sub, "__new__") != Nil || in.userAttr(sub, "__init__") == Nil) {
					rt.Raise("TypeError", "%s() takes no arguments", sub.Name)
					return Nil
				}
				r := rt.AllocObject(sub, sub.Size)
				if r != Nil && sub.Flags&object.TypeGC != 0 {
					rt.Track(r)
				}
				return r
			}
			if t == rt.TypeType && len(args) == 4 {
				return in.newClassHook(sub, args[1:], kw)
			}
			return t.New(rt, sub, args[1:], kw)
		}, object.StaticMethod)
	}
	if differs(t, func(t *object.Type) any { return t.Repr }) {
		f := t.Repr
		add("__repr__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !args0(rt, "__repr__", args, kw) {
				return Nil
			}
			return f(rt, self)
		}, object.InstanceMethod)
	}
	if differs(t, func(t *object.Type) any { return t.Str }) || t == rt.ObjectType {
		f := t.Str
		add("__str__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !args0(rt, "__str__", args, kw) {
				return Nil
			}
			if f == nil {
				return rt.Repr(self)
			}
			return f(rt, self)
		}, object.InstanceMethod)
	}
	if t.Hash == nil && t.Base != nil && t.Base.Hash != nil && rt.DictGetStr(d, in.Str("__hash__")) == Nil {
		// An unhashable built-in (list, dict, set, ...): __hash__ is None, as
		// CPython's type_ready sets it for PyObject_HashNotImplemented, so that
		// list.__hash__ and [].__hash__ do not find object's.
		rt.DictSetStr(d, "__hash__", rt.None)
	}
	if differs(t, func(t *object.Type) any { return t.Hash }) {
		f := t.Hash
		add("__hash__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			h, ok := f(rt, self)
			if !ok {
				return Nil
			}
			return rt.NewInt(h)
		}, object.InstanceMethod)
	}
	if differs(t, func(t *object.Type) any { return t.RichCompare }) {
		f := t.RichCompare
		for op, name := range compareDunders {
			op := object.CompareOp(op)
			add(name, func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
				if !args1(rt, name, args, kw) {
					return Nil
				}
				return f(rt, self, args[0], op)
			}, object.InstanceMethod)
		}
	}
	if t == rt.ObjectType || differs(t, func(t *object.Type) any { return t.GetAttr }) {
		f := t.GetAttr
		add("__getattribute__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !args1(rt, "__getattribute__", args, kw) {
				return Nil
			}
			if !rt.IsStr(args[0]) {
				rt.Raise("TypeError", "attribute name must be string, not '%s'", rt.TypeNameOf(args[0]))
				return Nil
			}
			if f == nil {
				return rt.GenericGetAttr(self, args[0])
			}
			return f(rt, self, args[0])
		}, object.InstanceMethod)
	}
	if t == rt.ObjectType || differs(t, func(t *object.Type) any { return t.SetAttr }) {
		f := t.SetAttr
		set := func(self, name, v Ref) int {
			if f == nil {
				return rt.GenericSetAttr(self, name, v)
			}
			return f(rt, self, name, v)
		}
		add("__setattr__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("__setattr__", args, kw, 2, 2) {
				return Nil
			}
			if set(self, args[0], args[1]) < 0 {
				return Nil
			}
			return rt.None
		}, object.InstanceMethod)
		add("__delattr__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !args1(rt, "__delattr__", args, kw) {
				return Nil
			}
			if set(self, args[0], Nil) < 0 {
				return Nil
			}
			return rt.None
		}, object.InstanceMethod)
	}
	if differs(t, func(t *object.Type) any { return t.Iter }) {
		f := t.Iter
		add("__iter__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref { return f(rt, self) }, object.InstanceMethod)
	}
	if differs(t, func(t *object.Type) any { return t.Next }) {
		f := t.Next
		add("__next__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			r := f(rt, self)
			if r == Nil && !rt.Occurred() {
				rt.Restore(rt.NewException(rt.ExcType("StopIteration"), rt.EmptyTuple))
			}
			return r
		}, object.InstanceMethod)
	}
	if differs(t, func(t *object.Type) any { return t.Call }) {
		f := t.Call
		add("__call__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref { return f(rt, self, args, kw) }, object.InstanceMethod)
	}
	if differs(t, func(t *object.Type) any { return t.DescrGet }) {
		f := t.DescrGet
		add("__get__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("__get__", args, kw, 1, 2) {
				return Nil
			}
			obj, typ := args[0], Ref(Nil)
			if len(args) > 1 {
				typ = args[1]
			}
			if obj == rt.None {
				obj = Nil
			}
			if typ == rt.None {
				typ = Nil
			}
			return f(rt, self, obj, typ)
		}, object.InstanceMethod)
	}
	if differs(t, func(t *object.Type) any { return t.DescrSet }) {
		f := t.DescrSet
		add("__set__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("__set__", args, kw, 2, 2) || f(rt, self, args[0], args[1]) < 0 {
				return Nil
			}
			return rt.New(rt.None)
		}, object.InstanceMethod)
		add("__delete__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("__delete__", args, kw, 1, 1) || f(rt, self, args[0], Nil) < 0 {
				return Nil
			}
			return rt.New(rt.None)
		}, object.InstanceMethod)
	}
	if t.Sequence != nil || t.Mapping != nil {
		var length object.LenFunc
		if t.Mapping != nil && t.Mapping.Length != nil {
			length = t.Mapping.Length
		} else if t.Sequence != nil {
			length = t.Sequence.Length
		}
		if length != nil {
			add("__len__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
				n := length(rt, self)
				if n < 0 {
					return Nil
				}
				return rt.NewInt(int64(n))
			}, object.InstanceMethod)
		}
		if t.Mapping != nil && t.Mapping.Subscript != nil || t.Sequence != nil && t.Sequence.Item != nil {
			add("__getitem__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
				if !args1(rt, "__getitem__", args, kw) {
					return Nil
				}
				return rt.GetItem(self, args[0])
			}, object.InstanceMethod)
		}
		if t.Mapping != nil && t.Mapping.AssSubscript != nil || t.Sequence != nil && t.Sequence.AssItem != nil {
			add("__setitem__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
				if !rt.CheckArgs("__setitem__", args, kw, 2, 2) {
					return Nil
				}
				if rt.SetItem(self, args[0], args[1]) < 0 {
					return Nil
				}
				return rt.None
			}, object.InstanceMethod)
			add("__delitem__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
				if !args1(rt, "__delitem__", args, kw) {
					return Nil
				}
				if rt.SetItem(self, args[0], Nil) < 0 {
					return Nil
				}
				return rt.None
			}, object.InstanceMethod)
		}
		if t.Sequence != nil && t.Sequence.Concat != nil && (t.Number == nil || t.Number.Add == nil) {
			concat := t.Sequence.Concat
			add("__add__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
				if !args1(rt, "__add__", args, kw) {
					return Nil
				}
				return concat(rt, self, args[0])
			}, object.InstanceMethod)
		}
		if t.Sequence != nil && t.Sequence.Repeat != nil && (t.Number == nil || t.Number.Multiply == nil) {
			repeat := t.Sequence.Repeat
			mul := func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
				if !args1(rt, "__mul__", args, kw) {
					return Nil
				}
				n, ok := rt.AsIndex(args[0], "OverflowError")
				if !ok {
					if rt.ErrMatchesName("TypeError") {
						rt.ClearErr()
						return rt.New(rt.NotImplemented)
					}
					return Nil
				}
				return repeat(rt, self, n)
			}
			add("__mul__", mul, object.InstanceMethod)
			add("__rmul__", mul, object.InstanceMethod)
		}
		if t.Sequence != nil && t.Sequence.InplaceConcat != nil {
			ic := t.Sequence.InplaceConcat
			add("__iadd__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
				if !args1(rt, "__iadd__", args, kw) {
					return Nil
				}
				return ic(rt, self, args[0])
			}, object.InstanceMethod)
		}
		if t.Sequence != nil && t.Sequence.InplaceRepeat != nil && (t.Number == nil || t.Number.InplaceMultiply == nil) {
			ir := t.Sequence.InplaceRepeat
			add("__imul__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
				if !args1(rt, "__imul__", args, kw) {
					return Nil
				}
				n, ok := rt.AsIndex(args[0], "OverflowError") // a TypeError stands, as in CPython
				if !ok {
					return Nil
				}
				return ir(rt, self, n)
			}, object.InstanceMethod)
		}
		if t.Sequence != nil && t.Sequence.Contains != nil {
			add("__contains__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
				if !args1(rt, "__contains__", args, kw) {
					return Nil
				}
				c := rt.Contains(self, args[0])
				if c < 0 {
					return Nil
				}
				return rt.NewBool(c == 1)
			}, object.InstanceMethod)
		}
	}
	if n := t.Number; n != nil {
		if n.Bool != nil && (t.Base == nil || t.Base.Number == nil || fnPtr(n.Bool) != fnPtr(t.Base.Number.Bool)) {
			add("__bool__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
				v := rt.IsTrue(self)
				if v < 0 {
					return Nil
				}
				return rt.NewBool(v == 1)
			}, object.InstanceMethod)
		}
		var baseNum *object.NumberSlots
		if t.Base != nil {
			baseNum = t.Base.Number
		}
		for op := object.OpAdd; op <= object.OpMatMul; op++ {
			op := op
			names := binaryDunders[op]
			if baseNum != nil && fnPtr(numberSlot(n, op)) == fnPtr(numberSlot(baseNum, op)) {
				continue // inherited (bool's __add__ is int's)
			}
			var slot object.BinaryFunc
			switch op {
			case object.OpAdd:
				slot = n.Add
			case object.OpSub:
				slot = n.Subtract
			case object.OpMul:
				slot = n.Multiply
			case object.OpMod:
				slot = n.Remainder
			case object.OpDivmod:
				slot = n.Divmod
			case object.OpFloorDiv:
				slot = n.FloorDivide
			case object.OpTrueDiv:
				slot = n.TrueDivide
			case object.OpLshift:
				slot = n.Lshift
			case object.OpRshift:
				slot = n.Rshift
			case object.OpAnd:
				slot = n.And
			case object.OpXor:
				slot = n.Xor
			case object.OpOr:
				slot = n.Or
			case object.OpMatMul:
				slot = n.MatrixMultiply
			case object.OpPow:
				if p := n.Power; p != nil {
					slot = func(rt *object.Runtime, a, b Ref) Ref { return p(rt, a, b, rt.None) }
				}
			}
			if slot == nil {
				continue
			}
			add(names[0], func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
				if !rt.CheckArgs(names[0], args, kw, 1, 2) {
					return Nil
				}
				return slot(rt, self, args[0])
			}, object.InstanceMethod)
			add(names[1], func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
				if !rt.CheckArgs(names[1], args, kw, 1, 2) {
					return Nil
				}
				return slot(rt, args[0], self)
			}, object.InstanceMethod)
		}
		un := [...]struct {
			name string
			f    object.UnaryFunc
		}{{"__neg__", n.Negative}, {"__pos__", n.Positive}, {"__abs__", n.Absolute},
			{"__invert__", n.Invert}, {"__index__", n.Index}, {"__int__", n.Int}, {"__float__", n.Float}}
		for _, u := range un {
			name, f := u.name, u.f
			if f == nil || baseNum != nil && fnPtr(f) == fnPtr(unarySlot(baseNum, name)) {
				continue
			}
			add(name, func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref { return f(rt, self) }, object.InstanceMethod)
		}
	}
	if t == rt.ObjectType {
		add("__format__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !args1(rt, "__format__", args, kw) {
				return Nil
			}
			if !rt.IsStr(args[0]) {
				rt.Raise("TypeError", "__format__() argument must be str, not %s", rt.TypeNameOf(args[0]))
				return Nil
			}
			if rt.StrLen(args[0]) > 0 {
				rt.Raise("TypeError", "unsupported format string passed to %s.__format__", rt.TypeNameOf(self))
				return Nil
			}
			return rt.Str(self)
		}, object.InstanceMethod)
		add("__init_subclass__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if rt.NumKwargs(kw) > 0 {
				name := rt.TypeNameOf(self)
				if rt.IsType(self) {
					name = rt.TypeFromRef(self).Name
				}
				rt.Raise("TypeError", "%s.__init_subclass__() takes no keyword arguments", name)
				return Nil
			}
			if len(args) > 0 {
				rt.Raise("TypeError", "__init_subclass__() takes no arguments (%d given)", len(args))
				return Nil
			}
			return rt.New(rt.None)
		}, object.ClassMethod)
		add("__dir__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref { return in.DefaultDir(self) }, object.InstanceMethod)
		add("__subclasshook__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref { return rt.New(rt.NotImplemented) }, object.ClassMethod)
		if rt.DictGetStr(d, in.Str("__doc__")) == Nil {
			doc := rt.NewStr("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n")
			rt.DictSetStr(d, "__doc__", doc)
			rt.Decref(doc)
		}
		add("__sizeof__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			return rt.NewInt(int64(rt.BlockSize(self)))
		}, object.InstanceMethod)
		add("__reduce_ex__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			rt.Raise("TypeError", "cannot pickle '%s' object", rt.TypeNameOf(self))
			return Nil
		}, object.InstanceMethod)
	}
	if t == rt.TypeType {
		add("mro", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			return rt.SequenceList(rt.TypeMRO(rt.TypeFromRef(self)))
		}, object.InstanceMethod)
		add("__subclasses__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			l := rt.NewList(0)
			st := rt.TypeFromRef(self)
			var subs []*classInfo
			for ct, ci := range in.classes {
				if ct.Base == st || in.hasDirectBase(ct, self) {
					subs = append(subs, ci)
				}
			}
			sortClasses(subs)
			for _, ci := range subs {
				rt.ListAppend(l, ci.t.Ref)
			}
			return l
		}, object.InstanceMethod)
		add("__instancecheck__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !args1(rt, "__instancecheck__", args, kw) {
				return Nil
			}
			return rt.NewBool(rt.IsInstance(args[0], rt.TypeFromRef(self)))
		}, object.InstanceMethod)
		add("__subclasscheck__", func(rt *object.Runtime, self Ref, args []Ref, kw Ref) Ref {
			if !args1(rt, "__subclasscheck__", args, kw) {
				return Nil
			}
			if !rt.IsType(args[0]) {
				rt.Raise("TypeError", "issubclass() arg 1 must be a class")
				return Nil
			}
			return rt.NewBool(rt.IsSubtype(rt.TypeFromRef(args[0]), rt.TypeFromRef(self)))
		}, object.InstanceMethod)
	}
	var getsets []object.GetSetDef
	if t == rt.TypeType {
		getsets = append(getsets,
			object.GetSetDef{Name: "__dict__", Get: func(rt *object.Runtime, self Ref) Ref {
				return rt.NewMappingProxy(rt.TypeDict(rt.TypeFromRef(self)))
			}},
			object.GetSetDef{Name: "__module__", Get: func(rt *object.Runtime, self Ref) Ref {
				st := rt.TypeFromRef(self)
				if v := rt.DictGetStr(rt.TypeDict(st), in.Str("__module__")); v != Nil && rt.IsStr(v) {
					return rt.New(v)
				}
				if i := strings.LastIndexByte(st.Name, '.'); i >= 0 && st.Flags&object.TypeHeapType == 0 {
					return rt.NewStr(st.Name[:i])
				}
				return rt.NewStr("builtins")
			}, Set: func(rt *object.Runtime, self, v Ref) int {
				return rt.DictSetStr(rt.TypeDict(rt.TypeFromRef(self)), "__module__", v)
			}},
			object.GetSetDef{Name: "__doc__", Get: func(rt *object.Runtime, self Ref) Ref {
				st := rt.TypeFromRef(self)
				if st.Flags&object.TypeHeapType == 0 && st.Doc != "" {
					return rt.NewStr(st.Doc) // a built-in type's tp_doc, as CPython's type_get_doc
				}
				if v := rt.DictGetStr(rt.TypeDict(st), in.Str("__doc__")); v != Nil {
					if get := rt.TypeOf(v).DescrGet; get != nil {
						return get(rt, v, Nil, self)
					}
					return rt.New(v)
				}
				return rt.New(rt.None)
			}},
		)
	}
	for _, g := range getsets {
		if rt.DictGetStr(d, in.Str(g.Name)) != Nil && g.Name != "__dict__" && g.Name != "__doc__" && g.Name != "__module__" {
			continue
		}
		rt.AddMethods(t, nil, []object.GetSetDef{g})
	}
	// The special methods become slot wrappers (wrapper_descriptor), the others
	// method descriptors: object.Runtime.IsSlotWrapper decides.
	if defs := in.wrapperDefs[start:]; len(defs) > 0 {
		rt.AddMethods(t, defs, nil)
	}
}

func (in *Interp) hasDirectBase(ct *object.Type, base Ref) bool {
	rt := in.RT
	if ct.Ref == Nil || rt.TypeBases(ct) == Nil {
		return false
	}
	for _, b := range rt.TupleItems(rt.TypeBases(ct)) {
		if b == base {
			return true
		}
	}
	return false
}

func sortClasses(cs []*classInfo) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].t.Ref < cs[j-1].t.Ref; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// initWrappers adds the slot wrappers to the built-in types, and the exception
// attributes the VM implements.
func (in *Interp) initWrappers() {
	rt := in.RT
	types := []*object.Type{rt.ObjectType, rt.TypeType, rt.NoneType, rt.IntType, rt.BoolType, rt.FloatType,
		rt.StrType, rt.BytesType, rt.ByteArrayType, rt.TupleType, rt.ListType, rt.DictType, rt.SetType,
		rt.FrozenSetType, rt.RangeType, rt.SliceType, rt.ModuleType, rt.MemoryViewType, in.FunctionType, in.MethodType,
		in.GeneratorType, in.PropertyType, in.StaticMethodType, in.ClassMethodType, in.SuperType}
	types = append(types, rt.DescriptorTypes()...)
	types = append(types, in.CodeType, in.CellType, in.TracebackType, in.FrameType, in.memberType, in.dictDescrType,
		in.UnionType, in.GenericAliasType)
	for _, n := range object.ExcTypeNames() {
		types = append(types, rt.ExcType(n))
	}
	in.wrapperDefs = make([]object.MethodDef, 0, 256)
	for _, t := range types {
		in.addSlotWrappers(t)
	}
	if rt.DictGetStr(rt.TypeDict(rt.ModuleType), in.Str("__dict__")) == Nil {
		rt.AddMethods(rt.ModuleType, nil, []object.GetSetDef{{Name: "__dict__", Get: func(rt *object.Runtime, m Ref) Ref {
			return rt.New(rt.ModuleDict(m))
		}}})
	}
	rt.ModuleType.Repr = func(rt *object.Runtime, m Ref) Ref {
		d := rt.ModuleDict(m)
		name := "?"
		if n := rt.DictGetStr(d, in.Str("__name__")); n != Nil && rt.IsStr(n) {
			name = rt.GoString(n)
		}
		if f := rt.DictGetStr(d, in.Str("__file__")); f != Nil && rt.IsStr(f) {
			return rt.NewStr("<module '" + name + "' from '" + rt.GoString(f) + "'>")
		}
		if _, ok := in.builtinModules[name]; ok || name == "sys" || name == "builtins" {
			return rt.NewStr("<module '" + name + "' (built-in)>")
		}
		return rt.NewStr("<module '" + name + "'>")
	}
	be := rt.ExcType("BaseException")
	field := func(name string) object.GetSetDef {
		return object.GetSetDef{Name: "__" + name + "__", Get: func(rt *object.Runtime, e Ref) Ref {
			v := *rt.ExcField(e, name)
			if v == Nil {
				return rt.New(rt.None)
			}
			return rt.New(v)
		}, Set: func(rt *object.Runtime, e, v Ref) int {
			if v == Nil {
				rt.Raise("TypeError", "__%s__ may not be deleted", name)
				return -1
			}
			if v == rt.None {
				v = Nil
			} else if name == "traceback" && rt.TypeOf(v) != in.TracebackType {
				rt.Raise("TypeError", "__traceback__ must be a traceback or None")
				return -1
			} else if name != "traceback" && !rt.IsException(v) {
				rt.Raise("TypeError", "exception %s must be None or derive from BaseException", name)
				return -1
			}
			rt.Incref(v)
			rt.Replace(rt.ExcField(e, name), v)
			if name == "cause" {
				*rt.ExcSuppressContext(e) = 1
			}
			return 0
		}}
	}
	rt.AddMethods(be, []object.MethodDef{
		{Name: "with_traceback", Fn: func(rt *object.Runtime, e Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("with_traceback", args, kw, 1, 1) {
				return Nil
			}
			tb := args[0]
			if tb == rt.None {
				tb = Nil
			}
			rt.Incref(tb)
			rt.Replace(rt.ExcField(e, "traceback"), tb)
			return rt.New(e)
		}},
		{Name: "add_note", Fn: func(rt *object.Runtime, e Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("add_note", args, kw, 1, 1) {
				return Nil
			}
			if !rt.IsStr(args[0]) {
				rt.Raise("TypeError", "note must be a str, not '%s'", rt.TypeNameOf(args[0]))
				return Nil
			}
			d := rt.ExcField(e, "dict")
			if *d == Nil {
				*d = rt.NewDict()
			}
			notes := rt.DictGetStr(*d, in.Str("__notes__"))
			if notes == Nil {
				notes = rt.NewList(0)
				rt.DictSetStr(*d, "__notes__", notes)
				rt.Decref(notes)
			} else if !rt.IsList(notes) {
				rt.Raise("TypeError", "Cannot add note: __notes__ is not a list")
				return Nil
			}
			rt.ListAppend(notes, args[0])
			return rt.New(rt.None)
		}},
	}, []object.GetSetDef{field("cause"), field("context"), field("traceback"),
		{Name: "__suppress_context__", Get: func(rt *object.Runtime, e Ref) Ref {
			return rt.NewBool(*rt.ExcSuppressContext(e) != 0)
		}, Set: func(rt *object.Runtime, e, v Ref) int {
			t := rt.IsTrue(v)
			if t < 0 {
				return -1
			}
			*rt.ExcSuppressContext(e) = uint32(t)
			return 0
		}},
		{Name: "__dict__", Get: func(rt *object.Runtime, e Ref) Ref {
			d := rt.ExcField(e, "dict")
			if *d == Nil {
				*d = rt.NewDict()
			}
			return rt.New(*d)
		}},
	})
	// Attributes kept in the exception's dict, with defaults from args.
	argAttr := func(t string, name string, idx int) {
		rt.AddMethods(rt.ExcType(t), nil, []object.GetSetDef{{Name: name, Get: func(rt *object.Runtime, e Ref) Ref {
			if v := in.excAttr(e, name); v != Nil {
				return rt.New(v)
			}
			args := rt.ExcArgs(e)
			if idx >= 0 && args != Nil && rt.TupleLen(args) > idx {
				if name == "code" && rt.TupleLen(args) > 1 {
					return rt.New(args)
				}
				return rt.New(rt.TupleItems(args)[idx])
			}
			return rt.New(rt.None)
		}, Set: func(rt *object.Runtime, e, v Ref) int {
			d := rt.ExcField(e, "dict")
			if *d == Nil {
				*d = rt.NewDict()
			}
			return rt.DictSetStr(*d, name, v)
		}}})
	}
	// SyntaxError's str and constructor attributes are internal/object's (exc_syntaxerror.go).
	argAttr("StopIteration", "value", 0)
	argAttr("SystemExit", "code", 0)
	for _, n := range []string{"name", "path", "name_from"} {
		argAttr("ImportError", n, -1)
	}
	argAttr("NameError", "name", -1)
	argAttr("AttributeError", "name", -1)
	argAttr("AttributeError", "obj", -1)
	for _, n := range []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"} {
		argAttr("SyntaxError", n, -1)
	}
}

// numberSlot returns n's slot for binary operator op (nil if none), for comparing
// a type's slot with its base's.
func numberSlot(n *object.NumberSlots, op object.BinaryOperator) any {
	switch op {
	case object.OpAdd:
		return n.Add
	case object.OpSub:
		return n.Subtract
	case object.OpMul:
		return n.Multiply
	case object.OpMod:
		return n.Remainder
	case object.OpDivmod:
		return n.Divmod
	case object.OpFloorDiv:
		return n.FloorDivide
	case object.OpTrueDiv:
		return n.TrueDivide
	case object.OpLshift:
		return n.Lshift
	case object.OpRshift:
		return n.Rshift
	case object.OpAnd:
		return n.And
	case object.OpXor:
		return n.Xor
	case object.OpOr:
		return n.Or
	case object.OpMatMul:
		return n.MatrixMultiply
	case object.OpPow:
		return n.Power
	}
	return nil
}

// unarySlot returns n's slot for the unary special method name.
func unarySlot(n *object.NumberSlots, name string) any {
	switch name {
	case "__neg__":
		return n.Negative
	case "__pos__":
		return n.Positive
	case "__abs__":
		return n.Absolute
	case "__invert__":
		return n.Invert
	case "__index__":
		return n.Index
	case "__int__":
		return n.Int
	case "__float__":
		return n.Float
	}
	return nil
}
