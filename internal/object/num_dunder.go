// The special methods of int, bool and float as attributes ((5).__add__(2),
// float.__rpow__, int.__new__): wrappers over the number slots, with the messages of
// CPython's slot wrappers (wrap_binaryfunc_l/r, wrap_ternaryfunc, wrap_unaryfunc).

package object

type numDunders struct {
	t    *Type
	have map[string]bool
}

func (d *numDunders) add(name string, min, max int, f func(rt *Runtime, self Ref, args []Ref) Ref) {
	if d.have[name] {
		return
	}
	d.have[name] = true
	d.t.Methods = append(d.t.Methods, MethodDef{Name: name, Fn: func(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
		if rt.NumKwargs(kwnames) > 0 {
			rt.Raise("TypeError", "wrapper %s() takes no keyword arguments", name)
			return Nil
		}
		switch {
		case min == max && len(args) != min:
			rt.Raise("TypeError", "expected %d argument%s, got %d", min, plural(min), len(args))
			return Nil
		case len(args) < min:
			rt.Raise("TypeError", " expected at least %d argument%s, got %d", min, plural(min), len(args))
			return Nil
		case len(args) > max:
			rt.Raise("TypeError", " expected at most %d argument%s, got %d", max, plural(max), len(args))
			return Nil
		}
		return f(rt, self, args)
	}})
}

func (d *numDunders) unary(name string, f UnaryFunc) {
	if f != nil {
		d.add(name, 0, 0, func(rt *Runtime, self Ref, args []Ref) Ref { return f(rt, self) })
	}
}

func (d *numDunders) binary(name, rname string, f BinaryFunc) {
	if f == nil {
		return
	}
	d.add(name, 1, 1, func(rt *Runtime, self Ref, args []Ref) Ref { return f(rt, self, args[0]) })
	d.add(rname, 1, 1, func(rt *Runtime, self Ref, args []Ref) Ref { return f(rt, args[0], self) })
}

// addNumberDunders appends to t.Methods the special methods of its number slots
// (all of them, or for bool only the ones bool defines itself), its repr, hash,
// comparisons and __new__.
func (rt *Runtime) addNumberDunders(t *Type, boolOnly bool) {
	d := &numDunders{t: t, have: map[string]bool{}}
	for _, m := range t.Methods {
		d.have[m.Name] = true
	}
	n := t.Number
	d.binary("__and__", "__rand__", n.And)
	d.binary("__or__", "__ror__", n.Or)
	d.binary("__xor__", "__rxor__", n.Xor)
	d.unary("__repr__", t.Repr)
	d.addNew(t)
	if boolOnly {
		return
	}
	for _, b := range []struct {
		name, rname string
		f           BinaryFunc
	}{{"__add__", "__radd__", n.Add}, {"__sub__", "__rsub__", n.Subtract}, {"__mul__", "__rmul__", n.Multiply},
		{"__mod__", "__rmod__", n.Remainder}, {"__divmod__", "__rdivmod__", n.Divmod},
		{"__floordiv__", "__rfloordiv__", n.FloorDivide}, {"__truediv__", "__rtruediv__", n.TrueDivide},
		{"__lshift__", "__rlshift__", n.Lshift}, {"__rshift__", "__rrshift__", n.Rshift}} {
		d.binary(b.name, b.rname, b.f)
	}
	if pow := n.Power; pow != nil {
		third := func(rt *Runtime, args []Ref) Ref {
			if len(args) > 1 {
				return args[1]
			}
			return rt.None
		}
		d.add("__pow__", 1, 2, func(rt *Runtime, self Ref, args []Ref) Ref { return pow(rt, self, args[0], third(rt, args)) })
		d.add("__rpow__", 1, 2, func(rt *Runtime, self Ref, args []Ref) Ref { return pow(rt, args[0], self, third(rt, args)) })
	}
	d.unary("__neg__", n.Negative)
	d.unary("__pos__", n.Positive)
	d.unary("__abs__", n.Absolute)
	d.unary("__invert__", n.Invert)
	d.unary("__int__", n.Int)
	d.unary("__float__", n.Float)
	d.unary("__index__", n.Index)
	if b := n.Bool; b != nil {
		d.add("__bool__", 0, 0, func(rt *Runtime, self Ref, args []Ref) Ref {
			v := b(rt, self)
			if v < 0 {
				return Nil
			}
			return rt.NewBool(v == 1)
		})
	}
	if h := t.Hash; h != nil {
		d.add("__hash__", 0, 0, func(rt *Runtime, self Ref, args []Ref) Ref {
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
			d.add(name, 1, 1, func(rt *Runtime, self Ref, args []Ref) Ref { return cmp(rt, self, args[0], op) })
		}
	}
}

// addNew adds the static __new__(cls, ...) of t, with CPython's tp_new_wrapper
// checks.
func (d *numDunders) addNew(t *Type) {
	newf := t.New
	if newf == nil || d.have["__new__"] {
		return
	}
	d.have["__new__"] = true
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
		if owner == rt.IntType && sub == rt.BoolType {
			rt.Raise("TypeError", "int.__new__(bool) is not safe, use bool.__new__()")
			return Nil
		}
		return newf(rt, sub, args[1:], kwnames)
	}})
}
