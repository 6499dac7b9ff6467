// set and frozenset: operations, comparison, repr and methods, following
// CPython's setobject.c step by step (so results iterate in CPython's order). See
// set.go for the representation.

package object

// setIntersection returns s & other for any iterable other, as a new set of s's
// base type (CPython's set_intersection).
func (rt *Runtime) setIntersection(s, other Ref) Ref {
	if s == other {
		return rt.setCopy(s)
	}
	res := rt.makeNewSetBasetype(rt.TypeOf(s), Nil)
	if res == Nil {
		return Nil
	}
	if rt.IsAnySet(other) {
		if rt.SetLen(other) > rt.SetLen(s) {
			s, other = other, s
		}
		pos := 0
		for {
			e, ok := rt.setNext(other, &pos)
			if !ok {
				return res
			}
			key, hash := e.key, e.hash
			rt.Incref(key)
			c := rt.setContainsEntry(s, key, hash)
			if c > 0 {
				c = rt.setAddEntry(res, key, hash)
			}
			rt.Decref(key)
			if c < 0 {
				rt.Decref(res)
				return Nil
			}
		}
	}
	it := rt.Iter(other)
	if it == Nil {
		rt.Decref(res)
		return Nil
	}
	defer rt.Decref(it)
	for {
		key := rt.Next(it)
		if key == Nil {
			if rt.Occurred() {
				rt.Decref(res)
				return Nil
			}
			return res
		}
		hash, ok := rt.Hash(key)
		c := -1
		if ok {
			c = rt.setContainsEntry(s, key, hash)
			if c > 0 {
				c = rt.setAddEntry(res, key, hash)
			}
		}
		rt.Decref(key)
		if c < 0 {
			rt.Decref(res)
			return Nil
		}
	}
}

func (rt *Runtime) setIntersectionMulti(s Ref, others []Ref) Ref {
	if len(others) == 0 {
		return rt.setCopy(s)
	}
	res := rt.New(s)
	for _, o := range others {
		n := rt.setIntersection(res, o)
		rt.Decref(res)
		if n == Nil {
			return Nil
		}
		res = n
	}
	return res
}

// setDifferenceUpdate removes the items of any iterable from s (CPython's
// set_difference_update_internal).
func (rt *Runtime) setDifferenceUpdate(s, other Ref) int {
	if s == other {
		rt.setClear(s)
		return 0
	}
	if rt.IsAnySet(other) {
		if rt.SetLen(other)>>3 > rt.SetLen(s) {
			other = rt.setIntersection(s, other)
			if other == Nil {
				return -1
			}
		} else {
			rt.Incref(other)
		}
		defer rt.Decref(other)
		pos := 0
		for {
			e, ok := rt.setNext(other, &pos)
			if !ok {
				break
			}
			key := e.key
			rt.Incref(key)
			c := rt.setDiscardEntry(s, key, e.hash)
			rt.Decref(key)
			if c < 0 {
				return -1
			}
		}
	} else {
		it := rt.Iter(other)
		if it == Nil {
			return -1
		}
		defer rt.Decref(it)
		for {
			key := rt.Next(it)
			if key == Nil {
				if rt.Occurred() {
					return -1
				}
				break
			}
			c := rt.SetDiscard(s, key)
			rt.Decref(key)
			if c < 0 {
				return -1
			}
		}
	}
	if int(*rt.setFill(s)-*rt.setUsed(s)) <= rt.setMask(s)/4 {
		return 0
	}
	used := rt.SetLen(s)
	if used > 50000 {
		return rt.setTableResize(s, used*2)
	}
	return rt.setTableResize(s, used*4)
}

func (rt *Runtime) setCopyAndDifference(s, other Ref) Ref {
	res := rt.setCopy(s)
	if res == Nil {
		return Nil
	}
	if rt.setDifferenceUpdate(res, other) < 0 {
		rt.Decref(res)
		return Nil
	}
	return res
}

// setDifference returns s - other for any iterable other (CPython's set_difference).
func (rt *Runtime) setDifference(s, other Ref) Ref {
	var otherSize int
	switch {
	case rt.IsAnySet(other):
		otherSize = rt.SetLen(other)
	case rt.isExactDict(other):
		otherSize = rt.DictLen(other)
	default:
		return rt.setCopyAndDifference(s, other)
	}
	if rt.SetLen(s)>>2 > otherSize {
		return rt.setCopyAndDifference(s, other)
	}
	res := rt.makeNewSetBasetype(rt.TypeOf(s), Nil)
	if res == Nil {
		return Nil
	}
	dict := rt.isExactDict(other)
	pos := 0
	for {
		e, ok := rt.setNext(s, &pos)
		if !ok {
			return res
		}
		key, hash := e.key, e.hash
		rt.Incref(key)
		var c int
		if dict {
			c = rt.dictContainsHash(other, key, hash)
		} else {
			c = rt.setContainsEntry(other, key, hash)
		}
		if c == 0 {
			c = rt.setAddEntry(res, key, hash)
		}
		rt.Decref(key)
		if c < 0 {
			rt.Decref(res)
			return Nil
		}
	}
}

// setSymmetricDifferenceUpdate makes s hold the items in exactly one of s and other.
func (rt *Runtime) setSymmetricDifferenceUpdate(s, other Ref) int {
	if s == other {
		rt.setClear(s)
		return 0
	}
	if rt.isExactDict(other) {
		for i := 0; i < rt.dictNentries(other); i++ {
			e := *rt.dictEntryAt(other, i)
			if e.key == Nil {
				continue
			}
			rt.Incref(e.key)
			c := rt.setDiscardEntry(s, e.key, e.hash)
			if c == 0 {
				c = rt.setAddEntry(s, e.key, e.hash)
			}
			rt.Decref(e.key)
			if c < 0 {
				return -1
			}
		}
		return 0
	}
	var os Ref
	if rt.IsAnySet(other) {
		os = rt.New(other)
	} else if os = rt.makeNewSetBasetype(rt.TypeOf(s), other); os == Nil {
		return -1
	}
	defer rt.Decref(os)
	pos := 0
	for {
		e, ok := rt.setNext(os, &pos)
		if !ok {
			return 0
		}
		key, hash := e.key, e.hash
		rt.Incref(key)
		c := rt.setDiscardEntry(s, key, hash)
		if c == 0 {
			c = rt.setAddEntry(s, key, hash)
		}
		rt.Decref(key)
		if c < 0 {
			return -1
		}
	}
}

func (rt *Runtime) setSymmetricDifference(s, other Ref) Ref {
	os := rt.makeNewSetBasetype(rt.TypeOf(s), other)
	if os == Nil {
		return Nil
	}
	if rt.setSymmetricDifferenceUpdate(os, s) < 0 {
		rt.Decref(os)
		return Nil
	}
	return os
}

// setIsSubset reports whether every item of s is in other: 1, 0, or -1.
func (rt *Runtime) setIsSubset(s, other Ref) int {
	if !rt.IsAnySet(other) {
		tmp := rt.setIntersection(s, other)
		if tmp == Nil {
			return -1
		}
		r := rt.SetLen(tmp) == rt.SetLen(s)
		rt.Decref(tmp)
		if r {
			return 1
		}
		return 0
	}
	if rt.SetLen(s) > rt.SetLen(other) {
		return 0
	}
	pos := 0
	for {
		e, ok := rt.setNext(s, &pos)
		if !ok {
			return 1
		}
		key := e.key
		rt.Incref(key)
		c := rt.setContainsEntry(other, key, e.hash)
		rt.Decref(key)
		if c <= 0 {
			return c
		}
	}
}

func (rt *Runtime) setIsSuperset(s, other Ref) int {
	if rt.IsAnySet(other) {
		return rt.setIsSubset(other, s)
	}
	it := rt.Iter(other)
	if it == Nil {
		return -1
	}
	defer rt.Decref(it)
	for {
		key := rt.Next(it)
		if key == Nil {
			if rt.Occurred() {
				return -1
			}
			return 1
		}
		c := rt.SetContains(s, key)
		rt.Decref(key)
		if c <= 0 {
			return c
		}
	}
}

func (rt *Runtime) setIsDisjoint(s, other Ref) int {
	if s == other {
		if rt.SetLen(s) == 0 {
			return 1
		}
		return 0
	}
	if rt.isExactAnySet(other) {
		if rt.SetLen(other) > rt.SetLen(s) {
			s, other = other, s
		}
		pos := 0
		for {
			e, ok := rt.setNext(other, &pos)
			if !ok {
				return 1
			}
			key := e.key
			rt.Incref(key)
			c := rt.setContainsEntry(s, key, e.hash)
			rt.Decref(key)
			if c != 0 {
				if c > 0 {
					return 0
				}
				return -1
			}
		}
	}
	it := rt.Iter(other)
	if it == Nil {
		return -1
	}
	defer rt.Decref(it)
	for {
		key := rt.Next(it)
		if key == Nil {
			if rt.Occurred() {
				return -1
			}
			return 1
		}
		c := rt.SetContains(s, key)
		rt.Decref(key)
		if c != 0 {
			if c > 0 {
				return 0
			}
			return -1
		}
	}
}

// setKeyRetry reruns op with frozenset(key) when key is a set and op failed with
// TypeError (unhashable): `{1} in {frozenset({1})}` works, as in CPython.
func (rt *Runtime) setKeyRetry(key Ref, op func(k Ref) int) int {
	r := op(key)
	if r >= 0 || !rt.IsSet(key) || !rt.ErrMatchesName("TypeError") {
		return r
	}
	rt.ClearErr()
	fk := rt.NewFrozenSet(key)
	if fk == Nil {
		return -1
	}
	defer rt.Decref(fk)
	return op(fk)
}

// ---- slots ----

func setContainsSlot(rt *Runtime, s, key Ref) int {
	return rt.setKeyRetry(key, func(k Ref) int { return rt.SetContains(s, k) })
}

func setLength(rt *Runtime, s Ref) int { return rt.SetLen(s) }

func setRepr(rt *Runtime, s Ref) Ref {
	name := rt.TypeNameOf(s)
	if !rt.ReprEnter(s) {
		return rt.NewStr(name + "(...)")
	}
	defer rt.ReprLeave(s)
	if rt.SetLen(s) == 0 {
		return rt.NewStr(name + "()")
	}
	keys := rt.SequenceList(s)
	if keys == Nil {
		return Nil
	}
	defer rt.Decref(keys)
	lr := rt.Repr(keys)
	if lr == Nil {
		return Nil
	}
	defer rt.Decref(lr)
	ls := rt.GoString(lr)
	inner := "{" + ls[1:len(ls)-1] + "}"
	if !rt.isExactSet(s) {
		return rt.NewStr(name + "(" + inner + ")")
	}
	return rt.NewStr(inner)
}

func setRichCompare(rt *Runtime, a, b Ref, op CompareOp) Ref {
	if !rt.IsAnySet(b) {
		return rt.New(rt.NotImplemented)
	}
	var c int
	switch op {
	case EQ, NE:
		if rt.SetLen(a) != rt.SetLen(b) {
			c = 0
		} else {
			ha, hb := *(*int64)(rt.field(a, setOffHash)), *(*int64)(rt.field(b, setOffHash))
			if ha != -1 && hb != -1 && ha != hb {
				c = 0
			} else {
				c = rt.setIsSubset(a, b)
			}
		}
		if op == NE && c >= 0 {
			c = 1 - c
		}
	case LE:
		c = rt.setIsSubset(a, b)
	case GE:
		c = rt.setIsSuperset(a, b)
	case LT:
		if rt.SetLen(a) >= rt.SetLen(b) {
			return rt.False
		}
		c = rt.setIsSubset(a, b)
	case GT:
		if rt.SetLen(a) <= rt.SetLen(b) {
			return rt.False
		}
		c = rt.setIsSuperset(a, b)
	}
	if c < 0 {
		return Nil
	}
	return rt.NewBool(c == 1)
}

func setOr(rt *Runtime, a, b Ref) Ref {
	if !rt.IsAnySet(a) || !rt.IsAnySet(b) {
		return rt.New(rt.NotImplemented)
	}
	res := rt.setCopy(a)
	if res == Nil || a == b {
		return res
	}
	if rt.setUpdate(res, b) < 0 {
		rt.Decref(res)
		return Nil
	}
	return res
}

func setAnd(rt *Runtime, a, b Ref) Ref {
	if !rt.IsAnySet(a) || !rt.IsAnySet(b) {
		return rt.New(rt.NotImplemented)
	}
	return rt.setIntersection(a, b)
}

func setSub(rt *Runtime, a, b Ref) Ref {
	if !rt.IsAnySet(a) || !rt.IsAnySet(b) {
		return rt.New(rt.NotImplemented)
	}
	return rt.setDifference(a, b)
}

func setXor(rt *Runtime, a, b Ref) Ref {
	if !rt.IsAnySet(a) || !rt.IsAnySet(b) {
		return rt.New(rt.NotImplemented)
	}
	return rt.setSymmetricDifference(a, b)
}

func setIor(rt *Runtime, a, b Ref) Ref {
	if !rt.IsAnySet(b) {
		return rt.New(rt.NotImplemented)
	}
	if rt.setUpdate(a, b) < 0 {
		return Nil
	}
	return rt.New(a)
}

func setIand(rt *Runtime, a, b Ref) Ref {
	if !rt.IsAnySet(b) {
		return rt.New(rt.NotImplemented)
	}
	if rt.setIntersectionUpdate(a, []Ref{b}) < 0 {
		return Nil
	}
	return rt.New(a)
}

func setIsub(rt *Runtime, a, b Ref) Ref {
	if !rt.IsAnySet(b) {
		return rt.New(rt.NotImplemented)
	}
	if rt.setDifferenceUpdate(a, b) < 0 {
		return Nil
	}
	return rt.New(a)
}

func setIxor(rt *Runtime, a, b Ref) Ref {
	if !rt.IsAnySet(b) {
		return rt.New(rt.NotImplemented)
	}
	if rt.setSymmetricDifferenceUpdate(a, b) < 0 {
		return Nil
	}
	return rt.New(a)
}

func (rt *Runtime) setIntersectionUpdate(s Ref, others []Ref) int {
	tmp := rt.setIntersectionMulti(s, others)
	if tmp == Nil {
		return -1
	}
	rt.setSwapBodies(s, tmp)
	rt.Decref(tmp)
	return 0
}

func setNewSlot(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
	if t == rt.SetType && !rt.NoKwargs("set", kwnames) {
		return Nil
	}
	return rt.allocSet(t)
}

func setInit(rt *Runtime, s Ref, args []Ref, kwnames Ref) int {
	if !rt.NoKwargs("set", kwnames) {
		return -1
	}
	if !rt.CheckArgs("set", args[:len(args)-rt.NumKwargs(kwnames)], Nil, 0, 1) {
		return -1
	}
	if *rt.setFill(s) != 0 {
		rt.setClear(s)
	}
	if len(args) > 0 {
		return rt.setUpdate(s, args[0])
	}
	return 0
}

func frozensetNew(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
	if t == rt.FrozenSetType && !rt.NoKwargs("frozenset", kwnames) {
		return Nil
	}
	if !rt.CheckArgs("frozenset", args[:len(args)-rt.NumKwargs(kwnames)], Nil, 0, 1) {
		return Nil
	}
	if len(args) == 0 {
		return rt.allocSet(t)
	}
	if t == rt.FrozenSetType && args[0]&1 == 0 && rt.hdr(args[0]).typ == rt.FrozenSetType.Ref {
		return rt.New(args[0])
	}
	return rt.makeNewSet(t, args[0])
}

// ---- methods ----

func setMethod1(name string, f func(rt *Runtime, s, arg Ref) Ref) MethodDef {
	return MethodDef{Name: ctLastName(name), Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
		if !rt.ctArgs(name, args, kwnames, 1, 1) {
			return Nil
		}
		return f(rt, s, args[0])
	}}
}

func setMethodN(name string, f func(rt *Runtime, s Ref, args []Ref) Ref) MethodDef {
	return MethodDef{Name: ctLastName(name), Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
		if !rt.NoKwargs(name, kwnames) {
			return Nil
		}
		return f(rt, s, args)
	}}
}

func ctBool(rt *Runtime, c int) Ref {
	if c < 0 {
		return Nil
	}
	return rt.NewBool(c > 0)
}

func (rt *Runtime) initSet() {
	ct := rt.ctypes()
	ct.setIter = rt.defIterType("set_iterator", setItSize, true)
	ct.setIter.Next = setIterNext
	ct.setIter.Methods = []MethodDef{{Name: "__length_hint__", Fn: func(rt *Runtime, it Ref, args []Ref, kwnames Ref) Ref {
		s := *rt.RefAt(it, setItOffSet)
		if s != Nil && *rt.Uint32At(it, setItOffUsed) == uint32(rt.SetLen(s)) {
			return rt.NewInt(int64(*rt.Uint32At(it, setItOffLen)))
		}
		return MakeSmallInt(0)
	}}}

	common := func(p string) []MethodDef {
		return []MethodDef{
			ctNoArgs(p+"copy", func(rt *Runtime, s Ref) Ref {
				if rt.TypeOf(s) == rt.FrozenSetType {
					return rt.New(s)
				}
				return rt.setCopy(s)
			}),
			setMethodN(p+"union", func(rt *Runtime, s Ref, args []Ref) Ref {
				res := rt.setCopy(s)
				if res == Nil {
					return Nil
				}
				for _, o := range args {
					if o == s {
						continue
					}
					if rt.setUpdate(res, o) < 0 {
						rt.Decref(res)
						return Nil
					}
				}
				return res
			}),
			setMethodN(p+"intersection", func(rt *Runtime, s Ref, args []Ref) Ref { return rt.setIntersectionMulti(s, args) }),
			setMethodN(p+"difference", func(rt *Runtime, s Ref, args []Ref) Ref {
				if len(args) == 0 {
					return rt.setCopy(s)
				}
				res := rt.setDifference(s, args[0])
				if res == Nil {
					return Nil
				}
				for _, o := range args[1:] {
					if rt.setDifferenceUpdate(res, o) < 0 {
						rt.Decref(res)
						return Nil
					}
				}
				return res
			}),
			setMethod1(p+"symmetric_difference", func(rt *Runtime, s, o Ref) Ref { return rt.setSymmetricDifference(s, o) }),
			setMethod1(p+"issubset", func(rt *Runtime, s, o Ref) Ref { return ctBool(rt, rt.setIsSubset(s, o)) }),
			setMethod1(p+"issuperset", func(rt *Runtime, s, o Ref) Ref { return ctBool(rt, rt.setIsSuperset(s, o)) }),
			setMethod1(p+"isdisjoint", func(rt *Runtime, s, o Ref) Ref { return ctBool(rt, rt.setIsDisjoint(s, o)) }),
			setMethod1(p+"__contains__", func(rt *Runtime, s, k Ref) Ref { return ctBool(rt, setContainsSlot(rt, s, k)) }),
			ctNoArgs(p+"__sizeof__", func(rt *Runtime, s Ref) Ref {
				n := rt.heap.UsableSize(s.Heap())
				if t := *rt.RefAt(s, setOffTable); t != Nil {
					n += rt.heap.UsableSize(t.Heap())
				}
				return rt.NewInt(int64(n))
			}),
		}
	}

	setOnly := []MethodDef{
		setMethod1("set.add", func(rt *Runtime, s, k Ref) Ref {
			if rt.SetAdd(s, k) < 0 {
				return Nil
			}
			return rt.None
		}),
		setMethod1("set.remove", func(rt *Runtime, s, k Ref) Ref {
			c := rt.setKeyRetry(k, func(k Ref) int { return rt.SetDiscard(s, k) })
			if c < 0 {
				return Nil
			}
			if c == 0 {
				rt.SetKeyError(k)
				return Nil
			}
			return rt.None
		}),
		setMethod1("set.discard", func(rt *Runtime, s, k Ref) Ref {
			if rt.setKeyRetry(k, func(k Ref) int { return rt.SetDiscard(s, k) }) < 0 {
				return Nil
			}
			return rt.None
		}),
		ctNoArgs("set.pop", func(rt *Runtime, s Ref) Ref {
			if rt.SetLen(s) == 0 {
				rt.Raise("KeyError", "pop from an empty set")
				return Nil
			}
			tab := rt.setTable(s)
			i := int(*rt.Uint32At(s, setOffFinger)) & (len(tab) - 1)
			for tab[i].key == Nil {
				i++
				if i >= len(tab) {
					i = 0
				}
			}
			k := tab[i].key
			tab[i] = setEntry{hash: -1}
			*rt.setUsed(s)--
			*rt.Uint32At(s, setOffFinger) = uint32(i + 1)
			return k
		}),
		ctNoArgs("set.clear", func(rt *Runtime, s Ref) Ref { rt.setClear(s); return rt.None }),
		setMethodN("set.update", func(rt *Runtime, s Ref, args []Ref) Ref {
			for _, o := range args {
				if rt.setUpdate(s, o) < 0 {
					return Nil
				}
			}
			return rt.None
		}),
		setMethodN("intersection_update", func(rt *Runtime, s Ref, args []Ref) Ref {
			if rt.setIntersectionUpdate(s, args) < 0 {
				return Nil
			}
			return rt.None
		}),
		setMethodN("difference_update", func(rt *Runtime, s Ref, args []Ref) Ref {
			for _, o := range args {
				if rt.setDifferenceUpdate(s, o) < 0 {
					return Nil
				}
			}
			return rt.None
		}),
		setMethod1("symmetric_difference_update", func(rt *Runtime, s, o Ref) Ref {
			if rt.setSymmetricDifferenceUpdate(s, o) < 0 {
				return Nil
			}
			return rt.None
		}),
	}

	for _, t := range []*Type{rt.SetType, rt.FrozenSetType} {
		t.Size = setSize
		t.WeaklistOffset = setOffWeaklist
		t.Dealloc = setDealloc
		t.Traverse = setTraverse
		t.Repr = setRepr
		t.RichCompare = setRichCompare
		t.Iter = setIter
		t.Sequence = &SequenceSlots{Length: setLength, Contains: setContainsSlot}
		t.Clear = func(rt *Runtime, r Ref) { rt.setClear(r) }
	}
	s := rt.SetType
	s.New = setNewSlot
	s.Init = setInit
	s.Number = &NumberSlots{Subtract: setSub, And: setAnd, Xor: setXor, Or: setOr,
		InplaceSubtract: setIsub, InplaceAnd: setIand, InplaceXor: setIxor, InplaceOr: setIor}
	s.Methods = append(common("set."), setOnly...)

	f := rt.FrozenSetType
	f.Hash = frozensetHash
	f.New = frozensetNew
	f.Number = &NumberSlots{Subtract: setSub, And: setAnd, Xor: setXor, Or: setOr}
	f.Methods = common("frozenset.")
}
