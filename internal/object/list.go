// list.

package object

func (rt *Runtime) initList() {}
