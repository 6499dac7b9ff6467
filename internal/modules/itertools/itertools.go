// Package itertools is the itertools module: CPython 3.11's iterator types
// (Modules/itertoolsmodule.c), each a Go-implemented container type whose
// instances live on the private heap with their state (references, counters,
// index arrays) inside the object. They are lazy exactly where CPython's are:
// constructors that consume their input eagerly (product, permutations,
// combinations) do so, the others pull items only when asked.
package itertools

import (
	"unsafe"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

type Ref = object.Ref

const Nil = object.Nil

// An itertools object is laid out as
//
//	0 header, 8 GC header, 16 refs [nrefs]Ref, then int64 fields, then (for the
//	combinatoric types) an int64 array
//
// kind describes one type's layout.
type kind struct {
	t      *object.Type
	nrefs  int
	nints  int
	varLen bool
}

func (k *kind) intsOff() uintptr { return (modargs.First + uintptr(k.nrefs)*4 + 7) &^ 7 }

func (k *kind) size(extra int) uintptr { return k.intsOff() + uintptr(k.nints+extra)*8 }

func ref(rt *object.Runtime, o Ref, i int) *Ref { return modargs.RefField(rt, o, i) }

func (k *kind) int(rt *object.Runtime, o Ref, i int) *int64 {
	return (*int64)(unsafe.Pointer(&rt.Bytes(o, k.intsOff()+uintptr(i)*8, 8)[0]))
}

// arr returns the object's int64 array of n elements after its int fields.
func (k *kind) arr(rt *object.Runtime, o Ref, n int) []int64 {
	if n == 0 {
		return nil
	}
	off := k.intsOff() + uintptr(k.nints)*8
	return unsafe.Slice((*int64)(unsafe.Pointer(&rt.Bytes(o, off, uintptr(n)*8)[0])), n)
}

// alloc returns a new tracked object of kind k with the given references
// (stolen) and extra int64 array elements.
func (k *kind) alloc(rt *object.Runtime, extra int, refs ...Ref) Ref {
	o := rt.AllocObject(k.t, k.size(extra))
	if o == Nil {
		for _, r := range refs {
			rt.Decref(r)
		}
		return Nil
	}
	for i, r := range refs {
		*ref(rt, o, i) = r
	}
	rt.Track(o)
	return o
}

func selfIter(rt *object.Runtime, o Ref) Ref { return rt.New(o) }

// newKind defines itertools.<name> with nrefs reference fields and nints int64
// fields.
func newKind(rt *object.Runtime, name string, nrefs, nints int, setup func(t *object.Type, k *kind)) *kind {
	k := &kind{nrefs: nrefs, nints: nints}
	k.t = modargs.NewType(rt, name, k.size(0), object.TypeGC, func(t *object.Type) {
		modargs.RefFields(t, nrefs)
		t.Iter = selfIter
		setup(t, k)
	})
	return k
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// checkPos is Argument Clinic's positional-only check: no keywords ("name() takes
// no keyword arguments") and lo..hi arguments ("name expected 2 arguments, got 1").
func checkPos(rt *object.Runtime, name string, args []Ref, kw Ref, lo, hi int) bool {
	if !rt.NoKwargs(name, kw) {
		return false
	}
	n := len(args)
	switch {
	case lo == hi && n != lo:
		rt.Raise("TypeError", "%s expected %d argument%s, got %d", name, lo, plural(lo), n)
	case n < lo:
		rt.Raise("TypeError", "%s expected at least %d argument%s, got %d", name, lo, plural(lo), n)
	case hi >= 0 && n > hi:
		rt.Raise("TypeError", "%s expected at most %d argument%s, got %d", name, hi, plural(hi), n)
	default:
		return true
	}
	return false
}

// reprOf returns repr(v) as a Go string.
func reprOf(rt *object.Runtime, v Ref) (string, bool) {
	s := rt.Repr(v)
	if s == Nil {
		return "", false
	}
	defer rt.Decref(s)
	return rt.GoString(s), true
}

// ssize converts an index argument to a Go int (PyNumber_AsSsize_t), false
// with the error set.
func ssize(rt *object.Runtime, v Ref) (int, bool) {
	if rt.IsFloat(v) {
		rt.Raise("TypeError", "'float' object cannot be interpreted as an integer")
		return 0, false
	}
	n, ok := rt.AsIndex(v, "OverflowError")
	if !ok && rt.ErrMatchesName("OverflowError") {
		rt.ClearErr()
		rt.Raise("OverflowError", "Python int too large to convert to C ssize_t")
	}
	return n, ok
}

// New builds the itertools module. It returns a new reference, or Nil with an
// exception set.
func New(rt *object.Runtime) object.Ref {
	m := rt.NewModule("itertools")
	if m == Nil {
		return Nil
	}
	ns := rt.ModuleDict(m)
	types := map[string]*object.Type{}
	for name, k := range simpleTypes(rt) {
		types[name] = k.t
	}
	for name, k := range combTypes(rt) {
		types[name] = k.t
	}
	for name, t := range teeTypes(rt, m) {
		types[name] = t
	}
	for name, t := range types {
		if name[0] != '_' {
			rt.DictSetStr(ns, name, t.Ref)
		}
	}
	rt.DictSetStr(ns, "_grouper", types["_grouper"].Ref)
	rt.DictSetStr(ns, "_tee", types["_tee"].Ref)
	rt.DictSetStr(ns, "_tee_dataobject", types["_tee_dataobject"].Ref)
	return m
}
