// X | Y of types: types.UnionType (PEP 604), for isinstance and annotations. See
// doc.go.

package vm

import (
	"strings"

	"github.com/pyheap/pyheap/internal/object"
)

// Union layout (a container): header | GC | args (tuple of types and None).
const (
	unionArgs = 16
	unionSize = 20
)

func (in *Interp) initUnion() {
	rt := in.RT
	in.UnionType = in.refsType("types.UnionType", unionSize, []uintptr{unionArgs}, 0, func(t *object.Type) {
		t.Repr = func(rt *object.Runtime, u Ref) Ref {
			var parts []string
			for _, a := range rt.TupleItems(in.field(u, unionArgs)) {
				parts = append(parts, in.unionArgRepr(a))
			}
			return rt.NewStr(strings.Join(parts, " | "))
		}
		t.Number = &object.NumberSlots{Or: in.unionOr}
		t.RichCompare = func(rt *object.Runtime, a, b Ref, op object.CompareOp) Ref {
			if (op != object.EQ && op != object.NE) || rt.TypeOf(b) != in.UnionType {
				return rt.New(rt.NotImplemented)
			}
			x, y := rt.TupleItems(in.field(a, unionArgs)), rt.TupleItems(in.field(b, unionArgs))
			eq := len(x) == len(y)
			for _, v := range x {
				found := false
				for _, w := range y {
					found = found || v == w
				}
				eq = eq && found
			}
			return rt.NewBool(eq == (op == object.EQ))
		}
		t.GetSets = []object.GetSetDef{{Name: "__args__", Get: in.getter(unionArgs)}}
	})
	num := &object.NumberSlots{}
	if rt.TypeType.Number != nil {
		*num = *rt.TypeType.Number
	}
	num.Or = in.unionOr
	rt.TypeType.Number = num
	rt.NoneType.Number.Or = in.unionOr
}

func (in *Interp) unionArgRepr(a Ref) string {
	rt := in.RT
	if a == rt.None || a == rt.NoneType.Ref {
		return "None"
	}
	if rt.IsType(a) {
		t := rt.TypeFromRef(a)
		name := t.Name
		if q := rt.TypeQualname(t); q != Nil && rt.IsStr(q) {
			name = rt.GoString(q)
		}
		if t.Flags&object.TypeHeapType != 0 {
			if m := rt.DictGetStr(rt.TypeDict(t), in.Str("__module__")); m != Nil && rt.IsStr(m) && rt.GoString(m) != "builtins" {
				return rt.GoString(m) + "." + name
			}
		}
		return name
	}
	r := rt.Repr(a)
	if r == Nil {
		rt.ClearErr()
		return "?"
	}
	defer rt.Decref(r)
	return rt.GoString(r)
}

// unionOr is the | of types, None, unions and generic aliases (list[int]).
func (in *Interp) unionOr(rt *object.Runtime, a, b Ref) Ref {
	var args []Ref
	add := func(x Ref) bool {
		switch {
		case x == rt.None:
			x = rt.NoneType.Ref
		case rt.TypeOf(x) == in.UnionType:
			for _, y := range rt.TupleItems(in.field(x, unionArgs)) {
				found := false
				for _, z := range args {
					found = found || z == y
				}
				if !found {
					args = append(args, y)
				}
			}
			return true
		case !rt.IsType(x) && rt.TypeOf(x) != in.GenericAliasType:
			return false
		}
		for _, z := range args {
			if z == x {
				return true
			}
		}
		args = append(args, x)
		return true
	}
	if !add(a) || !add(b) {
		return rt.New(rt.NotImplemented)
	}
	if len(args) == 1 {
		return rt.New(args[0])
	}
	u := rt.AllocObject(in.UnionType, unionSize)
	if u == Nil {
		return Nil
	}
	*rt.RefAt(u, unionArgs) = rt.TupleFrom(args...)
	rt.Track(u)
	return u
}

// UnionArgs returns the members of a types.UnionType (borrowed), or nil when r is
// not one.
func (in *Interp) UnionArgs(r Ref) []Ref {
	if r&1 != 0 || r == Nil || in.RT.TypeOf(r) != in.UnionType {
		return nil
	}
	return in.RT.TupleItems(in.field(r, unionArgs))
}
