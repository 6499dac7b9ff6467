// mappingproxy: a read-only view of a mapping (types.MappingProxyType), what a dict
// view's .mapping returns and what a class's __dict__ is in CPython.

package object

// A mapping proxy is a container holding its mapping: header | GC header | mapping
// Ref (20 bytes), the layout of a dict view.

// NewMappingProxy returns a read-only proxy of mapping (borrowed).
func (rt *Runtime) NewMappingProxy(mapping Ref) Ref {
	return rt.newDictView(rt.proxyType(), mapping)
}

func (rt *Runtime) proxyType() *Type { return rt.ctypes().mappingProxy }

func proxyMapping(rt *Runtime, p Ref) Ref { return *rt.RefAt(p, viewOffDict) }

func proxyNew(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
	var kw [1]Ref
	pos, ok := rt.ctKwArgs("mappingproxy", args, kwnames, []string{"mapping"}, kw[:])
	if !ok {
		return Nil
	}
	if len(pos)+rt.NumKwargs(kwnames) != 1 {
		rt.Raise("TypeError", "mappingproxy() missing required argument 'mapping' (pos 1)")
		if len(pos) > 1 {
			rt.ClearErr()
			rt.Raise("TypeError", "mappingproxy() takes at most 1 argument (%d given)", len(pos))
		}
		return Nil
	}
	m := kw[0]
	if len(pos) == 1 {
		m = pos[0]
	}
	mt := rt.TypeOf(m)
	if mt.Mapping == nil || mt.Mapping.Subscript == nil || rt.IsList(m) || rt.IsTuple(m) {
		rt.Raise("TypeError", "mappingproxy() argument must be a mapping, not %s", mt.Name)
		return Nil
	}
	return rt.NewMappingProxy(m)
}

func (rt *Runtime) initMappingProxy() {
	t := rt.defType("mappingproxy", rt.ObjectType, viewSize, TypeGC)
	rt.ctypes().mappingProxy = t
	t.Dealloc, t.Traverse = seqItDealloc, seqItTraverse // no Clear: a view always has its mapping (CPython)
	t.New = proxyNew
	t.Repr = func(rt *Runtime, p Ref) Ref {
		s := rt.Repr(proxyMapping(rt, p))
		if s == Nil {
			return Nil
		}
		defer rt.Decref(s)
		return rt.NewStr("mappingproxy(" + rt.GoString(s) + ")")
	}
	t.Str = func(rt *Runtime, p Ref) Ref { return rt.Str(proxyMapping(rt, p)) }
	t.Iter = func(rt *Runtime, p Ref) Ref { return rt.Iter(proxyMapping(rt, p)) }
	t.RichCompare = func(rt *Runtime, a, b Ref, op CompareOp) Ref {
		return rt.RichCompare(proxyMapping(rt, a), b, op)
	}
	length := func(rt *Runtime, p Ref) int { return rt.Len(proxyMapping(rt, p)) }
	t.Mapping = &MappingSlots{Length: length, Subscript: func(rt *Runtime, p, k Ref) Ref {
		return rt.GetItem(proxyMapping(rt, p), k)
	}}
	t.Sequence = &SequenceSlots{Contains: func(rt *Runtime, p, k Ref) int {
		m := proxyMapping(rt, p)
		if rt.isExactDict(m) {
			return rt.DictContains(m, k)
		}
		return rt.Contains(m, k)
	}}
	t.Number = &NumberSlots{
		Or: func(rt *Runtime, a, b Ref) Ref {
			if rt.TypeOf(a) == rt.proxyType() {
				a = proxyMapping(rt, a)
			}
			if rt.TypeOf(b) == rt.proxyType() {
				b = proxyMapping(rt, b)
			}
			return rt.BinaryOp(a, b, OpOr)
		},
		InplaceOr: func(rt *Runtime, a, b Ref) Ref {
			rt.Raise("TypeError", "'|=' is not supported by mappingproxy; use '|' instead")
			return Nil
		},
	}
	forward := func(name string) MethodDef {
		return ctNoArgs("mappingproxy."+name, func(rt *Runtime, p Ref) Ref {
			return rt.CallMethod(proxyMapping(rt, p), name)
		})
	}
	t.Methods = []MethodDef{
		forward("keys"), forward("values"), forward("items"), forward("copy"), forward("__reversed__"),
		{Name: "get", Fn: func(rt *Runtime, p Ref, args []Ref, kwnames Ref) Ref {
			if !rt.ctArgs("mappingproxy.get", args, kwnames, 1, 2) {
				return Nil
			}
			m := rt.GetAttrString(proxyMapping(rt, p), "get")
			if m == Nil {
				return Nil
			}
			defer rt.Decref(m)
			return rt.Call(m, args, Nil)
		}},
	}
}
