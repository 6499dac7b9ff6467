// Package bisect is the bisect module (CPython's _bisect, in C): bisect_left,
// bisect_right, insort_left and insort_right with lo, hi and key, and the aliases
// bisect and insort.
package bisect

import (
	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

// New builds the bisect module. It returns a new reference, or Nil with an
// exception set.
func New(rt *object.Runtime) object.Ref {
	m := rt.NewModule("bisect")
	if m == object.Nil {
		return object.Nil
	}
	names := []string{"a", "x", "lo", "hi", "key"}
	def := func(name string, right, insort bool) *object.MethodDef {
		spec := &modargs.Spec{Name: name, Names: names, Required: 2, KwOnly: 4}
		return modargs.Func(spec, func(rt *object.Runtime, _ object.Ref, v []object.Ref) object.Ref {
			return run(rt, v, right, insort)
		})
	}
	defs := []*object.MethodDef{
		def("bisect_right", true, false), def("bisect_left", false, false),
		def("insort_right", true, true), def("insort_left", false, true),
	}
	if !modargs.AddFuncs(rt, m, defs) {
		rt.Decref(m)
		return object.Nil
	}
	modargs.Alias(rt, m, "bisect", "bisect_right")
	modargs.Alias(rt, m, "insort", "insort_right")
	return m
}

// seqLen is PySequence_Size.
func seqLen(rt *object.Runtime, a object.Ref) int {
	t := rt.TypeOf(a)
	if t.Sequence != nil && t.Sequence.Length != nil {
		return t.Sequence.Length(rt, a)
	}
	if t.Mapping != nil && t.Mapping.Length != nil {
		rt.Raise("TypeError", "%s is not a sequence", t.Name)
	} else {
		rt.Raise("TypeError", "object of type '%s' has no len()", t.Name)
	}
	return -1
}

// seqItem is PySequence_GetItem.
func seqItem(rt *object.Runtime, a object.Ref, i int) object.Ref {
	t := rt.TypeOf(a)
	if t.Sequence != nil && t.Sequence.Item != nil {
		return rt.SequenceGetItem(a, i)
	}
	if t.Mapping != nil && t.Mapping.Subscript != nil {
		rt.Raise("TypeError", "%s is not a sequence", t.Name)
	} else {
		rt.Raise("TypeError", "'%s' object does not support indexing", t.Name)
	}
	return object.Nil
}

// ssize converts lo or hi (Argument Clinic's Py_ssize_t converter).
func ssize(rt *object.Runtime, v object.Ref) (int, bool) {
	if rt.IsFloat(v) {
		rt.Raise("TypeError", "'float' object cannot be interpreted as an integer")
		return 0, false
	}
	n, ok := rt.AsIndex(v, "OverflowError")
	if !ok && rt.ErrMatchesName("OverflowError") && rt.IsInt(v) {
		rt.ClearErr()
		rt.Raise("OverflowError", "Python int too large to convert to C ssize_t")
	}
	return n, ok
}

func run(rt *object.Runtime, v []object.Ref, right, insort bool) object.Ref {
	a, x, key := v[0], v[1], v[4]
	lo, hi := 0, -1
	var ok bool
	if v[2] != object.Nil {
		if lo, ok = ssize(rt, v[2]); !ok {
			return object.Nil
		}
	}
	if v[3] != object.Nil && v[3] != rt.None {
		if !rt.IsInt(v[3]) && (rt.TypeOf(v[3]).Number == nil || rt.TypeOf(v[3]).Number.Index == nil) {
			rt.Raise("TypeError", "argument should be integer or None, not '%s'", rt.TypeNameOf(v[3]))
			return object.Nil
		}
		if hi, ok = ssize(rt, v[3]); !ok {
			return object.Nil
		}
	}
	if key == rt.None {
		key = object.Nil
	}
	kx := x
	if insort && key != object.Nil {
		kx = rt.Call1(key, x)
		if kx == object.Nil {
			return object.Nil
		}
		defer rt.Decref(kx)
	}
	i := search(rt, a, kx, lo, hi, key, right)
	if i < 0 {
		return object.Nil
	}
	if !insort {
		return rt.NewInt(int64(i))
	}
	if rt.IsList(a) && rt.TypeOf(a) == rt.ListType {
		if rt.ListInsert(a, i, x) < 0 {
			return object.Nil
		}
		return rt.None
	}
	idx := rt.NewInt(int64(i))
	defer rt.Decref(idx)
	r := rt.CallMethod(a, "insert", idx, x)
	if r == object.Nil {
		return object.Nil
	}
	rt.Decref(r)
	return rt.None
}

// search is internal_bisect_right/left: the insertion point of x in a[lo:hi],
// comparing x with key(a[mid]); -1 on error.
func search(rt *object.Runtime, a, x object.Ref, lo, hi int, key object.Ref, right bool) int {
	if lo < 0 {
		rt.Raise("ValueError", "lo must be non-negative")
		return -1
	}
	if hi == -1 {
		if hi = seqLen(rt, a); hi < 0 {
			return -1
		}
	}
	for lo < hi {
		mid := int((uint(lo) + uint(hi)) / 2)
		item := seqItem(rt, a, mid)
		if item == object.Nil {
			return -1
		}
		if key != object.Nil {
			k := rt.Call1(key, item)
			rt.Decref(item)
			if k == object.Nil {
				return -1
			}
			item = k
		}
		var c int
		if right {
			c = rt.RichCompareBool(x, item, object.LT)
		} else {
			c = rt.RichCompareBool(item, x, object.LT)
		}
		rt.Decref(item)
		if c < 0 {
			return -1
		}
		if (c == 1) == right {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
