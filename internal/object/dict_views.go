// dict views (dict_keys, dict_values, dict_items) and dict iterators. See dict.go.

package object

// A view is a container holding its dict: header | GC header | dict Ref (20 bytes).
const (
	viewOffDict = 16
	viewSize    = 20
)

// A dict iterator: header | GC header | dict Ref | used uint32 (the dict's size when
// the iteration started) | pos int32 (next entry; counts down for reversed ones) |
// len int32 (items left).
const (
	dictItOffDict = 16
	dictItOffUsed = 20
	dictItOffPos  = 24
	dictItOffLen  = 28
	dictItSize    = 32

	// Item iterators keep the last (key, value) tuple they returned, and refill it
	// when the caller dropped it (CPython's di_result): iterating over d.items()
	// allocates no tuple per item.
	dictItOffResult = 32
	dictItemItSize  = 36
)

func (rt *Runtime) newDictView(t *Type, d Ref) Ref {
	v := rt.AllocObject(t, viewSize)
	if v == Nil {
		return Nil
	}
	*rt.RefAt(v, viewOffDict) = rt.New(d)
	rt.Track(v)
	return v
}

func viewDict(rt *Runtime, v Ref) Ref { return *rt.RefAt(v, viewOffDict) }

func (rt *Runtime) newDictIter(t *Type, d Ref, reversed bool) Ref {
	it := rt.AllocObject(t, t.Size)
	if it == Nil {
		return Nil
	}
	if t.Size == dictItemItSize {
		res := rt.TupleFrom(rt.None, rt.None)
		if res == Nil {
			rt.Decref(it)
			return Nil
		}
		*rt.RefAt(it, dictItOffResult) = res
	}
	*rt.RefAt(it, dictItOffDict) = rt.New(d)
	*rt.Uint32At(it, dictItOffUsed) = uint32(rt.DictLen(d))
	pos := int32(0)
	if reversed {
		pos = int32(rt.dictNentries(d) - 1)
	}
	*(*int32)(rt.field(it, dictItOffPos)) = pos
	*(*int32)(rt.field(it, dictItOffLen)) = int32(rt.DictLen(d))
	rt.Track(it)
	return it
}

// dictIterNext advances a dict iterator and returns the entry it reached (borrowed
// key and value), or ok false at the end or on error.
func (rt *Runtime) dictIterNext(it Ref, reversed bool) (key, value Ref, ok bool) {
	d := *rt.RefAt(it, dictItOffDict)
	if d == Nil {
		return Nil, Nil, false
	}
	used := rt.Uint32At(it, dictItOffUsed)
	if *used != uint32(rt.DictLen(d)) {
		rt.Raise("RuntimeError", "dictionary changed size during iteration")
		*used = ^uint32(0)
		return Nil, Nil, false
	}
	pos := (*int32)(rt.field(it, dictItOffPos))
	left := (*int32)(rt.field(it, dictItOffLen))
	i := int(*pos)
	n := rt.dictNentries(d)
	if reversed {
		if i >= n {
			i = n - 1
		}
		for i >= 0 && rt.dictEntryAt(d, i).key == Nil {
			i--
		}
		if i < 0 {
			rt.Replace(rt.RefAt(it, dictItOffDict), Nil)
			return Nil, Nil, false
		}
		*pos = int32(i - 1)
	} else {
		for i < n && rt.dictEntryAt(d, i).key == Nil {
			i++
		}
		if i >= n {
			rt.Replace(rt.RefAt(it, dictItOffDict), Nil)
			return Nil, Nil, false
		}
		if *left == 0 {
			rt.Raise("RuntimeError", "dictionary keys changed during iteration")
			rt.Replace(rt.RefAt(it, dictItOffDict), Nil)
			return Nil, Nil, false
		}
		*pos = int32(i + 1)
	}
	*left--
	e := rt.dictEntryAt(d, i)
	return e.key, e.value, true
}

func dictIterLengthHint(rt *Runtime, it Ref, args []Ref, kwnames Ref) Ref {
	d := *rt.RefAt(it, dictItOffDict)
	if d != Nil && *rt.Uint32At(it, dictItOffUsed) == uint32(rt.DictLen(d)) {
		return rt.NewInt(int64(*(*int32)(rt.field(it, dictItOffLen))))
	}
	return MakeSmallInt(0)
}

func (rt *Runtime) defDictIter(name string, reversed bool, kind int) *Type {
	size := uintptr(dictItSize)
	if kind == 2 {
		size = dictItemItSize
	}
	t := rt.defIterType(name, size, true)
	if kind == 2 {
		t.Dealloc = func(rt *Runtime, it Ref) {
			rt.Untrack(it)
			rt.Replace(rt.RefAt(it, dictItOffDict), Nil)
			rt.Replace(rt.RefAt(it, dictItOffResult), Nil)
			rt.FreeObject(it)
		}
		t.Traverse = func(rt *Runtime, it Ref, visit VisitFunc) bool {
			for _, off := range []uintptr{dictItOffDict, dictItOffResult} {
				if r := *rt.RefAt(it, off); r != Nil && !visit(r) {
					return false
				}
			}
			return true
		}
		t.Clear = func(rt *Runtime, it Ref) {
			rt.Replace(rt.RefAt(it, dictItOffDict), Nil)
			rt.Replace(rt.RefAt(it, dictItOffResult), Nil)
		}
	}
	t.Next = func(rt *Runtime, it Ref) Ref {
		k, v, ok := rt.dictIterNext(it, reversed)
		if !ok {
			return Nil
		}
		switch kind {
		case 0:
			return rt.New(k)
		case 1:
			return rt.New(v)
		}
		if res := *rt.RefAt(it, dictItOffResult); res != Nil && rt.Refcnt(res) == 1 {
			items := rt.TupleItems(res)
			oldK, oldV := items[0], items[1]
			items[0], items[1] = rt.New(k), rt.New(v)
			rt.Incref(res)
			rt.Decref(oldK)
			rt.Decref(oldV)
			if *rt.RefAt(res, gcOffNext) == 0 { // IsTracked, for a tuple: no type lookup
				rt.Track(res) // the collector may have untracked it
			}
			return res
		}
		return rt.TupleFrom(k, v)
	}
	t.Methods = []MethodDef{{Name: "__length_hint__", Fn: dictIterLengthHint}}
	return t
}

// ---- views ----

func viewLen(rt *Runtime, v Ref) int { return rt.DictLen(viewDict(rt, v)) }

func (rt *Runtime) isKeysView(r Ref) bool {
	return r&1 == 0 && r != Nil && rt.TypeOf(r) == rt.ctypes().dictKeys
}

func (rt *Runtime) isItemsView(r Ref) bool {
	return r&1 == 0 && r != Nil && rt.TypeOf(r) == rt.ctypes().dictItems
}

// isViewSet reports whether r is a keys or items view (CPython's
// PyDictViewSet_Check).
func (rt *Runtime) isViewSet(r Ref) bool { return rt.isKeysView(r) || rt.isItemsView(r) }

func dictItemsContains(rt *Runtime, v, item Ref) int {
	if !rt.IsTuple(item) || rt.TupleLen(item) != 2 {
		return 0
	}
	kv := rt.TupleItems(item)
	key, value := kv[0], kv[1]
	found := rt.DictGetItem(viewDict(rt, v), key)
	if found == Nil {
		if rt.Occurred() {
			return -1
		}
		return 0
	}
	rt.Incref(found)
	c := rt.RichCompareBool(found, value, EQ)
	rt.Decref(found)
	return c
}

func viewRepr(rt *Runtime, v Ref) Ref {
	if !rt.ReprEnter(v) {
		return rt.NewStr("...")
	}
	defer rt.ReprLeave(v)
	l := rt.SequenceList(v)
	if l == Nil {
		return Nil
	}
	defer rt.Decref(l)
	s := rt.Repr(l)
	if s == Nil {
		return Nil
	}
	defer rt.Decref(s)
	return rt.NewStr(rt.TypeNameOf(v) + "(" + rt.GoString(s) + ")")
}

// allContainedIn reports whether every item of a is in b.
func (rt *Runtime) allContainedIn(a, b Ref) int {
	it := rt.Iter(a)
	if it == Nil {
		return -1
	}
	defer rt.Decref(it)
	for {
		x := rt.Next(it)
		if x == Nil {
			if rt.Occurred() {
				return -1
			}
			return 1
		}
		c := rt.Contains(b, x)
		rt.Decref(x)
		if c <= 0 {
			return c
		}
	}
}

func viewRichCompare(rt *Runtime, a, b Ref, op CompareOp) Ref {
	if !rt.IsAnySet(b) && !rt.isViewSet(b) {
		return rt.New(rt.NotImplemented)
	}
	la := rt.Len(a)
	if la < 0 {
		return Nil
	}
	lb := rt.Len(b)
	if lb < 0 {
		return Nil
	}
	ok := 0
	switch op {
	case EQ, NE:
		if la == lb {
			ok = rt.allContainedIn(a, b)
		}
		if op == NE && ok >= 0 {
			ok = 1 - ok
		}
	case LT:
		if la < lb {
			ok = rt.allContainedIn(a, b)
		}
	case LE:
		if la <= lb {
			ok = rt.allContainedIn(a, b)
		}
	case GT:
		if la > lb {
			ok = rt.allContainedIn(b, a)
		}
	case GE:
		if la >= lb {
			ok = rt.allContainedIn(b, a)
		}
	}
	if ok < 0 {
		return Nil
	}
	return rt.NewBool(ok == 1)
}

// viewToSet returns a new set of a view's items (or of any iterable).
func (rt *Runtime) viewToSet(v Ref) Ref {
	if rt.isKeysView(v) && rt.isExactDict(viewDict(rt, v)) {
		return rt.NewSet(viewDict(rt, v))
	}
	return rt.NewSet(v)
}

func viewSub(rt *Runtime, a, b Ref) Ref {
	r := rt.viewToSet(a)
	if r == Nil {
		return Nil
	}
	if rt.setDifferenceUpdate(r, b) < 0 {
		rt.Decref(r)
		return Nil
	}
	return r
}

func viewOr(rt *Runtime, a, b Ref) Ref {
	r := rt.viewToSet(a)
	if r == Nil {
		return Nil
	}
	if rt.setUpdate(r, b) < 0 {
		rt.Decref(r)
		return Nil
	}
	return r
}

func viewXor(rt *Runtime, a, b Ref) Ref {
	if rt.isItemsView(a) && rt.isItemsView(b) {
		return rt.dictItemsXor(a, b)
	}
	r := rt.viewToSet(a)
	if r == Nil {
		return Nil
	}
	if rt.setSymmetricDifferenceUpdate(r, b) < 0 {
		rt.Decref(r)
		return Nil
	}
	return r
}

func (rt *Runtime) dictItemsXor(a, b Ref) Ref {
	d1, d2 := viewDict(rt, a), viewDict(rt, b)
	tmp := rt.DictCopy(d1)
	if tmp == Nil {
		return Nil
	}
	defer rt.Decref(tmp)
	res := rt.NewSet(Nil)
	if res == Nil {
		return Nil
	}
	for i := 0; i < rt.dictNentries(d2); i++ {
		e := *rt.dictEntryAt(d2, i)
		if e.key == Nil {
			continue
		}
		rt.Incref(e.key)
		rt.Incref(e.value)
		err := func() int {
			v1 := rt.DictGetItemHash(tmp, e.key, e.hash)
			del := 0
			if v1 == Nil {
				if rt.Occurred() {
					return -1
				}
			} else {
				rt.Incref(v1)
				del = rt.RichCompareBool(v1, e.value, EQ)
				rt.Decref(v1)
				if del < 0 {
					return -1
				}
			}
			if del > 0 {
				return rt.DictDelItem(tmp, e.key)
			}
			pair := rt.TupleFrom(e.key, e.value)
			if pair == Nil {
				return -1
			}
			defer rt.Decref(pair)
			return rt.SetAdd(res, pair)
		}()
		rt.Decref(e.key)
		rt.Decref(e.value)
		if err < 0 {
			rt.Decref(res)
			return Nil
		}
	}
	rest := rt.newDictView(rt.ctypes().dictItems, tmp)
	if rest == Nil || rt.setUpdate(res, rest) < 0 {
		rt.Decref(rest)
		rt.Decref(res)
		return Nil
	}
	rt.Decref(rest)
	return res
}

func viewAnd(rt *Runtime, a, b Ref) Ref {
	if !rt.isViewSet(a) {
		a, b = b, a
	}
	la := viewLen(rt, a)
	if rt.isExactSet(b) && la <= rt.SetLen(b) {
		return rt.setIntersection(b, a)
	}
	if rt.isViewSet(b) && viewLen(rt, b) > la {
		a, b = b, a
	}
	res := rt.NewSet(Nil)
	if res == Nil {
		return Nil
	}
	it := rt.Iter(b)
	if it == Nil {
		rt.Decref(res)
		return Nil
	}
	defer rt.Decref(it)
	keys := rt.isKeysView(a)
	for {
		x := rt.Next(it)
		if x == Nil {
			if rt.Occurred() {
				rt.Decref(res)
				return Nil
			}
			return res
		}
		var c int
		if keys {
			c = rt.DictContains(viewDict(rt, a), x)
		} else {
			c = dictItemsContains(rt, a, x)
		}
		if c > 0 {
			c = rt.SetAdd(res, x)
		}
		rt.Decref(x)
		if c < 0 {
			rt.Decref(res)
			return Nil
		}
	}
}

func viewIsDisjoint(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs(rt.TypeNameOf(self)+".isdisjoint", args, kwnames, 1, 1) {
		return Nil
	}
	other := args[0]
	if self == other {
		return rt.NewBool(viewLen(rt, self) == 0)
	}
	if rt.IsAnySet(other) || rt.isViewSet(other) {
		lo := rt.Len(other)
		if lo < 0 {
			return Nil
		}
		if lo > viewLen(rt, self) {
			self, other = other, self
		}
	}
	it := rt.Iter(other)
	if it == Nil {
		return Nil
	}
	defer rt.Decref(it)
	for {
		x := rt.Next(it)
		if x == Nil {
			if rt.Occurred() {
				return Nil
			}
			return rt.True
		}
		c := rt.Contains(self, x)
		rt.Decref(x)
		if c < 0 {
			return Nil
		}
		if c > 0 {
			return rt.False
		}
	}
}

func (rt *Runtime) initDictViews() {
	ct := rt.ctypes()
	ct.dictKeyIter = rt.defDictIter("dict_keyiterator", false, 0)
	ct.dictValueIter = rt.defDictIter("dict_valueiterator", false, 1)
	ct.dictItemIter = rt.defDictIter("dict_itemiterator", false, 2)
	ct.dictRevKeyIter = rt.defDictIter("dict_reversekeyiterator", true, 0)
	ct.dictRevValueIter = rt.defDictIter("dict_reversevalueiterator", true, 1)
	ct.dictRevItemIter = rt.defDictIter("dict_reverseitemiterator", true, 2)

	def := func(name string, fwd, rev **Type, contains func(rt *Runtime, v, x Ref) int) *Type {
		t := rt.defType(name, rt.ObjectType, viewSize, TypeGC)
		t.Dealloc, t.Traverse = seqItDealloc, seqItTraverse // no Clear: a view always has its dict (CPython)
		t.Repr = viewRepr
		t.Iter = func(rt *Runtime, v Ref) Ref { return rt.newDictIter(*fwd, viewDict(rt, v), false) }
		t.Sequence = &SequenceSlots{Length: viewLen, Contains: contains}
		t.Methods = []MethodDef{
			ctNoArgs(name+".__reversed__", func(rt *Runtime, v Ref) Ref { return rt.newDictIter(*rev, viewDict(rt, v), true) }),
		}
		t.GetSets = []GetSetDef{{Name: "mapping", Get: func(rt *Runtime, v Ref) Ref { return rt.NewMappingProxy(viewDict(rt, v)) }}}
		return t
	}
	ct.dictKeys = def("dict_keys", &ct.dictKeyIter, &ct.dictRevKeyIter, func(rt *Runtime, v, x Ref) int {
		return rt.DictContains(viewDict(rt, v), x)
	})
	ct.dictValues = def("dict_values", &ct.dictValueIter, &ct.dictRevValueIter, nil)
	ct.dictValues.Sequence.Contains = nil
	ct.dictItems = def("dict_items", &ct.dictItemIter, &ct.dictRevItemIter, dictItemsContains)
	for _, t := range []*Type{ct.dictKeys, ct.dictItems} {
		t.RichCompare = viewRichCompare
		t.Number = &NumberSlots{Subtract: viewSub, And: viewAnd, Or: viewOr, Xor: viewXor}
		t.Methods = append(t.Methods, MethodDef{Name: "isdisjoint", Fn: viewIsDisjoint})
	}
}
