// Attribute access for the builtins getattr, setattr and hasattr through the
// class lookup caches LOAD_ATTR and STORE_ATTR use (ops.go), for interned names
// (the caches key on the name's Ref); other names take the runtime's lookups.

package vm

// GetAttr is getattr(obj, name) for a str name: a new reference, or Nil with an
// exception set.
func (in *Interp) GetAttr(obj, name Ref) Ref {
	if in.RT.IsInterned(name) {
		return in.getAttr(obj, name)
	}
	return in.RT.GetAttr(obj, name)
}

// SetAttr is setattr(obj, name, value) for a str name (value Nil: delattr); -1 with
// an exception set on error.
func (in *Interp) SetAttr(obj, name, value Ref) int {
	if in.RT.IsInterned(name) {
		return in.setAttr(obj, name, value)
	}
	return in.RT.SetAttr(obj, name, value)
}

// LookupAttr is the runtime's LookupAttr (found 1, absent 0 with no exception set, -1
// with one) with the class's lookup cache for instances of classes that keep
// object.__getattribute__.
func (in *Interp) LookupAttr(obj, name Ref) (Ref, int) {
	rt := in.RT
	if obj&1 != 0 || !rt.IsInterned(name) {
		return rt.LookupAttr(obj, name)
	}
	t := rt.TypeOf(obj)
	ci, ok := t.Data.(*classInfo)
	if !ok || t.GetAttr != nil {
		return rt.LookupAttr(obj, name)
	}
	descr := in.lookupTypeCached(t, ci, name)
	if descr != Nil {
		if dt := rt.TypeOf(descr); dt.DescrGet != nil {
			// Descriptors (methods, properties, slots) take the general path,
			// which knows which AttributeErrors mean "absent".
			return rt.LookupAttr(obj, name)
		}
	}
	if t.DictOffset != 0 {
		if d := *rt.RefAt(obj, t.DictOffset); d != Nil {
			rt.Incref(descr) // the dict lookup may run code that changes the class
			v := rt.DictGetItem(d, name)
			if v != Nil {
				rt.Incref(v)
				rt.Decref(descr)
				return v, 1
			}
			if rt.Occurred() {
				rt.Decref(descr)
				return Nil, -1
			}
			if descr != Nil {
				return descr, 1
			}
			return Nil, 0
		}
	}
	if descr != Nil {
		return rt.New(descr), 1
	}
	return Nil, 0
}
