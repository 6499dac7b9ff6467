// Module objects and the sequence iterator. See doc.go.

package object

import "fmt"

// A module is a container holding its namespace:
//
//	offset 0   header
//	       8   GC header
//	      16   dict   Ref   the module's globals (__name__, __doc__, ...)
//	      20   weaklist Ref
const (
	moduleOffDict     = 16
	moduleOffWeaklist = 20
	moduleSize        = 24
)

// NewModule returns a new module named name with a fresh namespace.
func (rt *Runtime) NewModule(name string) Ref {
	m := rt.AllocObject(rt.ModuleType, moduleSize)
	if m == Nil {
		return Nil
	}
	d := rt.NewDict()
	if d == Nil {
		rt.Decref(m)
		return Nil
	}
	*rt.RefAt(m, moduleOffDict) = d
	n := rt.NewStr(name)
	if n == Nil || rt.DictSetStr(d, "__name__", n) < 0 || rt.DictSetStr(d, "__doc__", rt.None) < 0 {
		rt.Decref(n)
		rt.Decref(m)
		return Nil
	}
	rt.Decref(n)
	rt.Track(m)
	return m
}

// ModuleDict returns a module's namespace (borrowed).
func (rt *Runtime) ModuleDict(m Ref) Ref { return *rt.RefAt(m, moduleOffDict) }

func (rt *Runtime) initModule() {
	t := rt.ModuleType
	t.DictOffset = moduleOffDict
	t.WeaklistOffset = moduleOffWeaklist
	t.Dealloc = func(rt *Runtime, m Ref) {
		rt.Untrack(m)
		rt.Replace(rt.RefAt(m, moduleOffDict), Nil)
		rt.FreeObject(m)
	}
	t.Traverse = func(rt *Runtime, m Ref, visit VisitFunc) bool {
		d := *rt.RefAt(m, moduleOffDict)
		return d == Nil || visit(d)
	}
	t.Clear = func(rt *Runtime, m Ref) { rt.Replace(rt.RefAt(m, moduleOffDict), Nil) }
	// types.ModuleType(name, doc=None), and subclasses of it.
	t.New = func(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
		m := rt.AllocObject(t, max(t.Size, moduleSize))
		if m == Nil {
			return Nil
		}
		d := rt.NewDict()
		if d == Nil {
			rt.Decref(m)
			return Nil
		}
		*rt.RefAt(m, moduleOffDict) = d
		rt.Track(m)
		return m
	}
	t.Init = func(rt *Runtime, m Ref, args []Ref, kwnames Ref) int {
		if len(args) == 0 {
			rt.Raise("TypeError", "module() missing required argument 'name' (pos 1)")
			return -1
		}
		a, ok := rt.parseKw("module", args, kwnames, []string{"name", "doc"}, 0, 1)
		if !ok {
			return -1
		}
		if !rt.IsStr(a[0]) {
			rt.Raise("TypeError", "module() argument 'name' must be str, not %s", rt.TypeNameOf(a[0]))
			return -1
		}
		doc := a[1]
		if doc == Nil {
			doc = rt.None
		}
		d := rt.ModuleDict(m)
		for _, kv := range []struct {
			k string
			v Ref
		}{{"__name__", a[0]}, {"__doc__", doc}, {"__package__", rt.None}, {"__loader__", rt.None}, {"__spec__", rt.None}} {
			if rt.DictSetStr(d, kv.k, kv.v) < 0 {
				return -1
			}
		}
		return 0
	}
	t.Repr = func(rt *Runtime, m Ref) Ref {
		name := "?"
		if d := rt.ModuleDict(m); d != Nil {
			if n := rt.DictGetStr(d, rt.internedOrNil("__name__")); n != Nil && rt.IsInstance(n, rt.StrType) {
				name = rt.GoString(n)
			}
		}
		return rt.NewStr(fmt.Sprintf("<module '%s'>", name))
	}
	t.GetAttr = func(rt *Runtime, m, name Ref) Ref {
		v := rt.GenericGetAttr(m, name)
		if v == Nil && rt.ErrMatchesName("AttributeError") {
			rt.ClearErr()
			d := rt.ModuleDict(m)
			if d == Nil {
				rt.Raise("AttributeError", "module has no attribute '%s'", rt.GoString(name))
				return Nil
			}
			// A module-level __getattr__ (PEP 562) answers the names the
			// module does not have.
			if g := rt.DictGetStr(d, rt.internedOrNil("__getattr__")); g != Nil {
				rt.Incref(g)
				r := rt.Call1(g, name)
				rt.Decref(g)
				return r
			}
			if rt.Occurred() {
				return Nil
			}
			n := rt.DictGetStr(d, rt.internedOrNil("__name__"))
			if n == Nil || !rt.IsInstance(n, rt.StrType) {
				rt.Raise("AttributeError", "module has no attribute '%s'", rt.GoString(name))
				return Nil
			}
			rt.Raise("AttributeError", "module '%s' has no attribute '%s'", rt.GoString(n), rt.GoString(name))
		}
		return v
	}
}

// internedOrNil returns the interned str for s (borrowed; the intern table keeps
// it), creating it if needed; Nil only when out of memory.
func (rt *Runtime) internedOrNil(s string) Ref {
	r := rt.InternString(s)
	rt.Decref(r) // the table still holds one
	return r
}

// A sequence iterator walks any object with the sequence protocol's Item slot
// (CPython's PySeqIter): header | GC header | seq Ref | index uint32.
const (
	seqIterOffSeq   = 16
	seqIterOffIndex = 20
	seqIterSize     = 24
)

// NewSeqIter returns an iterator over seq through its Item slot.
func (rt *Runtime) NewSeqIter(seq Ref) Ref {
	it := rt.AllocObject(rt.SeqIterType, seqIterSize)
	if it == Nil {
		return Nil
	}
	*rt.RefAt(it, seqIterOffSeq) = rt.New(seq)
	rt.Track(it)
	return it
}

func (rt *Runtime) initSeqIter() {
	t := rt.SeqIterType
	t.Dealloc = func(rt *Runtime, it Ref) {
		rt.Untrack(it)
		rt.Replace(rt.RefAt(it, seqIterOffSeq), Nil)
		rt.FreeObject(it)
	}
	t.Traverse = func(rt *Runtime, it Ref, visit VisitFunc) bool {
		s := *rt.RefAt(it, seqIterOffSeq)
		return s == Nil || visit(s)
	}
	t.Iter = func(rt *Runtime, it Ref) Ref { return rt.New(it) }
	t.Next = func(rt *Runtime, it Ref) Ref {
		seq := *rt.RefAt(it, seqIterOffSeq)
		if seq == Nil {
			return Nil
		}
		i := rt.Uint32At(it, seqIterOffIndex)
		v := rt.TypeOf(seq).Sequence.Item(rt, seq, int(*i))
		if v == Nil {
			if rt.ErrMatchesName("IndexError") || rt.ErrMatchesName("StopIteration") {
				rt.ClearErr()
				rt.Replace(rt.RefAt(it, seqIterOffSeq), Nil)
			}
			return Nil
		}
		*i++
		return v
	}
}
