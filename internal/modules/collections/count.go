// _count_elements, Counter's helper. See collections.go.

package collections

import (
	"unsafe"

	"github.com/pyheap/pyheap/internal/object"
)

func countElementsDef() *object.MethodDef {
	return &object.MethodDef{Name: "_count_elements", Doc: "Count elements in the iterable, updating the mapping",
		Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
			if !rt.NoKwargs("_collections._count_elements", kw) || !rt.CheckArgs("_count_elements", args, kw, 2, 2) {
				return Nil
			}
			if !countElements(rt, args[0], args[1]) {
				return Nil
			}
			return rt.None
		}}
}

// countElements counts the items of iterable into mapping. The fast path, taken
// when mapping is a dict whose type leaves get and __setitem__ to dict (a plain
// dict, a Counter), hashes each key once and stores without method calls; any
// other mapping gets mapping.get(key, 0) + 1 stored through mapping[key]. It
// returns false with an exception set.
func countElements(rt *object.Runtime, mapping, iterable Ref) bool {
	it := rt.Iter(iterable)
	if it == Nil {
		return false
	}
	defer rt.Decref(it)
	one := object.MakeSmallInt(1)
	if countFast(rt, mapping) {
		for {
			key := rt.Next(it)
			if key == Nil {
				return !rt.Occurred()
			}
			hash, ok := rt.Hash(key)
			if !ok {
				rt.Decref(key)
				return false
			}
			var r int
			old := rt.DictGetItemHash(mapping, key, hash)
			switch {
			case old == Nil && rt.Occurred():
				r = -1
			case old == Nil:
				r = rt.DictSetItemHash(mapping, key, one, hash)
			case old&1 != 0 && old.SmallInt() < 1<<29:
				// A small int stays one: no call through the number protocol.
				r = rt.DictSetItemHash(mapping, key, object.MakeSmallInt(old.SmallInt()+1), hash)
			default:
				rt.Incref(old)
				nv := rt.BinaryOp(old, one, object.OpAdd)
				rt.Decref(old)
				if nv == Nil {
					r = -1
				} else {
					r = rt.DictSetItemHash(mapping, key, nv, hash)
					rt.Decref(nv)
				}
			}
			rt.Decref(key)
			if r < 0 {
				return false
			}
		}
	}
	get := rt.GetAttrString(mapping, "get")
	if get == Nil {
		return false
	}
	defer rt.Decref(get)
	// The call's two arguments live in a block of the private heap (a Go slice
	// would escape into the callee: Go garbage at every item).
	h := rt.Heap()
	b := h.Alloc(8)
	if b == 0 {
		rt.NoMemory()
		return false
	}
	defer h.Free(b)
	argv := unsafe.Slice((*Ref)(rt.Ptr(Ref(b))), 2)
	for {
		key := rt.Next(it)
		if key == Nil {
			return !rt.Occurred()
		}
		argv[0], argv[1] = key, object.MakeSmallInt(0)
		old := rt.Call(get, argv, Nil)
		if old == Nil {
			rt.Decref(key)
			return false
		}
		nv := rt.BinaryOp(old, one, object.OpAdd)
		rt.Decref(old)
		if nv == Nil {
			rt.Decref(key)
			return false
		}
		r := rt.SetItem(mapping, key, nv)
		rt.Decref(nv)
		rt.Decref(key)
		if r < 0 {
			return false
		}
	}
}

// countFast reports whether mapping is a dict whose type's get and __setitem__
// are dict's own (CPython compares the _PyType_Lookup results).
func countFast(rt *object.Runtime, mapping Ref) bool {
	if !rt.IsDict(mapping) {
		return false
	}
	t := rt.TypeOf(mapping)
	if t == rt.DictType {
		return true
	}
	for _, name := range [...]string{"get", "__setitem__"} {
		n := rt.InternString(name)
		mine, dicts := rt.LookupType(t, n), rt.LookupType(rt.DictType, n)
		rt.Decref(n)
		if mine == Nil || mine != dicts {
			return false
		}
	}
	return true
}
