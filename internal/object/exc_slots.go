// The slots and methods of BaseException and the built-in exceptions. See exc.go.

package object

func (rt *Runtime) initExceptions() {
	t := rt.excTypes["BaseException"]
	t.Dealloc = excDealloc
	t.Traverse = excTraverse
	t.Clear = excClear
	t.New = func(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
		a := rt.TupleFrom(args[:len(args)-rt.NumKwargs(kwnames)]...)
		if a == Nil {
			return Nil
		}
		defer rt.Decref(a)
		return rt.NewException(t, a)
	}
	t.Init = func(rt *Runtime, self Ref, args []Ref, kwnames Ref) int {
		if rt.NumKwargs(kwnames) > 0 {
			rt.Raise("TypeError", "%s() takes no keyword arguments", rt.TypeNameOf(self))
			return -1
		}
		a := rt.TupleFrom(args...)
		if a == Nil {
			return -1
		}
		rt.Replace(rt.RefAt(self, excOffArgs), a)
		return 0
	}
	t.Str = func(rt *Runtime, e Ref) Ref {
		args := rt.ExcArgs(e)
		switch rt.TupleLen(args) {
		case 0:
			return rt.New(rt.EmptyStr)
		case 1:
			return rt.Str(rt.TupleItems(args)[0])
		}
		return rt.Str(args)
	}
	t.Repr = func(rt *Runtime, e Ref) Ref {
		args := rt.ExcArgs(e)
		name := rt.TypeNameOf(e)
		if rt.TupleLen(args) == 1 {
			r := rt.Repr(rt.TupleItems(args)[0])
			if r == Nil {
				return Nil
			}
			defer rt.Decref(r)
			return rt.NewStr(name + "(" + rt.GoString(r) + ")")
		}
		r := rt.Repr(args)
		if r == Nil {
			return Nil
		}
		defer rt.Decref(r)
		s := rt.GoString(r)
		if rt.TupleLen(args) == 0 {
			s = "()"
		}
		return rt.NewStr(name + s)
	}
	t.GetSets = []GetSetDef{
		{Name: "args", Get: func(rt *Runtime, e Ref) Ref { return rt.New(rt.ExcArgs(e)) }},
	}
	rt.initOSError()
	rt.initExceptionGroups()
	rt.initSyntaxError()
	// KeyError's str is the repr of its key.
	rt.excTypes["KeyError"].Str = func(rt *Runtime, e Ref) Ref {
		args := rt.ExcArgs(e)
		if rt.TupleLen(args) == 1 {
			return rt.Repr(rt.TupleItems(args)[0])
		}
		return rt.excTypes["BaseException"].Str(rt, e)
	}
}
