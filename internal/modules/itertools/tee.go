// tee: tee objects share a linked list of _tee_dataobject cells of 57 values, as
// CPython's do, so that values are freed once every tee has passed them.

package itertools

import (
	"github.com/pyheap/pyheap/internal/object"
)

const linkCells = 57

// _tee_dataobject: refs it, nextlink, values[57]; ints numread, running.
// _tee: refs dataobj; ints index.
func teeTypes(rt *object.Runtime, m Ref) map[string]*object.Type {
	data := newKind(rt, "itertools._tee_dataobject", 2+linkCells, 2, func(t *object.Type, k *kind) {})
	newData := func(rt *object.Runtime, it Ref) Ref { return data.alloc(rt, 0, rt.New(it)) }
	getitem := func(rt *object.Runtime, d Ref, i int) Ref {
		numread := data.int(rt, d, 0)
		if int64(i) < *numread {
			return rt.New(*ref(rt, d, 2+i))
		}
		running := data.int(rt, d, 1)
		if *running == 1 {
			rt.Raise("RuntimeError", "cannot re-enter the tee iterator")
			return Nil
		}
		*running = 1
		v := rt.Next(*ref(rt, d, 0))
		*running = 0
		if v == Nil {
			return Nil
		}
		*numread++
		*ref(rt, d, 2+i) = v
		return rt.New(v)
	}
	var tee *kind
	tee = newKind(rt, "itertools._tee", 1, 1, func(t *object.Type, k *kind) {
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			idx := k.int(rt, o, 0)
			if *idx >= linkCells {
				d := *ref(rt, o, 0)
				if *ref(rt, d, 1) == Nil {
					nd := newData(rt, *ref(rt, d, 0))
					if nd == Nil {
						return Nil
					}
					*ref(rt, d, 1) = nd
				}
				rt.Replace(ref(rt, o, 0), rt.New(*ref(rt, d, 1)))
				*idx = 0
			}
			v := getitem(rt, *ref(rt, o, 0), int(*idx))
			if v == Nil {
				return Nil
			}
			*idx++
			return v
		}
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			if !checkPos(rt, "_tee", args, kw, 1, 1) {
				return Nil
			}
			return fromIterable(rt, tee, newData, args[0])
		}
		t.Methods = []object.MethodDef{{Name: "__copy__", Fn: func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
			c := tee.alloc(rt, 0, rt.New(*ref(rt, o, 0)))
			if c != Nil {
				*tee.int(rt, c, 0) = *tee.int(rt, o, 0)
			}
			return c
		}}}
	})
	teeFunc := rt.NewBuiltinFunction(&object.MethodDef{Name: "tee", Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !checkPos(rt, "tee", args, kw, 1, 2) {
			return Nil
		}
		n := 2
		if len(args) == 2 {
			var ok bool
			if n, ok = ssize(rt, args[1]); !ok {
				return Nil
			}
		}
		if n < 0 {
			rt.Raise("ValueError", "n must be >= 0")
			return Nil
		}
		if n == 0 {
			return rt.TupleFrom()
		}
		it := rt.Iter(args[0])
		if it == Nil {
			return Nil
		}
		defer rt.Decref(it)
		var first Ref
		copyName := rt.InternString("__copy__")
		defer rt.Decref(copyName)
		if rt.LookupType(rt.TypeOf(it), copyName) != Nil {
			first = rt.New(it)
		} else {
			first = fromIterable(rt, tee, newData, it)
			if first == Nil {
				return Nil
			}
		}
		out := []Ref{first}
		defer func() {
			for _, r := range out {
				rt.Decref(r)
			}
		}()
		for i := 1; i < n; i++ {
			c := rt.CallMethod(first, "__copy__")
			if c == Nil {
				return Nil
			}
			out = append(out, c)
		}
		return rt.TupleFrom(out...)
	}}, m, m)
	rt.DictSetStr(rt.ModuleDict(m), "tee", teeFunc)
	rt.Decref(teeFunc)
	return map[string]*object.Type{"_tee": tee.t, "_tee_dataobject": data.t}
}

// fromIterable is tee_fromiterable: a tee over iter(iterable), or a copy when that
// is a tee already.
func fromIterable(rt *object.Runtime, tee *kind, newData func(*object.Runtime, Ref) Ref, iterable Ref) Ref {
	it := rt.Iter(iterable)
	if it == Nil {
		return Nil
	}
	defer rt.Decref(it)
	if rt.TypeOf(it) == tee.t {
		c := tee.alloc(rt, 0, rt.New(*ref(rt, it, 0)))
		if c != Nil {
			*tee.int(rt, c, 0) = *tee.int(rt, it, 0)
		}
		return c
	}
	d := newData(rt, it)
	if d == Nil {
		return Nil
	}
	return tee.alloc(rt, 0, d)
}
