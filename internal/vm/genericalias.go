// list[int]: types.GenericAlias (PEP 585), what the __class_getitem__ of the
// built-in containers returns. See doc.go.
//
// An alias records its origin (list) and its arguments (a tuple); it prints as
// "list[int]", calls its origin, forwards attribute lookups to the origin (except its
// own attributes), becomes its origin as a base class (__mro_entries__), and refuses
// isinstance and issubclass. pyheap has no typing.TypeVar, so __parameters__ is
// always empty and subscripting an alias again is an error.

package vm

import (
	"strings"

	"github.com/pyheap/pyheap/internal/object"
)

// GenericAlias layout (a container): header | GC | origin | args (tuple) | parameters (tuple).
const (
	gaOrigin = 16
	gaArgs   = 20
	gaParams = 24
	gaSize   = 28
)

// gaOwnAttrs are the names an alias answers itself; every other attribute is its
// origin's (CPython's attr_exceptions).
var gaOwnAttrs = map[string]bool{"__class__": true, "__origin__": true, "__args__": true, "__unpacked__": true,
	"__parameters__": true, "__typing_unpacked_tuple_args__": true, "__mro_entries__": true,
	"__reduce_ex__": true, "__reduce__": true, "__copy__": true, "__deepcopy__": true}

func (in *Interp) initGenericAlias() {
	rt := in.RT
	in.GenericAliasType = in.refsType("types.GenericAlias", gaSize, []uintptr{gaOrigin, gaArgs, gaParams}, object.TypeBaseType, func(t *object.Type) {
		t.Repr = in.gaRepr
		t.Call = func(rt *object.Runtime, a Ref, args []Ref, kw Ref) Ref {
			r := rt.Call(in.field(a, gaOrigin), args, kw)
			if r == Nil {
				return Nil
			}
			if rt.SetAttr(r, in.Str("__orig_class__"), a) < 0 {
				if !rt.ErrMatchesName("AttributeError") && !rt.ErrMatchesName("TypeError") {
					rt.Decref(r)
					return Nil
				}
				rt.ClearErr()
			}
			return r
		}
		t.GetAttr = func(rt *object.Runtime, a, name Ref) Ref {
			if rt.IsStr(name) && !gaOwnAttrs[rt.GoString(name)] {
				return rt.GetAttr(in.field(a, gaOrigin), name)
			}
			return rt.GenericGetAttr(a, name)
		}
		t.RichCompare = func(rt *object.Runtime, a, b Ref, op object.CompareOp) Ref {
			if (op != object.EQ && op != object.NE) || rt.TypeOf(b) != in.GenericAliasType {
				return rt.New(rt.NotImplemented)
			}
			eq := rt.RichCompareBool(in.field(a, gaOrigin), in.field(b, gaOrigin), object.EQ)
			if eq == 1 {
				eq = rt.RichCompareBool(in.field(a, gaArgs), in.field(b, gaArgs), object.EQ)
			}
			if eq < 0 {
				return Nil
			}
			return rt.NewBool((eq == 1) == (op == object.EQ))
		}
		t.Hash = func(rt *object.Runtime, a Ref) (int64, bool) {
			h0, ok := rt.Hash(in.field(a, gaOrigin))
			if !ok {
				return 0, false
			}
			h1, ok := rt.Hash(in.field(a, gaArgs))
			if !ok {
				return 0, false
			}
			h := h0 ^ h1
			if h == -1 {
				h = -2
			}
			return h, true
		}
		t.Mapping = &object.MappingSlots{Subscript: func(rt *object.Runtime, a, key Ref) Ref {
			r := in.gaRepr(rt, a)
			if r == Nil {
				return Nil
			}
			defer rt.Decref(r)
			rt.Raise("TypeError", "%s is not a generic class", rt.GoString(r))
			return Nil
		}}
		t.Number = &object.NumberSlots{Or: in.unionOr}
		t.New = func(rt *object.Runtime, _ *object.Type, args []Ref, kw Ref) Ref {
			if rt.NumKwargs(kw) > 0 {
				rt.Raise("TypeError", "GenericAlias() takes no keyword arguments")
				return Nil
			}
			if len(args) != 2 {
				rt.Raise("TypeError", "GenericAlias expected 2 arguments, got %d", len(args))
				return Nil
			}
			return in.NewGenericAlias(args[0], args[1])
		}
		t.GetSets = []object.GetSetDef{
			{Name: "__origin__", Get: in.getter(gaOrigin)},
			{Name: "__args__", Get: in.getter(gaArgs)},
			{Name: "__parameters__", Get: in.getter(gaParams)},
			{Name: "__unpacked__", Get: func(rt *object.Runtime, a Ref) Ref { return rt.New(rt.False) }},
		}
		refuse := func(what string) object.MethodFunc {
			return func(rt *object.Runtime, a Ref, args []Ref, kw Ref) Ref {
				rt.Raise("TypeError", "%s() argument 2 cannot be a parameterized generic", what)
				return Nil
			}
		}
		t.Methods = []object.MethodDef{
			{Name: "__mro_entries__", Fn: func(rt *object.Runtime, a Ref, args []Ref, kw Ref) Ref {
				if !rt.CheckArgs("__mro_entries__", args, kw, 1, 1) {
					return Nil
				}
				return rt.TupleFrom(in.field(a, gaOrigin))
			}},
			{Name: "__instancecheck__", Fn: refuse("isinstance")},
			{Name: "__subclasscheck__", Fn: refuse("issubclass")},
			{Name: "__reduce__", Fn: func(rt *object.Runtime, a Ref, args []Ref, kw Ref) Ref {
				inner := rt.TupleFrom(in.field(a, gaOrigin), in.field(a, gaArgs))
				r := rt.TupleFrom(in.GenericAliasType.Ref, inner)
				rt.Decref(inner)
				return r
			}},
			{Name: "__dir__", Fn: func(rt *object.Runtime, a Ref, args []Ref, kw Ref) Ref {
				l := in.DefaultDir(in.field(a, gaOrigin))
				if l == Nil {
					return Nil
				}
				for name := range gaOwnAttrs {
					s := rt.NewStr(name)
					c := rt.Contains(l, s)
					if c == 0 {
						rt.ListAppend(l, s)
					}
					rt.Decref(s)
					if c < 0 {
						rt.Decref(l)
						return Nil
					}
				}
				return l
			}},
		}
	})
	getitem := object.MethodDef{Name: "__class_getitem__", Kind: object.ClassMethod,
		Doc: "See PEP 585",
		Fn: func(rt *object.Runtime, cls Ref, args []Ref, kw Ref) Ref {
			if rt.NumKwargs(kw) > 0 || len(args) != 1 {
				if rt.NoKwargs(rt.TypeFromRef(cls).Name+".__class_getitem__", kw) {
					rt.Raise("TypeError", "%s.__class_getitem__() takes exactly one argument (%d given)", rt.TypeFromRef(cls).Name, len(args))
				}
				return Nil
			}
			return in.NewGenericAlias(cls, args[0])
		}}
	in.classGetItemDef = getitem
	for _, t := range []*object.Type{rt.ListType, rt.DictType, rt.TupleType, rt.SetType, rt.FrozenSetType, rt.ExcType("BaseExceptionGroup")} {
		in.AddClassGetItem(t)
	}
}

// AddClassGetItem gives a built-in type the __class_getitem__ that makes t[args]
// a types.GenericAlias (for the modules' generic types: enumerate, deque, ...).
func (in *Interp) AddClassGetItem(t *object.Type) {
	in.RT.AddMethods(t, []object.MethodDef{in.classGetItemDef}, nil)
}

// NewGenericAlias returns origin[args] (a new reference): args is a tuple of
// arguments, or the only argument.
func (in *Interp) NewGenericAlias(origin, args Ref) Ref {
	rt := in.RT
	if rt.TypeOf(args) == rt.TupleType {
		rt.Incref(args)
	} else {
		args = rt.TupleFrom(args)
		if args == Nil {
			return Nil
		}
	}
	a := rt.AllocObject(in.GenericAliasType, gaSize)
	if a == Nil {
		rt.Decref(args)
		return Nil
	}
	*rt.RefAt(a, gaOrigin) = rt.New(origin)
	*rt.RefAt(a, gaArgs) = args
	*rt.RefAt(a, gaParams) = rt.New(rt.EmptyTuple)
	rt.Track(a)
	return a
}

func (in *Interp) gaRepr(rt *object.Runtime, a Ref) Ref {
	var b strings.Builder
	if !in.gaReprItem(&b, in.field(a, gaOrigin)) {
		return Nil
	}
	b.WriteByte('[')
	args := rt.TupleItems(in.field(a, gaArgs))
	if len(args) == 0 {
		b.WriteString("()")
	}
	for i, x := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		if !in.gaReprItem(&b, x) {
			return Nil
		}
	}
	b.WriteByte(']')
	return rt.NewStr(b.String())
}

// gaReprItem writes an alias's origin or argument as CPython's ga_repr_item does:
// ... for Ellipsis, the repr of another alias, module.qualname for a class (just
// the qualname for builtins), else repr().
func (in *Interp) gaReprItem(b *strings.Builder, x Ref) bool {
	rt := in.RT
	if x == rt.Ellipsis {
		b.WriteString("...")
		return true
	}
	if rt.TypeOf(x) == in.GenericAliasType {
		r := in.gaRepr(rt, x)
		if r == Nil {
			return false
		}
		b.WriteString(rt.GoString(r))
		rt.Decref(r)
		return true
	}
	attr := func(name string) (string, bool) {
		v := rt.GetAttr(x, in.Str(name))
		if v == Nil {
			if rt.ErrMatchesName("AttributeError") {
				rt.ClearErr()
			}
			return "", false
		}
		defer rt.Decref(v)
		if !rt.IsStr(v) {
			return "", false
		}
		return rt.GoString(v), true
	}
	if q, ok := attr("__qualname__"); ok {
		if m, ok := attr("__module__"); ok {
			if m != "builtins" {
				b.WriteString(m + ".")
			}
			b.WriteString(q)
			return true
		}
	}
	if rt.Occurred() {
		return false
	}
	r := rt.Repr(x)
	if r == Nil {
		return false
	}
	b.WriteString(rt.GoString(r))
	rt.Decref(r)
	return true
}
