// tuple: comparison, hashing, repr and methods. See tuple.go for the representation.

package object

func (rt *Runtime) initTuple() {
	t := rt.TupleType
	t.Dealloc = tupleDealloc
	t.Traverse = tupleTraverse
}
