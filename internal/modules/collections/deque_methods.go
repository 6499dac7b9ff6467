// The deque's methods. See collections.go.

package collections

import (
	"github.com/pyheap/pyheap/internal/object"
)

// noArgs makes a METH_NOARGS method.
func noArgs(name string, f func(rt *object.Runtime, d Ref) Ref) object.MethodDef {
	full := "deque." + name
	return object.MethodDef{Name: name, Fn: func(rt *object.Runtime, d Ref, args []Ref, kw Ref) Ref {
		if len(args) != 0 || kw != Nil {
			if !rt.CheckArgs(full, args, kw, 0, 0) {
				return Nil
			}
		}
		return f(rt, d)
	}}
}

// oneArg makes a METH_O method.
func oneArg(name string, f func(rt *object.Runtime, d, v Ref) Ref) object.MethodDef {
	full := "deque." + name
	return object.MethodDef{Name: name, Fn: func(rt *object.Runtime, d Ref, args []Ref, kw Ref) Ref {
		if len(args) != 1 || kw != Nil {
			if !rt.CheckArgs(full, args, kw, 1, 1) {
				return Nil
			}
		}
		return f(rt, d, args[0])
	}}
}

func (k *dequeTypes) methods() []object.MethodDef {
	copyDef := noArgs("copy", func(rt *object.Runtime, d Ref) Ref { return k.copy(rt, d) })
	copyDef.Doc = "Return a shallow copy of a deque."
	dunderCopy := noArgs("__copy__", func(rt *object.Runtime, d Ref) Ref { return k.copy(rt, d) })
	dunderCopy.Doc = copyDef.Doc
	pop := func(left bool) func(rt *object.Runtime, d Ref) Ref {
		return func(rt *object.Runtime, d Ref) Ref {
			if dqLen(rt, d) == 0 {
				rt.Raise("IndexError", "pop from an empty deque")
				return Nil
			}
			if left {
				return dqTakeLeft(rt, d)
			}
			return dqTakeRight(rt, d)
		}
	}
	ms := []object.MethodDef{
		// append and popleft, a queue's steady state, are written out without
		// the helpers' closures: one Go call from the method descriptor.
		{Name: "append", Fn: func(rt *object.Runtime, d Ref, args []Ref, kw Ref) Ref {
			if len(args) != 1 || kw != Nil {
				if !rt.CheckArgs("deque.append", args, kw, 1, 1) {
					return Nil
				}
			}
			if !dqPushRight(rt, d, rt.New(args[0])) {
				return Nil
			}
			return rt.None
		}},
		oneArg("appendleft", func(rt *object.Runtime, d, v Ref) Ref {
			if !dqPushLeft(rt, d, rt.New(v)) {
				return Nil
			}
			return rt.None
		}),
		noArgs("pop", pop(false)),
		{Name: "popleft", Fn: func(rt *object.Runtime, d Ref, args []Ref, kw Ref) Ref {
			if len(args) != 0 || kw != Nil {
				if !rt.CheckArgs("deque.popleft", args, kw, 0, 0) {
					return Nil
				}
			}
			if dq(rt, d).len == 0 {
				rt.Raise("IndexError", "pop from an empty deque")
				return Nil
			}
			return dqTakeLeft(rt, d)
		}},
		noArgs("clear", func(rt *object.Runtime, d Ref) Ref {
			dqClear(rt, d)
			return rt.None
		}),
		copyDef,
		dunderCopy,
		oneArg("count", func(rt *object.Runtime, d, v Ref) Ref {
			n := dqLen(rt, d)
			state := dq(rt, d).state
			count := 0
			for i := 0; i < n; i++ {
				item := rt.New(*dqAt(rt, d, i))
				c := rt.RichCompareBool(item, v, object.EQ)
				rt.Decref(item)
				if c < 0 {
					return Nil
				}
				count += c
				if state != dq(rt, d).state {
					rt.Raise("RuntimeError", "deque mutated during iteration")
					return Nil
				}
			}
			return rt.NewInt(int64(count))
		}),
		oneArg("extend", func(rt *object.Runtime, d, v Ref) Ref {
			if !dqExtend(rt, d, v, false) {
				return Nil
			}
			return rt.None
		}),
		oneArg("extendleft", func(rt *object.Runtime, d, v Ref) Ref {
			if !dqExtend(rt, d, v, true) {
				return Nil
			}
			return rt.None
		}),
		{Name: "index", Fn: func(rt *object.Runtime, d Ref, args []Ref, kw Ref) Ref {
			if !rt.NoKwargs("deque.index", kw) {
				return Nil
			}
			switch {
			case len(args) < 1:
				rt.Raise("TypeError", "index() takes at least 1 argument (%d given)", len(args))
				return Nil
			case len(args) > 3:
				rt.Raise("TypeError", "index() takes at most 3 arguments (%d given)", len(args))
				return Nil
			}
			n := dqLen(rt, d)
			start, stop := 0, n
			var ok bool
			if len(args) > 1 {
				if start, ok = sliceIndex(rt, args[1]); !ok {
					return Nil
				}
			}
			if len(args) > 2 {
				if stop, ok = sliceIndex(rt, args[2]); !ok {
					return Nil
				}
			}
			n = dqLen(rt, d) // __index__ may have changed it
			if start < 0 {
				start = max(start+n, 0)
			}
			if stop < 0 {
				stop = max(stop+n, 0)
			}
			stop = min(stop, n)
			start = min(start, stop)
			state := dq(rt, d).state
			for i := start; i < stop; i++ {
				item := rt.New(*dqAt(rt, d, i))
				c := rt.RichCompareBool(item, args[0], object.EQ)
				rt.Decref(item)
				if c > 0 {
					return rt.NewInt(int64(i))
				}
				if c < 0 {
					return Nil
				}
				if state != dq(rt, d).state {
					rt.Raise("RuntimeError", "deque mutated during iteration")
					return Nil
				}
			}
			return raiseNotIn(rt, args[0])
		}, Doc: "D.index(value, [start, [stop]]) -> integer -- return first index of value.\nRaises ValueError if the value is not present."},
		{Name: "insert", Fn: func(rt *object.Runtime, d Ref, args []Ref, kw Ref) Ref {
			if !rt.NoKwargs("deque.insert", kw) {
				return Nil
			}
			if len(args) != 2 {
				rt.Raise("TypeError", "insert() takes exactly 2 arguments (%d given)", len(args))
				return Nil
			}
			index, ok := ssize(rt, args[0])
			if !ok {
				return Nil
			}
			n := dqLen(rt, d)
			if *dqMaxlen(rt, d) == int64(n) {
				rt.Raise("IndexError", "deque already at its maximum size")
				return Nil
			}
			v := rt.New(args[1])
			switch {
			case index >= n:
				ok = dqPushRight(rt, d, v)
			case index <= -n || index == 0:
				ok = dqPushLeft(rt, d, v)
			default:
				if index < 0 {
					index += n
				}
				ok = dqInsertAt(rt, d, index, v)
			}
			if !ok {
				return Nil
			}
			return rt.None
		}, Doc: "D.insert(index, object) -- insert object before index"},
		oneArg("remove", func(rt *object.Runtime, d, v Ref) Ref {
			n := dqLen(rt, d)
			state := dq(rt, d).state
			for i := 0; i < n; i++ {
				item := rt.New(*dqAt(rt, d, i))
				c := rt.RichCompareBool(item, v, object.EQ)
				rt.Decref(item)
				if c < 0 {
					return Nil
				}
				if state != dq(rt, d).state {
					rt.Raise("IndexError", "deque mutated during iteration")
					return Nil
				}
				if c > 0 {
					rt.Decref(dqRemoveAt(rt, d, i))
					return rt.None
				}
			}
			return raiseNotIn(rt, v)
		}),
		noArgs("reverse", func(rt *object.Runtime, d Ref) Ref {
			dqReverse(rt, d)
			return rt.None
		}),
		{Name: "rotate", Fn: func(rt *object.Runtime, d Ref, args []Ref, kw Ref) Ref {
			n := 1
			if len(args) != 0 || kw != Nil {
				if !rt.CheckArgs("deque.rotate", args, kw, 0, 1) {
					return Nil
				}
				var ok bool
				if n, ok = ssize(rt, args[0]); !ok {
					return Nil
				}
			}
			dqRotate(rt, d, n)
			return rt.None
		}, Doc: "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
		noArgs("__reversed__", func(rt *object.Runtime, d Ref) Ref { return k.newIter(rt, d, true) }),
		noArgs("__sizeof__", func(rt *object.Runtime, d Ref) Ref {
			return rt.NewInt(int64(rt.TypeOf(d).Size) + 4*int64(dq(rt, d).cap))
		}),
		// The VM makes no wrapper of sq_inplace_repeat: d.__imul__(n) is spelt
		// out (CPython's wrap_indexargfunc).
		oneArg("__imul__", func(rt *object.Runtime, d, v Ref) Ref {
			n, ok := ssize(rt, v)
			if !ok {
				return Nil
			}
			return dqInplaceRepeat(rt, d, n)
		}),
		noArgs("__reduce__", func(rt *object.Runtime, d Ref) Ref { return k.reduce(rt, d) }),
		{Name: "__class_getitem__", Kind: object.ClassMethod, Doc: "See PEP 585", Fn: func(rt *object.Runtime, cls Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("deque.__class_getitem__", args, kw, 1, 1) {
				return Nil
			}
			return genericAlias(rt, cls, args[0])
		}},
	}
	docs := map[string]string{
		"append": "Add an element to the right side of the deque.", "appendleft": "Add an element to the left side of the deque.",
		"pop": "Remove and return the rightmost element.", "popleft": "Remove and return the leftmost element.",
		"clear": "Remove all elements from the deque.", "count": "D.count(value) -> integer -- return number of occurrences of value",
		"extend":     "Extend the right side of the deque with elements from the iterable",
		"extendleft": "Extend the left side of the deque with elements from the iterable",
		"remove":     "D.remove(value) -- remove first occurrence of value.", "reverse": "D.reverse() -- reverse *IN PLACE*",
		"__reversed__": "D.__reversed__() -- return a reverse iterator over the deque",
		"__sizeof__":   "D.__sizeof__() -- size of D in memory, in bytes", "__reduce__": "Return state information for pickling.",
	}
	for i := range ms {
		if doc, ok := docs[ms[i].Name]; ok {
			ms[i].Doc = doc
		}
	}
	return ms
}

func raiseNotIn(rt *object.Runtime, v Ref) Ref {
	s := rt.Repr(v)
	if s == Nil {
		return Nil
	}
	rt.Raise("ValueError", "%s is not in deque", rt.GoString(s))
	rt.Decref(s)
	return Nil
}

// genericAlias returns types.GenericAlias(cls, item): the type is found as the
// type of list[int], so that this package needs nothing from the VM.
func genericAlias(rt *object.Runtime, cls, item Ref) Ref {
	probe := rt.GetItem(rt.ListType.Ref, rt.IntType.Ref)
	if probe == Nil {
		return Nil
	}
	ga := rt.TypeRefOf(probe)
	rt.Incref(ga)
	rt.Decref(probe)
	defer rt.Decref(ga)
	return rt.Call(ga, []Ref{cls, item}, Nil)
}

// reduce is deque.__reduce__: (type, () or ((), maxlen), state, iter(d)), the
// state being what CPython 3.11's _PyObject_GetState gives: __getstate__() when
// the class has one, else the instance __dict__ (None when absent or empty),
// paired with a dict of the __slots__ values when there are any.
func (k *dequeTypes) reduce(rt *object.Runtime, d Ref) Ref {
	state := k.state(rt, d)
	if state == Nil {
		return Nil
	}
	it := rt.Iter(d)
	if it == Nil {
		rt.Decref(state)
		return Nil
	}
	var args Ref
	if m := *dqMaxlen(rt, d); m < 0 {
		args = rt.TupleFrom()
	} else {
		ml, empty := rt.NewInt(m), rt.TupleFrom()
		args = rt.TupleFrom(empty, ml)
		rt.Decref(ml)
		rt.Decref(empty)
	}
	t := rt.TypeRefOf(d)
	r := rt.TupleFrom(t, args, state, it)
	rt.Decref(args)
	rt.Decref(state)
	rt.Decref(it)
	return r
}

func (k *dequeTypes) state(rt *object.Runtime, d Ref) Ref {
	t := rt.TypeOf(d)
	name := rt.InternString("__getstate__")
	found := rt.LookupType(t, name) != Nil
	rt.Decref(name)
	if found {
		return rt.CallMethod(d, "__getstate__")
	}
	state := rt.New(rt.None)
	if t.DictOffset != 0 {
		if dict := *rt.RefAt(d, t.DictOffset); dict != Nil && rt.DictLen(dict) > 0 {
			rt.Replace(&state, rt.New(dict))
		}
	}
	slots := Nil
	mro := rt.TypeMRO(t)
	if mro == Nil {
		return state
	}
	for _, c := range rt.TupleItems(mro) {
		ct := rt.TypeFromRef(c)
		if ct == k.deque {
			break
		}
		key := rt.InternString("__slots__")
		names := rt.DictGetStr(rt.TypeDict(ct), key)
		rt.Decref(key)
		if names == Nil {
			continue
		}
		var list []Ref
		if rt.IsStr(names) {
			list = []Ref{names}
		} else if rt.IsTuple(names) {
			list = rt.TupleItems(names)
		} else if rt.IsList(names) {
			list = rt.ListItems(names)
		}
		for _, n := range list {
			if !rt.IsStr(n) {
				continue
			}
			s := rt.GoString(n)
			if s == "__dict__" || s == "__weakref__" {
				continue
			}
			if len(s) > 2 && s[:2] == "__" && s[len(s)-2:] != "__" {
				if cn := trimUnderscores(shortName(ct)); cn != "" {
					s = "_" + cn + s
				}
			}
			v := rt.GetAttrString(d, s)
			if v == Nil {
				if !rt.ErrMatchesName("AttributeError") {
					rt.Decref(state)
					if slots != Nil {
						rt.Decref(slots)
					}
					return Nil
				}
				rt.ClearErr()
				continue
			}
			if slots == Nil {
				slots = rt.NewDict()
			}
			rt.DictSetStr(slots, s, v)
			rt.Decref(v)
		}
	}
	if slots == Nil {
		return state
	}
	r := rt.TupleFrom(state, slots)
	rt.Decref(state)
	rt.Decref(slots)
	return r
}

func trimUnderscores(s string) string {
	for len(s) > 0 && s[0] == '_' {
		s = s[1:]
	}
	return s
}
