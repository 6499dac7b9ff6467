// dict: comparison, repr, views and methods. See dict.go for the representation.

package object

func (rt *Runtime) initDict() {
	t := rt.DictType
	t.Dealloc = dictDealloc
	t.Traverse = dictTraverse
	t.Clear = dictClearSlot
}
