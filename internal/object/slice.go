// slice.

package object

func (rt *Runtime) initSlice() {}
