// Descriptors: staticmethod, classmethod, property, __slots__ members, __dict__,
// and super. See doc.go.

package vm

import (
	"fmt"

	"github.com/pyheap/pyheap/internal/compile"
	"github.com/pyheap/pyheap/internal/object"
)

// member descriptor: header | offset uint32 | name | type
const (
	memOff  = 8
	memName = 12
	memType = 16
	memSize = 20

	superType    = 16
	superObj     = 20
	superObjType = 24
	superSize    = 28
)

func (in *Interp) initDescrTypes() {
	rt := in.RT
	in.StaticMethodType = in.refsType("staticmethod", smSize, []uintptr{smCallable, smDict}, object.TypeBaseType, func(t *object.Type) {
		t.DictOffset = smDict
		t.DescrGet = func(rt *object.Runtime, d, obj, typ Ref) Ref { return rt.New(in.field(d, smCallable)) }
		t.Call = func(rt *object.Runtime, d Ref, args []Ref, kw Ref) Ref {
			return rt.Call(in.field(d, smCallable), args, kw)
		}
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("staticmethod", args, kw, 1, 1) {
				return Nil
			}
			return in.newStaticMethod(t, args[0])
		}
		t.GetSets = []object.GetSetDef{{Name: "__func__", Get: in.getter(smCallable)}, {Name: "__wrapped__", Get: in.getter(smCallable)},
			{Name: "__isabstractmethod__", Get: func(rt *object.Runtime, d Ref) Ref { return rt.New(rt.False) }}}
		t.Repr = func(rt *object.Runtime, d Ref) Ref {
			r := rt.Repr(in.field(d, smCallable))
			if r == Nil {
				return Nil
			}
			defer rt.Decref(r)
			return rt.NewStr(fmt.Sprintf("<staticmethod(%s)>", rt.GoString(r)))
		}
	})
	in.ClassMethodType = in.refsType("classmethod", smSize, []uintptr{smCallable, smDict}, object.TypeBaseType, func(t *object.Type) {
		t.DictOffset = smDict
		t.DescrGet = func(rt *object.Runtime, d, obj, typ Ref) Ref {
			if typ == Nil || typ == rt.None {
				typ = rt.TypeRefOf(obj)
			}
			f := in.field(d, smCallable)
			if get := rt.TypeOf(f).DescrGet; get != nil && rt.TypeOf(f) != in.FunctionType {
				return get(rt, f, typ, Nil)
			}
			return in.NewMethod(f, typ)
		}
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("classmethod", args, kw, 1, 1) {
				return Nil
			}
			return in.newStaticMethod(t, args[0])
		}
		t.GetSets = []object.GetSetDef{{Name: "__func__", Get: in.getter(smCallable)}, {Name: "__wrapped__", Get: in.getter(smCallable)},
			{Name: "__isabstractmethod__", Get: func(rt *object.Runtime, d Ref) Ref { return rt.New(rt.False) }}}
		t.Repr = func(rt *object.Runtime, d Ref) Ref {
			r := rt.Repr(in.field(d, smCallable))
			if r == Nil {
				return Nil
			}
			defer rt.Decref(r)
			return rt.NewStr(fmt.Sprintf("<classmethod(%s)>", rt.GoString(r)))
		}
	})
	in.PropertyType = in.refsType("property", propSize, []uintptr{propGet, propSet, propDel, propDoc, propName}, object.TypeBaseType, func(t *object.Type) {
		t.DescrGet = func(rt *object.Runtime, p, obj, typ Ref) Ref {
			if obj == Nil || obj == rt.None && typ != rt.NoneType.Ref {
				if obj == Nil {
					return rt.New(p)
				}
			}
			g := in.field(p, propGet)
			if g == Nil {
				rt.Raise("AttributeError", "property %sof '%s' object has no getter", in.propName(p), rt.TypeNameOf(obj))
				return Nil
			}
			return in.call1(g, obj)
		}
		t.DescrSet = func(rt *object.Runtime, p, obj, value Ref) int {
			var f Ref
			var r Ref
			if value == Nil {
				f = in.field(p, propDel)
				if f == Nil {
					rt.Raise("AttributeError", "property %sof '%s' object has no deleter", in.propName(p), rt.TypeNameOf(obj))
					return -1
				}
				r = in.call1(f, obj)
			} else {
				f = in.field(p, propSet)
				if f == Nil {
					rt.Raise("AttributeError", "property %sof '%s' object has no setter", in.propName(p), rt.TypeNameOf(obj))
					return -1
				}
				r = in.call2(f, obj, value)
			}
			if r == Nil {
				return -1
			}
			rt.Decref(r)
			return 0
		}
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			p := rt.AllocObject(t, t.Size)
			if p == Nil {
				return Nil
			}
			rt.Track(p)
			return p
		}
		t.Init = func(rt *object.Runtime, p Ref, args []Ref, kw Ref) int {
			names := []string{"fget", "fset", "fdel", "doc"}
			vals := make([]Ref, 4)
			npos := len(args) - rt.NumKwargs(kw)
			if npos > 4 {
				rt.Raise("TypeError", "property() takes at most 4 arguments (%d given)", npos)
				return -1
			}
			copy(vals, args[:npos])
			for i := 0; i < rt.NumKwargs(kw); i++ {
				k := rt.GoString(rt.TupleItems(kw)[i])
				found := false
				for j, n := range names {
					if n == k {
						vals[j] = args[npos+i]
						found = true
					}
				}
				if !found {
					rt.Raise("TypeError", "property() got an unexpected keyword argument '%s'", k)
					return -1
				}
			}
			for i, off := range []uintptr{propGet, propSet, propDel, propDoc} {
				v := vals[i]
				if v == rt.None {
					v = Nil
				}
				rt.Incref(v)
				rt.Replace(rt.RefAt(p, off), v)
			}
			if vals[3] == Nil || vals[3] == rt.None {
				if g := vals[0]; g != Nil && g != rt.None {
					if d := rt.GetAttrString(g, "__doc__"); d != Nil {
						rt.Replace(rt.RefAt(p, propDoc), d)
					} else {
						rt.ClearErr()
					}
				}
			}
			return 0
		}
		copyWith := func(which uintptr) object.MethodFunc {
			return func(rt *object.Runtime, p Ref, args []Ref, kw Ref) Ref {
				if !rt.CheckArgs("getter", args, kw, 1, 1) {
					return Nil
				}
				np := rt.AllocObject(rt.TypeOf(p), rt.TypeOf(p).Size)
				if np == Nil {
					return Nil
				}
				for _, off := range []uintptr{propGet, propSet, propDel, propDoc, propName} {
					*rt.RefAt(np, off) = rt.New(in.field(p, off))
				}
				v := args[0]
				if v == rt.None {
					v = Nil
				}
				rt.Incref(v)
				rt.Replace(rt.RefAt(np, which), v)
				rt.Track(np)
				return np
			}
		}
		t.Methods = []object.MethodDef{
			{Name: "getter", Fn: copyWith(propGet)},
			{Name: "setter", Fn: copyWith(propSet)},
			{Name: "deleter", Fn: copyWith(propDel)},
			{Name: "__set_name__", Fn: func(rt *object.Runtime, p Ref, args []Ref, kw Ref) Ref {
				if len(args) == 2 {
					rt.Incref(args[1])
					rt.Replace(rt.RefAt(p, propName), args[1])
				}
				return rt.None
			}},
		}
		t.GetSets = []object.GetSetDef{
			{Name: "fget", Get: in.getter(propGet)}, {Name: "fset", Get: in.getter(propSet)},
			{Name: "fdel", Get: in.getter(propDel)}, {Name: "__doc__", Get: in.getter(propDoc), Set: in.setter(propDoc)},
			{Name: "__isabstractmethod__", Get: func(rt *object.Runtime, d Ref) Ref { return rt.New(rt.False) }},
		}
	})
	in.memberType = rt.NewStaticType("member_descriptor", nil, memSize, 0, func(t *object.Type) {
		t.Dealloc = func(rt *object.Runtime, d Ref) {
			rt.Replace(rt.RefAt(d, memName), Nil)
			rt.FreeObject(d)
		}
		t.DescrGet = func(rt *object.Runtime, d, obj, typ Ref) Ref {
			if obj == Nil {
				return rt.New(d)
			}
			v := *rt.RefAt(obj, uintptr(*rt.Uint32At(d, memOff)))
			if v == Nil {
				rt.Raise("AttributeError", "'%s' object has no attribute '%s'", rt.TypeNameOf(obj), rt.GoString(in.field(d, memName)))
				return Nil
			}
			return rt.New(v)
		}
		t.DescrSet = func(rt *object.Runtime, d, obj, value Ref) int {
			slot := rt.RefAt(obj, uintptr(*rt.Uint32At(d, memOff)))
			if value == Nil && *slot == Nil {
				rt.Raise("AttributeError", "'%s' object has no attribute '%s'", rt.TypeNameOf(obj), rt.GoString(in.field(d, memName)))
				return -1
			}
			rt.Incref(value)
			rt.Replace(slot, value)
			return 0
		}
		t.Repr = func(rt *object.Runtime, d Ref) Ref {
			return rt.NewStr(fmt.Sprintf("<member '%s' of '%s' objects>", rt.GoString(in.field(d, memName)), rt.TypeFromRef(in.field(d, memType)).Name))
		}
	})
	// The __dict__ and __weakref__ of classes (memName says which).
	in.dictDescrType = rt.NewStaticType("getset_descriptor", nil, memSize, 0, func(t *object.Type) {
		isWeak := func(d Ref) bool { return rt.GoString(in.field(d, memName)) == "__weakref__" }
		t.Dealloc = func(rt *object.Runtime, d Ref) {
			rt.Replace(rt.RefAt(d, memName), Nil)
			rt.FreeObject(d)
		}
		t.DescrGet = func(rt *object.Runtime, d, obj, typ Ref) Ref {
			if obj == Nil {
				return rt.New(d)
			}
			if isWeak(d) {
				// The first weak reference to obj, or None.
				if h := rt.WeaklistHead(obj); h != nil && *h != Nil {
					return rt.New(*h)
				}
				return rt.New(rt.None)
			}
			ot := rt.TypeOf(obj)
			slot := rt.RefAt(obj, ot.DictOffset)
			if *slot == Nil {
				*slot = rt.NewDict()
			}
			// The dict is now an object of its own, as CPython materializes it.
			rt.MaterializeDict(*slot)
			return rt.New(*slot)
		}
		t.DescrSet = func(rt *object.Runtime, d, obj, value Ref) int {
			if isWeak(d) {
				rt.Raise("AttributeError", "attribute '__weakref__' of '%s' objects is not writable", rt.TypeFromRef(in.field(d, memType)).Name)
				return -1
			}
			if value == Nil || !rt.IsInstance(value, rt.DictType) {
				rt.Raise("TypeError", "__dict__ must be set to a dictionary, not a '%s'", rt.TypeNameOf(value))
				return -1
			}
			rt.Incref(value)
			rt.Replace(rt.RefAt(obj, rt.TypeOf(obj).DictOffset), value)
			return 0
		}
		t.Repr = func(rt *object.Runtime, d Ref) Ref {
			return rt.NewStr(fmt.Sprintf("<attribute '%s' of '%s' objects>", rt.GoString(in.field(d, memName)), rt.TypeFromRef(in.field(d, memType)).Name))
		}
		t.GetSets = []object.GetSetDef{
			{Name: "__name__", Get: func(rt *object.Runtime, d Ref) Ref { return rt.New(in.field(d, memName)) }},
			{Name: "__qualname__", Get: func(rt *object.Runtime, d Ref) Ref {
				return rt.NewStr(rt.TypeFromRef(in.field(d, memType)).Name + "." + rt.GoString(in.field(d, memName)))
			}},
			{Name: "__objclass__", Get: func(rt *object.Runtime, d Ref) Ref { return rt.New(in.field(d, memType)) }},
			{Name: "__doc__", Get: func(rt *object.Runtime, d Ref) Ref {
				if isWeak(d) {
					return rt.NewStr("list of weak references to the object")
				}
				return rt.NewStr("dictionary for instance variables")
			}},
		}
	})
}

func (in *Interp) propName(p Ref) string {
	rt := in.RT
	if n := in.field(p, propName); n != Nil {
		r := rt.Repr(n)
		if r != Nil {
			defer rt.Decref(r)
			return rt.GoString(r) + " "
		}
		rt.ClearErr()
	}
	return ""
}

func (in *Interp) newStaticMethod(t *object.Type, f Ref) Ref {
	rt := in.RT
	d := rt.AllocObject(t, t.Size)
	if d == Nil {
		return Nil
	}
	*rt.RefAt(d, smCallable) = rt.New(f)
	rt.Track(d)
	return d
}

func (in *Interp) newMember(t *object.Type, name string, off uintptr) Ref {
	rt := in.RT
	d := rt.AllocObject(in.memberType, memSize)
	*rt.Uint32At(d, memOff) = uint32(off)
	*rt.RefAt(d, memName) = rt.NewStr(name)
	*rt.RefAt(d, memType) = t.Ref
	return d
}

// newDictDescr returns the __dict__ (or, name "__weakref__", the __weakref__)
// descriptor of class t.
func (in *Interp) newDictDescr(t *object.Type, name string) Ref {
	rt := in.RT
	d := rt.AllocObject(in.dictDescrType, memSize)
	*rt.RefAt(d, memType) = t.Ref
	*rt.RefAt(d, memName) = rt.NewStr(name)
	return d
}

func (in *Interp) initSuper() {
	in.SuperType = in.refsType("super", superSize, []uintptr{superType, superObj, superObjType}, object.TypeBaseType, func(t *object.Type) {
		t.New = func(rt *object.Runtime, st *object.Type, args []Ref, kw Ref) Ref {
			s := rt.AllocObject(st, st.Size)
			if s == Nil {
				return Nil
			}
			rt.Track(s)
			return s
		}
		t.Init = func(rt *object.Runtime, s Ref, args []Ref, kw Ref) int {
			if rt.NumKwargs(kw) > 0 {
				rt.Raise("TypeError", "super() takes no keyword arguments")
				return -1
			}
			var typ, obj Ref
			switch len(args) {
			case 0:
				f := in.frame
				if f == nil || f.code.c.ArgCount == 0 && f.code.c.Flags&compile.FlagVarArgs == 0 {
					rt.Raise("RuntimeError", "super(): no arguments")
					return -1
				}
				obj = f.lp[0]
				c := f.code.c
				for i, a := range c.Cell2Arg {
					if a == 0 {
						obj = *rt.RefAt(f.lp[len(c.VarNames)+i], cellContents)
					}
				}
				if obj == Nil {
					rt.Raise("RuntimeError", "super(): arg[0] deleted")
					return -1
				}
				found := false
				for i, n := range c.FreeVars {
					if n == "__class__" {
						cell := f.lp[len(c.VarNames)+len(c.CellVars)+i]
						typ = *rt.RefAt(cell, cellContents)
						found = true
						if typ == Nil {
							rt.Raise("RuntimeError", "super(): empty __class__ cell")
							return -1
						}
					}
				}
				if !found {
					rt.Raise("RuntimeError", "super(): __class__ cell not found")
					return -1
				}
			case 1:
				typ = args[0]
			case 2:
				typ, obj = args[0], args[1]
			default:
				rt.Raise("TypeError", "super() takes at most 2 arguments (%d given)", len(args))
				return -1
			}
			if !rt.IsType(typ) {
				rt.Raise("TypeError", "super() argument 1 must be a type, not %s", rt.TypeNameOf(typ))
				return -1
			}
			var objType Ref
			if obj != Nil && obj != rt.None {
				if rt.IsType(obj) && rt.IsSubtype(rt.TypeFromRef(obj), rt.TypeFromRef(typ)) {
					objType = obj
				} else if rt.IsInstance(obj, rt.TypeFromRef(typ)) {
					objType = rt.TypeRefOf(obj)
				} else {
					rt.Raise("TypeError", "super(type, obj): obj must be an instance or subtype of type")
					return -1
				}
			} else {
				obj = Nil
			}
			rt.Replace(rt.RefAt(s, superType), rt.New(typ))
			rt.Replace(rt.RefAt(s, superObj), rt.New(obj))
			rt.Replace(rt.RefAt(s, superObjType), rt.New(objType))
			return 0
		}
		t.GetAttr = func(rt *object.Runtime, s, name Ref) Ref {
			typ, obj, objType := in.field(s, superType), in.field(s, superObj), in.field(s, superObjType)
			if objType != Nil && !rt.StrEqualGo(name, "__class__") {
				if v := in.superFind(typ, objType, name); v != Nil {
					if get := rt.TypeOf(v).DescrGet; get != nil {
						o := obj
						if o == objType {
							o = Nil
						}
						return get(rt, v, o, objType)
					}
					return rt.New(v)
				}
			}
			r := rt.GenericGetAttr(s, name)
			if r == Nil && rt.ErrMatchesName("AttributeError") {
				rt.ClearErr()
				rt.Raise("AttributeError", "'super' object has no attribute '%s'", rt.GoString(name))
			}
			return r
		}
		t.GetSets = []object.GetSetDef{
			{Name: "__thisclass__", Get: in.getter(superType)},
			{Name: "__self__", Get: in.getter(superObj)},
			{Name: "__self_class__", Get: in.getter(superObjType)},
		}
		t.Repr = func(rt *object.Runtime, s Ref) Ref {
			typ, objType := in.field(s, superType), in.field(s, superObjType)
			if objType != Nil {
				return rt.NewStr(fmt.Sprintf("<super: <class '%s'>, <%s object>>", rt.TypeFromRef(typ).Name, rt.TypeFromRef(objType).Name))
			}
			return rt.NewStr(fmt.Sprintf("<super: <class '%s'>, NULL>", rt.TypeFromRef(typ).Name))
		}
	})
}
