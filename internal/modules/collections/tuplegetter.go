// _tuplegetter, the descriptor of a namedtuple's fields. See collections.go.

package collections

import (
	"strconv"
	"unsafe"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

// A _tuplegetter is laid out as
//
//	0 header, 8 GC header, 16 doc Ref, 24 index int64
const (
	tgOffDoc   = object.HeapTypeFirstField
	tgOffIndex = tgOffDoc + 8
	tgSize     = tgOffIndex + 8
)

func tgIndex(rt *object.Runtime, g Ref) *int64 {
	return (*int64)(unsafe.Add(rt.Ptr(g), tgOffIndex))
}

func newTupleGetterType(rt *object.Runtime) *object.Type {
	return newType(rt, "_collections._tuplegetter", tgSize, object.TypeGC, func(t *object.Type) {
		modargs.RefFields(t, 1)
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			if !rt.NoKwargs("_tuplegetter", kw) {
				return Nil
			}
			if len(args) != 2 {
				rt.Raise("TypeError", "_tuplegetter expected 2 arguments, got %d", len(args))
				return Nil
			}
			index, ok := ssize(rt, args[0])
			if !ok {
				return Nil
			}
			g := rt.AllocObject(t, max(t.Size, tgSize))
			if g == Nil {
				return Nil
			}
			*rt.RefAt(g, tgOffDoc) = rt.New(args[1])
			*tgIndex(rt, g) = int64(index)
			rt.Track(g)
			return g
		}
		t.DescrGet = func(rt *object.Runtime, g, obj, typ Ref) Ref {
			if obj == Nil {
				return rt.New(g)
			}
			index := *tgIndex(rt, g)
			if !rt.IsTuple(obj) {
				if obj == rt.None {
					return rt.New(g)
				}
				rt.Raise("TypeError", "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", index, rt.TypeNameOf(obj))
				return Nil
			}
			items := rt.TupleItems(obj)
			if uint64(index) >= uint64(len(items)) {
				rt.Raise("IndexError", "tuple index out of range")
				return Nil
			}
			return rt.New(items[index])
		}
		t.DescrSet = func(rt *object.Runtime, g, obj, value Ref) int {
			if value == Nil {
				rt.Raise("AttributeError", "can't delete attribute")
			} else {
				rt.Raise("AttributeError", "can't set attribute")
			}
			return -1
		}
		t.Repr = func(rt *object.Runtime, g Ref) Ref {
			s := rt.Repr(*rt.RefAt(g, tgOffDoc))
			if s == Nil {
				return Nil
			}
			defer rt.Decref(s)
			return rt.NewStr(shortName(rt.TypeOf(g)) + "(" + strconv.FormatInt(*tgIndex(rt, g), 10) + ", " + rt.GoString(s) + ")")
		}
		t.GetSets = []object.GetSetDef{{Name: "__doc__",
			Get: func(rt *object.Runtime, g Ref) Ref { return rt.New(*rt.RefAt(g, tgOffDoc)) },
			Set: func(rt *object.Runtime, g, v Ref) int {
				if v == Nil {
					v = rt.None
				}
				rt.Replace(rt.RefAt(g, tgOffDoc), rt.New(v))
				return 0
			}}}
		t.Methods = []object.MethodDef{{Name: "__reduce__", Fn: func(rt *object.Runtime, g Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("_tuplegetter.__reduce__", args, kw, 0, 0) {
				return Nil
			}
			i := rt.NewInt(*tgIndex(rt, g))
			a := rt.TupleFrom(i, *rt.RefAt(g, tgOffDoc))
			rt.Decref(i)
			if a == Nil {
				return Nil
			}
			r := rt.TupleFrom(rt.TypeRefOf(g), a)
			rt.Decref(a)
			return r
		}}}
	})
}
