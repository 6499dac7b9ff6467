// range.

package object

func (rt *Runtime) initRange() {}
