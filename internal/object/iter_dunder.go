// The special methods of the container types as attributes (d.__or__, l.__len__,
// super().__getitem__ in a subclass): method wrappers over the slots, made from
// whatever slots a type defines, as CPython's add_operators makes its slot wrappers.

package object

// addSlotMethods appends to t.Methods a method for each slot t defines whose name is
// not already there.
func (rt *Runtime) addSlotMethods(t *Type) {
	have := map[string]bool{}
	for _, m := range t.Methods {
		have[m.Name] = true
	}
	add := func(name string, min, max int, f func(rt *Runtime, self Ref, args []Ref) Ref) {
		if have[name] {
			return
		}
		have[name] = true
		t.Methods = append(t.Methods, MethodDef{Name: name, Fn: func(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
			if rt.NumKwargs(kwnames) > 0 {
				rt.Raise("TypeError", "wrapper %s() takes no keyword arguments", name)
				return Nil
			}
			if len(args) < min || len(args) > max {
				if min == 2 {
					// CPython unpacks these with an unnamed PyArg_UnpackTuple.
					rt.Raise("TypeError", " expected %d arguments, got %d", min, len(args))
				} else {
					rt.Raise("TypeError", "expected %d argument%s, got %d", min, plural(min), len(args))
				}
				return Nil
			}
			return f(rt, self, args)
		}})
	}
	unary := func(name string, f UnaryFunc) {
		if f != nil {
			add(name, 0, 0, func(rt *Runtime, self Ref, args []Ref) Ref { return f(rt, self) })
		}
	}
	binary := func(name, rname string, f BinaryFunc) {
		if f == nil {
			return
		}
		add(name, 1, 1, func(rt *Runtime, self Ref, args []Ref) Ref { return f(rt, self, args[0]) })
		if rname != "" {
			add(rname, 1, 1, func(rt *Runtime, self Ref, args []Ref) Ref { return f(rt, args[0], self) })
		}
	}
	length := func(f LenFunc) {
		if f != nil {
			add("__len__", 0, 0, func(rt *Runtime, self Ref, args []Ref) Ref {
				n := f(rt, self)
				if n < 0 {
					return Nil
				}
				return rt.NewInt(int64(n))
			})
		}
	}
	if newf := t.New; newf != nil && !have["__new__"] {
		have["__new__"] = true
		owner := t
		t.Methods = append(t.Methods, MethodDef{Name: "__new__", Kind: StaticMethod, Fn: func(rt *Runtime, _ Ref, args []Ref, kwnames Ref) Ref {
			if len(args)-rt.NumKwargs(kwnames) < 1 {
				rt.Raise("TypeError", "%s.__new__(): not enough arguments", owner.Name)
				return Nil
			}
			if !rt.IsType(args[0]) {
				rt.Raise("TypeError", "%s.__new__(X): X is not a type object (%s)", owner.Name, rt.TypeNameOf(args[0]))
				return Nil
			}
			sub := rt.TypeFromRef(args[0])
			if !rt.IsSubtype(sub, owner) {
				rt.Raise("TypeError", "%s.__new__(%s): %s is not a subtype of %s", owner.Name, sub.Name, sub.Name, owner.Name)
				return Nil
			}
			return newf(rt, sub, args[1:], kwnames)
		}})
	}
	if t.Init != nil {
		init := t.Init
		have["__init__"] = true
		t.Methods = append(t.Methods, MethodDef{Name: "__init__", Fn: func(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
			if init(rt, self, args, kwnames) < 0 {
				return Nil
			}
			return rt.None
		}})
	}
	unary("__repr__", t.Repr)
	unary("__iter__", t.Iter)
	if next := t.Next; next != nil {
		add("__next__", 0, 0, func(rt *Runtime, self Ref, args []Ref) Ref {
			v := next(rt, self)
			if v == Nil && !rt.Occurred() {
				rt.Restore(rt.NewException(rt.ExcType("StopIteration"), rt.EmptyTuple))
			}
			return v
		})
	}
	if h := t.Hash; h != nil {
		add("__hash__", 0, 0, func(rt *Runtime, self Ref, args []Ref) Ref {
			v, ok := h(rt, self)
			if !ok {
				return Nil
			}
			return rt.NewInt(v)
		})
	}
	if cmp := t.RichCompare; cmp != nil {
		for op, name := range [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"} {
			op := CompareOp(op)
			add(name, 1, 1, func(rt *Runtime, self Ref, args []Ref) Ref { return cmp(rt, self, args[0], op) })
		}
	}
	if m := t.Mapping; m != nil {
		length(m.Length)
		binary("__getitem__", "", m.Subscript)
		if ass := m.AssSubscript; ass != nil {
			add("__setitem__", 2, 2, func(rt *Runtime, self Ref, args []Ref) Ref {
				if ass(rt, self, args[0], args[1]) < 0 {
					return Nil
				}
				return rt.None
			})
			add("__delitem__", 1, 1, func(rt *Runtime, self Ref, args []Ref) Ref {
				if ass(rt, self, args[0], Nil) < 0 {
					return Nil
				}
				return rt.None
			})
		}
	}
	if s := t.Sequence; s != nil {
		length(s.Length)
		if c := s.Contains; c != nil {
			add("__contains__", 1, 1, func(rt *Runtime, self Ref, args []Ref) Ref { return ctBool(rt, c(rt, self, args[0])) })
		}
		binary("__add__", "", s.Concat)
		binary("__iadd__", "", s.InplaceConcat)
		repeat := func(name string, f func(rt *Runtime, self Ref, n int) Ref) {
			if f != nil {
				add(name, 1, 1, func(rt *Runtime, self Ref, args []Ref) Ref {
					n, ok := rt.ctIndex(args[0], "OverflowError")
					if !ok {
						return Nil
					}
					return f(rt, self, n)
				})
			}
		}
		repeat("__mul__", s.Repeat)
		repeat("__rmul__", s.Repeat)
		repeat("__imul__", s.InplaceRepeat)
	}
	if n := t.Number; n != nil {
		binary("__or__", "__ror__", n.Or)
		binary("__and__", "__rand__", n.And)
		binary("__sub__", "__rsub__", n.Subtract)
		binary("__xor__", "__rxor__", n.Xor)
		binary("__ior__", "", n.InplaceOr)
		binary("__iand__", "", n.InplaceAnd)
		binary("__isub__", "", n.InplaceSubtract)
		binary("__ixor__", "", n.InplaceXor)
		if b := n.Bool; b != nil {
			add("__bool__", 0, 0, func(rt *Runtime, self Ref, args []Ref) Ref { return ctBool(rt, b(rt, self)) })
		}
	}
}

// addContainerSlotMethods gives every type of the container families its special
// methods; initRange, the last of them, calls it.
func (rt *Runtime) addContainerSlotMethods() {
	ct := rt.ctypes()
	for _, t := range []*Type{rt.ListType, rt.TupleType, rt.DictType, rt.SetType, rt.FrozenSetType, rt.RangeType,
		ct.listIter, ct.listRevIter, ct.tupleIter, ct.rangeIter, ct.longRangeIter, ct.setIter,
		ct.dictKeys, ct.dictValues, ct.dictItems, ct.dictKeyIter, ct.dictValueIter, ct.dictItemIter,
		ct.dictRevKeyIter, ct.dictRevValueIter, ct.dictRevItemIter, ct.mappingProxy} {
		rt.addSlotMethods(t)
	}
}
