// int and bool: arithmetic, comparison, hashing, formatting and methods. See int.go
// for the representation.

package object

import "strconv"

func (rt *Runtime) initInt() {
	t := rt.IntType
	t.Dealloc = func(rt *Runtime, r Ref) { rt.FreeObject(r) }
	t.Repr = func(rt *Runtime, r Ref) Ref {
		if v, ok := rt.IntAsInt64(r); ok {
			return rt.NewStr(strconv.FormatInt(v, 10))
		}
		return rt.NewStr(rt.IntBig(r).String())
	}
	t.Hash = func(rt *Runtime, r Ref) (int64, bool) {
		v, _ := rt.IntAsInt64(r)
		if v == -1 {
			v = -2
		}
		return v, true
	}
}

func (rt *Runtime) initBool() {
	t := rt.BoolType
	t.Repr = func(rt *Runtime, r Ref) Ref {
		if r == rt.True {
			return rt.NewStr("True")
		}
		return rt.NewStr("False")
	}
}
