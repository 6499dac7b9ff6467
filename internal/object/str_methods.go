// str: comparison, repr, formatting and the methods CPython documents. See str.go
// for the representation.

package object

func (rt *Runtime) initStr() {
	t := rt.StrType
	t.Dealloc = strDealloc
	t.Hash = func(rt *Runtime, r Ref) (int64, bool) { return rt.StrHash(r), true }
	t.RichCompare = func(rt *Runtime, a, b Ref, op CompareOp) Ref {
		if !rt.IsInstance(b, rt.StrType) || (op != EQ && op != NE) {
			return rt.New(rt.NotImplemented)
		}
		return rt.NewBool(rt.StrEqual(a, b) == (op == EQ))
	}
	t.Repr = func(rt *Runtime, r Ref) Ref { return rt.NewStr("'" + rt.GoString(r) + "'") }
	t.Str = func(rt *Runtime, r Ref) Ref { return rt.New(r) }
}
