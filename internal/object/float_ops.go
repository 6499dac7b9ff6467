// float: arithmetic, comparison, hashing, repr and methods. See float.go for the
// representation.

package object

import "strconv"

func (rt *Runtime) initFloat() {
	t := rt.FloatType
	t.Dealloc = floatDealloc
	t.Repr = func(rt *Runtime, r Ref) Ref {
		return rt.NewStr(strconv.FormatFloat(rt.FloatValue(r), 'g', -1, 64))
	}
}
