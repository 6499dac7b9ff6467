// set and frozenset.

package object

func (rt *Runtime) initSet() {}
