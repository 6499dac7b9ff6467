// A lookup of an attribute that may be absent, for hasattr and getattr with a
// default: where the lookup itself can tell "not found" (object.__getattribute__
// and type.__getattribute__), no AttributeError is built only to be discarded.

package object

// LookupAttr is CPython's _PyObject_LookupAttr: getattr(obj, name) for a str name.
// It returns the attribute (a new reference) and 1; Nil and 0 when there is no
// such attribute, with no exception set (an AttributeError raised by a
// descriptor, a property or __getattr__ is cleared); Nil and -1 with any other
// exception set.
func (rt *Runtime) LookupAttr(obj, name Ref) (Ref, int) {
	t := rt.TypeOf(obj)
	switch {
	case t.GetAttr == nil:
		return rt.genericLookupAttr(obj, name, t)
	case t == rt.TypeType:
		return rt.typeLookupAttr(obj, name)
	}
	v := t.GetAttr(rt, obj, name)
	if v != Nil {
		return v, 1
	}
	return Nil, rt.attrErrorToNotFound()
}

// attrErrorToNotFound clears an AttributeError being raised and returns 0, or
// returns -1 for any other exception.
func (rt *Runtime) attrErrorToNotFound() int {
	if !rt.ErrMatches(rt.excTypes["AttributeError"]) {
		return -1
	}
	rt.ClearErr()
	return 0
}

// descrLookup calls a descriptor's __get__ for LookupAttr.
func (rt *Runtime) descrLookup(get DescrGetFunc, descr, obj, typ Ref) (Ref, int) {
	rt.Incref(descr)
	v := get(rt, descr, obj, typ)
	rt.Decref(descr)
	if v != Nil {
		return v, 1
	}
	return Nil, rt.attrErrorToNotFound()
}

// genericLookupAttr is GenericGetAttr (CPython's _PyObject_GenericGetAttrWithDict
// with suppress set) without the AttributeError of a missing attribute.
func (rt *Runtime) genericLookupAttr(obj, name Ref, t *Type) (Ref, int) {
	descr := rt.LookupType(t, name)
	var get DescrGetFunc
	if descr != Nil {
		dt := rt.TypeOf(descr)
		get = dt.DescrGet
		if get != nil && dt.DescrSet != nil {
			return rt.descrLookup(get, descr, obj, t.Ref)
		}
	}
	if t.DictOffset != 0 {
		if d := *rt.RefAt(obj, t.DictOffset); d != Nil {
			// The dict lookup may run a str subclass's __eq__, which may change
			// the type: keep the descriptor alive across it.
			rt.Incref(descr)
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
			if get != nil {
				v, found := rt.descrLookup(get, descr, obj, t.Ref)
				rt.Decref(descr)
				return v, found
			}
			if descr != Nil {
				return descr, 1 // the reference taken above
			}
			return Nil, 0
		}
	}
	if get != nil {
		return rt.descrLookup(get, descr, obj, t.Ref)
	}
	if descr != Nil {
		return rt.New(descr), 1
	}
	return Nil, 0
}

// typeLookupAttr is typeGetAttr (type.__getattribute__) without the
// AttributeError of a missing attribute.
func (rt *Runtime) typeLookupAttr(cls, name Ref) (Ref, int) {
	meta := rt.TypeOf(cls)
	t := rt.TypeFromRef(cls)
	metaAttr := rt.LookupType(meta, name)
	var metaGet DescrGetFunc
	if metaAttr != Nil {
		mt := rt.TypeOf(metaAttr)
		metaGet = mt.DescrGet
		if metaGet != nil && mt.DescrSet != nil {
			return rt.descrLookup(metaGet, metaAttr, cls, meta.Ref)
		}
	}
	if metaAttr != Nil {
		rt.Incref(metaAttr) // the lookup below may run code
		defer rt.Decref(metaAttr)
	}
	if attr := rt.LookupType(t, name); attr != Nil {
		if get := rt.TypeOf(attr).DescrGet; get != nil {
			return rt.descrLookup(get, attr, Nil, cls)
		}
		return rt.New(attr), 1
	}
	if metaGet != nil {
		return rt.descrLookup(metaGet, metaAttr, cls, meta.Ref)
	}
	if metaAttr != Nil {
		return rt.New(metaAttr), 1
	}
	return Nil, 0
}

// IsInterned reports whether s is an exact str in the intern table: such strs live
// as long as the runtime, so their Refs are stable keys for lookup caches.
func (rt *Runtime) IsInterned(s Ref) bool {
	return s&1 == 0 && s != Nil && rt.TypeRefOf(s) == rt.StrType.Ref &&
		*rt.Uint32At(s, strOffState)&strInterned != 0
}
