// Helpers of the eval loop: containers, unpacking, formatting, calls with * and **.
// See doc.go.

package vm

import (
	"github.com/pyheap/pyheap/internal/object"
)

// subscrFast returns obj[key] (borrowed) for an exact list or tuple and a small
// int index in range, and for an exact dict and an exact str or small int key;
// else Nil with no exception (the caller takes the general path), or Nil with
// the exception set (the dict lookup failed: KeyError, or a key's __eq__ raised).
func (in *Interp) subscrFast(obj, key Ref) Ref {
	if obj&1 != 0 {
		return Nil
	}
	rt := in.RT
	if rt.TypeRefOf(obj) == rt.DictType.Ref && (key&1 != 0 || rt.TypeRefOf(key) == rt.StrType.Ref) {
		// An exact dict has no __missing__: a miss is KeyError, raised here so
		// that the lookup (which may run a stored key's __eq__) runs once.
		v := rt.DictGetItem(obj, key)
		if v == Nil && !rt.Occurred() {
			rt.SetKeyError(key)
		}
		return v
	}
	if key&1 == 0 {
		return Nil
	}
	var items []Ref
	switch rt.TypeRefOf(obj) {
	case rt.ListType.Ref:
		items = rt.ListItems(obj)
	case rt.TupleType.Ref:
		items = rt.TupleItems(obj)
	default:
		return Nil
	}
	i := key.SmallInt()
	if i < 0 {
		i += int64(len(items))
	}
	if i < 0 || i >= int64(len(items)) {
		return Nil
	}
	return items[i]
}

// listSlot returns the address of item key of an exact list, for a small int key
// in range, else nil.
func (in *Interp) listSlot(obj, key Ref) *Ref {
	if key&1 == 0 || obj&1 != 0 {
		return nil
	}
	rt := in.RT
	if rt.TypeRefOf(obj) != rt.ListType.Ref {
		return nil
	}
	items := rt.ListItems(obj)
	i := key.SmallInt()
	if i < 0 {
		i += int64(len(items))
	}
	if i < 0 || i >= int64(len(items)) {
		return nil
	}
	return &items[i]
}

func (in *Interp) getItem(obj, key Ref) Ref {
	rt := in.RT
	if rt.IsType(obj) {
		t := rt.TypeOf(obj)
		if t.Mapping == nil || t.Mapping.Subscript == nil {
			cgi := in.lookupClassGetItem(obj)
			if cgi != Nil {
				r := in.call1(cgi, key)
				rt.Decref(cgi)
				return r
			}
		}
	}
	return rt.GetItem(obj, key)
}

func (in *Interp) lookupClassGetItem(cls Ref) Ref {
	rt := in.RT
	v := rt.GetAttr(cls, in.Str("__class_getitem__"))
	if v == Nil {
		rt.ClearErr()
	}
	return v
}

// classGetItem is the Hooks.ClassGetItem: cls[key] for classes.
func (in *Interp) classGetItem(cls, key Ref) Ref {
	rt := in.RT
	if cls == rt.TypeType.Ref {
		return in.NewGenericAlias(cls, key) // type[int]
	}
	cgi := in.lookupClassGetItem(cls)
	if cgi == Nil {
		rt.Raise("TypeError", "type '%s' is not subscriptable", rt.TypeFromRef(cls).Name)
		return Nil
	}
	defer rt.Decref(cgi)
	return in.call1(cgi, key)
}

func (in *Interp) newSet(items []Ref) Ref {
	rt := in.RT
	s := rt.NewSet(Nil)
	if s == Nil {
		return Nil
	}
	for _, v := range items {
		if rt.SetAdd(s, v) < 0 {
			rt.Decref(s)
			return Nil
		}
	}
	return s
}

func (in *Interp) setAdd(s, v Ref) int { return in.RT.SetAdd(s, v) }

func (in *Interp) setUpdate(s, iterable Ref) int {
	rt := in.RT
	it := rt.Iter(iterable)
	if it == Nil {
		return -1
	}
	defer rt.Decref(it)
	for {
		v := rt.Next(it)
		if v == Nil {
			if rt.Occurred() {
				return -1
			}
			return 0
		}
		r := rt.SetAdd(s, v)
		rt.Decref(v)
		if r < 0 {
			return -1
		}
	}
}

// dictMerge implements {**m} (DICT_UPDATE) and f(**m) (DICT_MERGE, which rejects
// duplicate keys and non-mappings with the call's messages).
func (in *Interp) dictMerge(d, m Ref, isCall bool, fn Ref) int {
	rt := in.RT
	if rt.TypeOf(m) == rt.DictType || rt.IsInstance(m, rt.DictType) && rt.LookupType(rt.TypeOf(m), in.Str("keys")) == rt.LookupType(rt.DictType, in.Str("keys")) {
		pos := 0
		for {
			k, v, ok := rt.DictNext(m, &pos)
			if !ok {
				return 0
			}
			if isCall {
				if !rt.IsStr(k) {
					rt.Raise("TypeError", "keywords must be strings")
					return -1
				}
				if rt.DictGetItem(d, k) != Nil {
					rt.Raise("TypeError", "%s got multiple values for keyword argument '%s'", in.funcDesc(fn), rt.GoString(k))
					return -1
				}
			}
			if rt.DictSetItem(d, k, v) < 0 {
				return -1
			}
		}
	}
	keys := rt.GetAttr(m, in.Str("keys"))
	if keys == Nil {
		rt.ClearErr()
		if isCall {
			rt.Raise("TypeError", "%s argument after ** must be a mapping, not %s", in.funcDesc(fn), rt.TypeNameOf(m))
		} else {
			rt.Raise("TypeError", "'%s' object is not a mapping", rt.TypeNameOf(m))
		}
		return -1
	}
	kl := rt.Call(keys, nil, Nil)
	rt.Decref(keys)
	if kl == Nil {
		return -1
	}
	it := rt.Iter(kl)
	rt.Decref(kl)
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
		if isCall && rt.DictGetItem(d, k) != Nil {
			rt.Raise("TypeError", "%s got multiple values for keyword argument '%s'", in.funcDesc(fn), rt.GoString(k))
			rt.Decref(k)
			return -1
		}
		v := rt.GetItem(m, k)
		if v == Nil {
			rt.Decref(k)
			return -1
		}
		r := rt.DictSetItem(d, k, v)
		rt.Decref(k)
		rt.Decref(v)
		if r < 0 {
			return -1
		}
	}
}

// funcDesc names a callable in call errors as CPython's _PyObject_FunctionStr:
// "module.qualname()", or "qualname()" for builtins.
func (in *Interp) funcDesc(fn Ref) string {
	rt := in.RT
	q := rt.GetAttrString(fn, "__qualname__")
	if q == Nil || !rt.IsStr(q) {
		rt.ClearErr()
		rt.Decref(q)
		return rt.TypeNameOf(fn) + " object"
	}
	defer rt.Decref(q)
	qual := rt.GoString(q)
	m := rt.GetAttrString(fn, "__module__")
	if m == Nil {
		rt.ClearErr()
		return qual + "()"
	}
	defer rt.Decref(m)
	if rt.IsStr(m) && rt.GoString(m) != "builtins" {
		return rt.GoString(m) + "." + qual + "()"
	}
	return qual + "()"
}

// callEx calls f(*args, **kwargs): args a tuple, kwargs a dict or Nil.
func (in *Interp) callEx(f, args, kwargs Ref) Ref {
	rt := in.RT
	if rt.TypeOf(args) != rt.TupleType {
		t := rt.TypeOf(args)
		if t.Iter == nil && (t.Sequence == nil || t.Sequence.Item == nil) {
			rt.Raise("TypeError", "%s argument after * must be an iterable, not %s", in.funcDesc(f), t.Name)
			return Nil
		}
		tup := rt.SequenceTuple(args)
		if tup == Nil {
			return Nil
		}
		defer rt.Decref(tup)
		args = tup
	}
	pos := rt.TupleItems(args)
	if kwargs == Nil || rt.DictLen(kwargs) == 0 {
		return in.Call(f, pos, Nil)
	}
	// The vectors come from the argument stack (callargs.go): f(*args, **kw) in a
	// forwarding wrapper made two Go slices per call.
	n := rt.DictLen(kwargs)
	total := len(pos) + 2*n
	vec := in.pushArgs(total)
	defer in.popArgs(total)
	buf, names := vec[:len(pos)+n], vec[len(pos)+n:]
	copy(buf, pos)
	p, i := 0, 0
	for i < n {
		k, v, ok := rt.DictNext(kwargs, &p)
		if !ok {
			break
		}
		names[i], buf[len(pos)+i] = k, v
		i++
	}
	kw := rt.TupleFrom(names[:i]...)
	if kw == Nil {
		return Nil
	}
	defer rt.Decref(kw)
	return in.Call(f, buf[:len(pos)+i], kw)
}

// Call calls a callable from Go.
func (in *Interp) Call(f Ref, args []Ref, kwnames Ref) Ref {
	return in.RT.Call(f, args, kwnames)
}

// unpack pushes the items of seq for UNPACK_SEQUENCE (after < 0) or UNPACK_EX.
func (in *Interp) unpack(f *Frame, seq Ref, before, after int) bool {
	rt := in.RT
	var items []Ref
	if rt.TypeOf(seq) == rt.TupleType {
		items = rt.TupleItems(seq)
	} else if rt.TypeOf(seq) == rt.ListType && after < 0 {
		items = rt.ListItems(seq)
	}
	if items != nil || (rt.TypeOf(seq) == rt.TupleType) {
		if after < 0 {
			if len(items) != before {
				if len(items) < before {
					rt.Raise("ValueError", "not enough values to unpack (expected %d, got %d)", before, len(items))
				} else {
					rt.Raise("ValueError", "too many values to unpack (expected %d)", before)
				}
				return false
			}
			for i := len(items) - 1; i >= 0; i-- {
				f.push(rt.New(items[i]))
			}
			return true
		}
	}
	it := rt.Iter(seq)
	if it == Nil {
		if rt.ErrMatchesName("TypeError") {
			t := rt.TypeOf(seq)
			if t.Iter == nil && (t.Sequence == nil || t.Sequence.Item == nil) {
				rt.ClearErr()
				rt.Raise("TypeError", "cannot unpack non-iterable %s object", t.Name)
			}
		}
		return false
	}
	defer rt.Decref(it)
	var got []Ref
	release := func() {
		for _, v := range got {
			rt.Decref(v)
		}
	}
	for i := 0; i < before; i++ {
		v := rt.Next(it)
		if v == Nil {
			release()
			if rt.Occurred() {
				return false
			}
			if after < 0 {
				rt.Raise("ValueError", "not enough values to unpack (expected %d, got %d)", before, i)
			} else {
				rt.Raise("ValueError", "not enough values to unpack (expected at least %d, got %d)", before+after, i)
			}
			return false
		}
		got = append(got, v)
	}
	if after < 0 {
		v := rt.Next(it)
		if v != Nil {
			rt.Decref(v)
			release()
			rt.Raise("ValueError", "too many values to unpack (expected %d)", before)
			return false
		}
		if rt.Occurred() {
			release()
			return false
		}
		for i := len(got) - 1; i >= 0; i-- {
			f.push(got[i])
		}
		return true
	}
	rest := rt.NewList(0)
	if rest == Nil || rt.ListExtend(rest, it) < 0 {
		release()
		rt.Decref(rest)
		return false
	}
	n := rt.ListLen(rest)
	if n < after {
		release()
		rt.Decref(rest)
		rt.Raise("ValueError", "not enough values to unpack (expected at least %d, got %d)", before+after, before+n)
		return false
	}
	tail := make([]Ref, after)
	copy(tail, rt.ListItems(rest)[n-after:])
	for _, v := range tail {
		rt.Incref(v)
	}
	// Truncate the list to its first n-after items.
	if after > 0 {
		keep := rt.ListFrom(rt.ListItems(rest)[:n-after]...)
		rt.Decref(rest)
		rest = keep
	}
	for i := after - 1; i >= 0; i-- {
		f.push(tail[i])
	}
	f.push(rest)
	for i := len(got) - 1; i >= 0; i-- {
		f.push(got[i])
	}
	return true
}

// Format is format(v, spec): spec a str or Nil.
func (in *Interp) Format(v, spec Ref) Ref {
	rt := in.RT
	if spec == Nil || spec == rt.EmptyStr {
		// f"{x}" of the built-in scalars: format(x, '') is str(x) for them,
		// without looking up and calling __format__.
		switch rt.TypeOf(v) {
		case rt.StrType:
			return rt.New(v)
		case rt.IntType, rt.FloatType, rt.BoolType:
			return rt.Str(v)
		}
		spec = rt.EmptyStr
	}
	return rt.FormatObject(v, spec)
}

// lookupSpecial finds a special method on the type of obj and binds it (Nil
// without an exception when absent).
func (in *Interp) lookupSpecial(obj Ref, name string) Ref {
	return in.lookupSpecialRef(obj, in.Str(name))
}

// lookupSpecialRef is lookupSpecial for an interned name.
func (in *Interp) lookupSpecialRef(obj, name Ref) Ref {
	rt := in.RT
	t := rt.TypeOf(obj)
	v := in.lookupSpecialDescr(obj, name)
	if v == Nil {
		return Nil
	}
	if get := rt.TypeOf(v).DescrGet; get != nil {
		return get(rt, v, obj, t.Ref)
	}
	return rt.New(v)
}

// lookupSpecialDescr is what the type of obj has for name (interned), borrowed,
// or Nil: through the class's cache for a Python class.
func (in *Interp) lookupSpecialDescr(obj, name Ref) Ref {
	t := in.RT.TypeOf(obj)
	if ci, ok := t.Data.(*classInfo); ok && t.Version != 0 {
		return in.lookupTypeCached(t, ci, name)
	}
	return in.RT.LookupType(t, name)
}

// lookupTypeCached is LookupType with the class's cache (interned names only: they
// never die, so their Refs are stable keys).
func (in *Interp) lookupTypeCached(t *object.Type, ci *classInfo, name Ref) Ref {
	if v, hit := ci.attrs[name]; hit {
		return v
	}
	v := in.RT.LookupType(t, name)
	if ci.attrs == nil {
		ci.attrs = map[Ref]Ref{}
	}
	ci.attrs[name] = v
	return v
}

// getAttr is LOAD_ATTR: object.__getattribute__ inline, with the class's lookup
// cache, for instances of classes that do not override attribute access.
func (in *Interp) getAttr(obj, name Ref) Ref {
	rt := in.RT
	if obj&1 != 0 {
		return rt.GetAttr(obj, name)
	}
	t := rt.TypeOf(obj)
	ci, ok := t.Data.(*classInfo)
	if !ok || t.GetAttr != nil {
		return rt.GetAttr(obj, name)
	}
	descr := in.lookupTypeCached(t, ci, name)
	var get object.DescrGetFunc
	if descr != Nil {
		dt := rt.TypeOf(descr)
		get = dt.DescrGet
		if get != nil && dt.DescrSet != nil {
			rt.Incref(descr)
			r := get(rt, descr, obj, t.Ref)
			rt.Decref(descr)
			return r
		}
	}
	if t.DictOffset != 0 {
		if d := *rt.RefAt(obj, t.DictOffset); d != Nil {
			if v := rt.DictGetItem(d, name); v != Nil {
				return rt.New(v)
			} else if rt.Occurred() {
				return Nil
			}
		}
	}
	if get != nil {
		rt.Incref(descr)
		r := get(rt, descr, obj, t.Ref)
		rt.Decref(descr)
		return r
	}
	if descr != Nil {
		return rt.New(descr)
	}
	rt.SetAttributeError(obj, name)
	return Nil
}

// setAttr is STORE_ATTR (value non-Nil) and DELETE_ATTR, inline likewise.
func (in *Interp) setAttr(obj, name, value Ref) int {
	rt := in.RT
	if obj&1 != 0 {
		return rt.SetAttr(obj, name, value)
	}
	t := rt.TypeOf(obj)
	ci, ok := t.Data.(*classInfo)
	if !ok || t.SetAttr != nil || t.DictOffset == 0 || value == Nil {
		return rt.SetAttr(obj, name, value)
	}
	if descr := in.lookupTypeCached(t, ci, name); descr != Nil {
		if set := rt.TypeOf(descr).DescrSet; set != nil {
			rt.Incref(descr)
			r := set(rt, descr, obj, value)
			rt.Decref(descr)
			return r
		}
	}
	slot := rt.RefAt(obj, t.DictOffset)
	if *slot == Nil {
		d := ci.newInstanceDict(rt)
		if d == Nil {
			return -1
		}
		*slot = d
	}
	if rt.DictSetItem(*slot, name, value) < 0 {
		return -1
	}
	ci.sawAttrs(rt.DictLen(*slot))
	return 0
}
