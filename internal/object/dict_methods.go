// dict: comparison, repr, views and methods. See dict.go for the representation.

package object

// IsDict reports whether r is a dict or an instance of a subclass.
func (rt *Runtime) IsDict(r Ref) bool {
	return r&1 == 0 && r != Nil && rt.TypeOf(r).Flags&TypeDictSubclass != 0
}

func (rt *Runtime) isExactDict(r Ref) bool {
	return r&1 == 0 && r != Nil && rt.hdr(r).typ == rt.DictType.Ref
}

// dictNentries returns the number of entries appended to d's table (deleted ones
// included), the bound of iteration.
func (rt *Runtime) dictNentries(d Ref) int {
	k := rt.dictKeys(d)
	if k == Nil {
		return 0
	}
	return keysView{rt, k}.nentries()
}

// dictEntry returns entry i of d's table (0 <= i < dictNentries); a deleted entry
// has key Nil.
func (rt *Runtime) dictEntryAt(d Ref, i int) *dictEntry {
	return &keysView{rt, rt.dictKeys(d)}.entries()[i]
}

// DictContains reports whether key is in d: 1, 0, or -1 on error.
func (rt *Runtime) DictContains(d, key Ref) int {
	hash, ok := rt.Hash(key)
	if !ok {
		return -1
	}
	return rt.dictContainsHash(d, key, hash)
}

func (rt *Runtime) dictContainsHash(d, key Ref, hash int64) int {
	ix, _, ok := rt.dictLookup(d, key, hash)
	if !ok {
		return -1
	}
	if ix >= 0 {
		return 1
	}
	return 0
}

// dictSetDefault returns d[key], inserting value first if key is absent (borrowed
// result; Nil on error).
func (rt *Runtime) dictSetDefault(d, key, value Ref) Ref {
	hash, ok := rt.Hash(key)
	if !ok {
		return Nil
	}
	ix, _, ok := rt.dictLookup(d, key, hash)
	if !ok {
		return Nil
	}
	if ix >= 0 {
		return rt.dictEntryAt(d, ix).value
	}
	if rt.DictSetItemHash(d, key, value, hash) < 0 {
		return Nil
	}
	return value
}

// dictUsableSize returns the smallest table size whose usable part holds n entries
// (CPython's estimate_log2_keysize, as a size).
func dictUsableSize(n int) int {
	size := dictMinSize
	for size*2/3 < n {
		size <<= 1
	}
	return size
}

// DictMerge merges mapping b into a (CPython's PyDict_Merge): every key of b is set
// in a, replacing a's value when override is true. b may be a dict or any object
// with keys() and __getitem__.
func (rt *Runtime) DictMerge(a, b Ref, override bool) int {
	if rt.IsDict(b) {
		if a == b || rt.DictLen(b) == 0 {
			return 0
		}
		if k := rt.dictKeys(a); k == Nil || (keysView{rt, k}).usable()-(keysView{rt, k}).nentries() < rt.DictLen(b) {
			if rt.dictResize(a, dictUsableSize(rt.DictLen(a)+rt.DictLen(b))) < 0 {
				return -1
			}
		}
		orig := rt.DictLen(b)
		for i := 0; i < rt.dictNentries(b); i++ {
			e := *rt.dictEntryAt(b, i)
			if e.key == Nil {
				continue
			}
			rt.Incref(e.key)
			rt.Incref(e.value)
			var err int
			if override {
				err = rt.DictSetItemHash(a, e.key, e.value, e.hash)
			} else if c := rt.dictContainsHash(a, e.key, e.hash); c < 0 {
				err = -1
			} else if c == 0 {
				err = rt.DictSetItemHash(a, e.key, e.value, e.hash)
			}
			rt.Decref(e.key)
			rt.Decref(e.value)
			if err < 0 {
				return -1
			}
			if rt.DictLen(b) != orig {
				rt.Raise("RuntimeError", "dict mutated during update")
				return -1
			}
		}
		return 0
	}
	keys := rt.CallMethod(b, "keys")
	if keys == Nil {
		return -1
	}
	it := rt.Iter(keys)
	rt.Decref(keys)
	if it == Nil {
		return -1
	}
	defer rt.Decref(it)
	for {
		k := rt.Next(it)
		if k == Nil {
			if rt.Occurred() {
				return -1
			}
			return 0
		}
		if !override {
			c := rt.DictContains(a, k)
			if c != 0 {
				rt.Decref(k)
				if c < 0 {
					return -1
				}
				continue
			}
		}
		v := rt.GetItem(b, k)
		if v == Nil {
			rt.Decref(k)
			return -1
		}
		err := rt.DictSetItem(a, k, v)
		rt.Decref(k)
		rt.Decref(v)
		if err < 0 {
			return -1
		}
	}
}

// DictMergeFromSeq2 adds the (key, value) pairs of an iterable to d (CPython's
// PyDict_MergeFromSeq2).
func (rt *Runtime) DictMergeFromSeq2(d, seq Ref, override bool) int {
	it := rt.Iter(seq)
	if it == Nil {
		return -1
	}
	defer rt.Decref(it)
	for i := 0; ; i++ {
		item := rt.Next(it)
		if item == Nil {
			if rt.Occurred() {
				return -1
			}
			return 0
		}
		holder, pair := rt.ctSequenceFast(item, "")
		rt.Decref(item)
		if holder == Nil {
			if rt.ErrMatchesName("TypeError") {
				rt.ClearErr()
				rt.Raise("TypeError", "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return -1
		}
		if len(pair) != 2 {
			rt.Decref(holder)
			rt.Raise("ValueError", "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
			return -1
		}
		k, v := rt.New(pair[0]), rt.New(pair[1])
		rt.Decref(holder)
		var err int
		if override {
			err = rt.DictSetItem(d, k, v)
		} else if rt.dictSetDefault(d, k, v) == Nil {
			err = -1
		}
		rt.Decref(k)
		rt.Decref(v)
		if err < 0 {
			return -1
		}
	}
}

// dictUpdateArg is dict.update's positional argument: a dict, a mapping (anything
// with keys()), or an iterable of pairs.
func (rt *Runtime) dictUpdateArg(d, arg Ref) int {
	if rt.IsDict(arg) {
		return rt.DictMerge(d, arg, true)
	}
	name := rt.internedOrNil("keys")
	if rt.LookupType(rt.TypeOf(arg), name) != Nil {
		return rt.DictMerge(d, arg, true)
	}
	return rt.DictMergeFromSeq2(d, arg, true)
}

// dictUpdateCommon is dict(...) and d.update(...): at most one positional argument,
// then the keyword arguments.
func (rt *Runtime) dictUpdateCommon(d Ref, args []Ref, kwnames Ref, name string) int {
	nkw := rt.NumKwargs(kwnames)
	pos := args[:len(args)-nkw]
	if len(pos) > 1 {
		rt.Raise("TypeError", "%s expected at most 1 argument, got %d", name, len(pos))
		return -1
	}
	if len(pos) == 1 && rt.dictUpdateArg(d, pos[0]) < 0 {
		return -1
	}
	for i := range nkw {
		if rt.DictSetItem(d, rt.TupleItems(kwnames)[i], args[len(pos)+i]) < 0 {
			return -1
		}
	}
	return 0
}

// NewDictPresized returns a new empty dict with room for n items without resizing
// (CPython's _PyDict_NewPresized, for BUILD_MAP).
func (rt *Runtime) NewDictPresized(n int) Ref {
	d := rt.NewDict()
	if d == Nil || n <= dictMinSize*2/3 {
		return d
	}
	if rt.dictResize(d, dictUsableSize(n)) < 0 {
		rt.Decref(d)
		return Nil
	}
	return d
}

// DictUpdate is d.update(arg) for one positional argument: a mapping or an iterable
// of pairs.
func (rt *Runtime) DictUpdate(d, arg Ref) int { return rt.dictUpdateArg(d, arg) }

// DictCopy returns a new dict with d's items.
func (rt *Runtime) DictCopy(d Ref) Ref {
	c := rt.NewDict()
	if c == Nil {
		return Nil
	}
	if rt.DictMerge(c, d, true) < 0 {
		rt.Decref(c)
		return Nil
	}
	return c
}

// ---- slots ----

func dictLength(rt *Runtime, d Ref) int { return rt.DictLen(d) }

func dictSubscript(rt *Runtime, d, key Ref) Ref {
	hash, ok := rt.Hash(key)
	if !ok {
		return Nil
	}
	ix, _, ok := rt.dictLookup(d, key, hash)
	if !ok {
		return Nil
	}
	if ix >= 0 {
		return rt.New(rt.dictEntryAt(d, ix).value)
	}
	if t := rt.TypeOf(d); t != rt.DictType {
		if m := rt.LookupType(t, rt.internedOrNil("__missing__")); m != Nil {
			rt.Incref(m)
			defer rt.Decref(m)
			if get := rt.TypeOf(m).DescrGet; get != nil {
				bound := get(rt, m, d, t.Ref)
				if bound == Nil {
					return Nil
				}
				defer rt.Decref(bound)
				return rt.Call1(bound, key)
			}
			return rt.Call1(m, key)
		}
	}
	rt.SetKeyError(key)
	return Nil
}

func dictAssSubscript(rt *Runtime, d, key, v Ref) int {
	if v == Nil {
		return rt.DictDelItem(d, key)
	}
	return rt.DictSetItem(d, key, v)
}

func dictContainsSlot(rt *Runtime, d, key Ref) int { return rt.DictContains(d, key) }

func dictRepr(rt *Runtime, d Ref) Ref {
	if !rt.ReprEnter(d) {
		return rt.NewStr("{...}")
	}
	defer rt.ReprLeave(d)
	if rt.DictLen(d) == 0 {
		return rt.NewStr("{}")
	}
	var b reprBuilder
	if !b.init(rt, "{") {
		return Nil
	}
	colon := rt.NewStr(": ")
	if colon == Nil {
		return b.fail()
	}
	defer rt.Decref(colon)
	first := true
	for i := 0; i < rt.dictNentries(d); i++ {
		e := *rt.dictEntryAt(d, i)
		if e.key == Nil {
			continue
		}
		if !first && !b.add(rt.New(b.sep)) {
			return b.fail()
		}
		first = false
		rt.Incref(e.key)
		rt.Incref(e.value)
		ks := rt.Repr(e.key)
		var vs Ref
		if ks != Nil {
			vs = rt.Repr(e.value)
		}
		rt.Decref(e.key)
		rt.Decref(e.value)
		if ks == Nil || vs == Nil {
			rt.Decref(ks)
			return b.fail()
		}
		if !b.add(ks) || !b.add(rt.New(colon)) {
			rt.Decref(vs)
			return b.fail()
		}
		if !b.add(vs) {
			return b.fail()
		}
	}
	return b.finish("}")
}

// dictEqual compares two dicts: 1, 0, or -1 on error (CPython's dict_equal).
func (rt *Runtime) dictEqual(a, b Ref) int {
	if rt.DictLen(a) != rt.DictLen(b) {
		return 0
	}
	for i := 0; i < rt.dictNentries(a); i++ {
		e := *rt.dictEntryAt(a, i)
		if e.key == Nil {
			continue
		}
		rt.Incref(e.key)
		rt.Incref(e.value)
		bv := rt.DictGetItemHash(b, e.key, e.hash)
		if bv == Nil {
			rt.Decref(e.key)
			rt.Decref(e.value)
			if rt.Occurred() {
				return -1
			}
			return 0
		}
		rt.Incref(bv)
		c := rt.RichCompareBool(e.value, bv, EQ)
		rt.Decref(e.key)
		rt.Decref(e.value)
		rt.Decref(bv)
		if c <= 0 {
			return c
		}
	}
	return 1
}

func dictRichCompare(rt *Runtime, a, b Ref, op CompareOp) Ref {
	if !rt.IsDict(a) || !rt.IsDict(b) || (op != EQ && op != NE) {
		return rt.New(rt.NotImplemented)
	}
	c := rt.dictEqual(a, b)
	if c < 0 {
		return Nil
	}
	return rt.NewBool((c == 1) == (op == EQ))
}

func dictOr(rt *Runtime, a, b Ref) Ref {
	if !rt.IsDict(a) || !rt.IsDict(b) {
		return rt.New(rt.NotImplemented)
	}
	n := rt.DictCopy(a)
	if n == Nil {
		return Nil
	}
	if rt.dictUpdateArg(n, b) < 0 {
		rt.Decref(n)
		return Nil
	}
	return n
}

func dictInplaceOr(rt *Runtime, a, b Ref) Ref {
	if !rt.IsDict(a) {
		return rt.New(rt.NotImplemented)
	}
	if rt.dictUpdateArg(a, b) < 0 {
		return Nil
	}
	return rt.New(a)
}

func dictNew(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
	if t == rt.DictType {
		return rt.NewDict()
	}
	d := rt.AllocObject(t, max(t.Size, dictSize))
	if d != Nil {
		rt.Track(d)
	}
	return d
}

func dictInit(rt *Runtime, d Ref, args []Ref, kwnames Ref) int {
	return rt.dictUpdateCommon(d, args, kwnames, "dict")
}

// ---- methods ----

func ctNoArgs(name string, f func(rt *Runtime, self Ref) Ref) MethodDef {
	return MethodDef{Name: ctLastName(name), Fn: func(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
		if !rt.ctArgs(name, args, kwnames, 0, 0) {
			return Nil
		}
		return f(rt, self)
	}}
}

func ctLastName(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '.' {
			return name[i+1:]
		}
	}
	return name
}

func dictGetM(rt *Runtime, d Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("dict.get", args, kwnames, 1, 2) {
		return Nil
	}
	v := rt.DictGetItem(d, args[0])
	if v != Nil {
		return rt.New(v)
	}
	if rt.Occurred() {
		return Nil
	}
	if len(args) == 2 {
		return rt.New(args[1])
	}
	return rt.None
}

func dictSetDefaultM(rt *Runtime, d Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("dict.setdefault", args, kwnames, 1, 2) {
		return Nil
	}
	def := rt.None
	if len(args) == 2 {
		def = args[1]
	}
	return rt.New(rt.dictSetDefault(d, args[0], def))
}

// DictPop removes key from d and returns its value (a new reference); a missing key
// returns def (new reference) if def is not Nil, else raises KeyError.
func (rt *Runtime) DictPop(d, key, def Ref) Ref {
	if rt.DictLen(d) == 0 {
		if def != Nil {
			return rt.New(def)
		}
		rt.SetKeyError(key)
		return Nil
	}
	hash, ok := rt.Hash(key)
	if !ok {
		return Nil
	}
	ix, slot, ok := rt.dictLookup(d, key, hash)
	if !ok {
		return Nil
	}
	if ix < 0 {
		if def != Nil {
			return rt.New(def)
		}
		rt.SetKeyError(key)
		return Nil
	}
	v := rt.New(rt.dictEntryAt(d, ix).value)
	rt.dictDeleteEntry(d, ix, slot)
	return v
}

func dictPopM(rt *Runtime, d Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("dict.pop", args, kwnames, 1, 2) {
		return Nil
	}
	def := Nil
	if len(args) == 2 {
		def = args[1]
	}
	return rt.DictPop(d, args[0], def)
}

// dictIndexSlot returns the index slot of d's table that holds entry ix.
func (rt *Runtime) dictIndexSlot(d Ref, hash int64, ix int) int {
	k := keysView{rt, rt.dictKeys(d)}
	mask := k.size() - 1
	perturb := uint64(hash)
	i := int(uint64(hash) & uint64(mask))
	for k.index(i) != ix {
		perturb >>= 5
		i = int((uint64(i)*5 + perturb + 1) & uint64(mask))
	}
	return i
}

func dictPopItemM(rt *Runtime, d Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("dict.popitem", args, kwnames, 0, 0) {
		return Nil
	}
	if rt.DictLen(d) == 0 {
		rt.Raise("KeyError", "popitem(): dictionary is empty")
		return Nil
	}
	res := rt.NewTuple(2)
	if res == Nil {
		return Nil
	}
	i := rt.dictNentries(d) - 1
	for rt.dictEntryAt(d, i).key == Nil {
		i--
	}
	e := rt.dictEntryAt(d, i)
	slot := rt.dictIndexSlot(d, e.hash, i)
	*rt.Uint32At(d, dictOffVersion) = 0
	keysView{rt, rt.dictKeys(d)}.setIndex(slot, dkixDummy)
	items := rt.TupleItems(res)
	items[0], items[1] = e.key, e.value
	e.key, e.value = Nil, Nil
	*rt.Uint32At(rt.dictKeys(d), keysOffNentries) = uint32(i)
	*rt.Uint32At(d, dictOffUsed)--
	rt.Track(res)
	return res
}

func dictUpdateM(rt *Runtime, d Ref, args []Ref, kwnames Ref) Ref {
	if rt.dictUpdateCommon(d, args, kwnames, "update") < 0 {
		return Nil
	}
	return rt.None
}

func dictFromKeysM(rt *Runtime, cls Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("dict.fromkeys", args, kwnames, 1, 2) {
		return Nil
	}
	value := rt.None
	if len(args) == 2 {
		value = args[1]
	}
	d := rt.Call(cls, nil, Nil)
	if d == Nil {
		return Nil
	}
	exact := rt.isExactDict(d)
	it := rt.Iter(args[0])
	if it == Nil {
		rt.Decref(d)
		return Nil
	}
	defer rt.Decref(it)
	for {
		k := rt.Next(it)
		if k == Nil {
			if rt.Occurred() {
				rt.Decref(d)
				return Nil
			}
			return d
		}
		var err int
		if exact {
			err = rt.DictSetItem(d, k, value)
		} else {
			err = rt.SetItem(d, k, value)
		}
		rt.Decref(k)
		if err < 0 {
			rt.Decref(d)
			return Nil
		}
	}
}

func dictSizeof(rt *Runtime, d Ref) Ref { return rt.NewInt(int64(rt.DictSize(d))) }

func (rt *Runtime) initDict() {
	t := rt.DictType
	t.Dealloc = dictDealloc
	t.Traverse = dictTraverse
	t.Clear = dictClearSlot
	t.Repr = dictRepr
	t.RichCompare = dictRichCompare
	t.Iter = func(rt *Runtime, d Ref) Ref { return rt.newDictIter(rt.ctypes().dictKeyIter, d, false) }
	t.New = dictNew
	t.Init = dictInit
	t.Sequence = &SequenceSlots{Contains: dictContainsSlot}
	t.Mapping = &MappingSlots{Length: dictLength, Subscript: dictSubscript, AssSubscript: dictAssSubscript}
	t.Number = &NumberSlots{Or: dictOr, InplaceOr: dictInplaceOr}
	t.Methods = []MethodDef{
		ctNoArgs("dict.keys", func(rt *Runtime, d Ref) Ref { return rt.newDictView(rt.ctypes().dictKeys, d) }),
		ctNoArgs("dict.values", func(rt *Runtime, d Ref) Ref { return rt.newDictView(rt.ctypes().dictValues, d) }),
		ctNoArgs("dict.items", func(rt *Runtime, d Ref) Ref { return rt.newDictView(rt.ctypes().dictItems, d) }),
		ctNoArgs("dict.__sizeof__", func(rt *Runtime, d Ref) Ref { return rt.NewInt(int64(rt.DictSize(d))) }),
		{Name: "get", Fn: dictGetM},
		{Name: "setdefault", Fn: dictSetDefaultM},
		{Name: "pop", Fn: dictPopM},
		{Name: "popitem", Fn: dictPopItemM},
		{Name: "update", Fn: dictUpdateM},
		ctNoArgs("dict.clear", func(rt *Runtime, d Ref) Ref { rt.DictClear(d); return rt.None }),
		ctNoArgs("dict.copy", func(rt *Runtime, d Ref) Ref { return rt.DictCopy(d) }),
		{Name: "fromkeys", Fn: dictFromKeysM, Kind: ClassMethod},
		ctNoArgs("dict.__sizeof__", dictSizeof),
		ctNoArgs("dict.__reversed__", func(rt *Runtime, d Ref) Ref { return rt.newDictIter(rt.ctypes().dictRevKeyIter, d, true) }),
		{Name: "__contains__", Fn: func(rt *Runtime, d Ref, args []Ref, kwnames Ref) Ref {
			if !rt.ctArgs("dict.__contains__", args, kwnames, 1, 1) {
				return Nil
			}
			c := rt.DictContains(d, args[0])
			if c < 0 {
				return Nil
			}
			return rt.NewBool(c > 0)
		}},
		ctSlotMethod("dict.__getitem__", dictSubscript),
	}
	rt.initMappingProxy()
	rt.initDictViews()
}
