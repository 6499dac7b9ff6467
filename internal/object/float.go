// The float type's representation and core. Arithmetic, repr and methods are in
// float_ops.go. See doc.go.

package object

import "math"

// A float is header | value float64: 16 bytes (CPython: 24, a 32-byte block). Up to
// floatFreeLimit freed floats are kept on a free list threaded through the value
// field, as CPython 3.11 does (100 floats).
const (
	floatOffValue  = 8
	floatSize      = 16
	floatFreeLimit = 100
)

// NewFloat returns a new float.
func (rt *Runtime) NewFloat(v float64) Ref {
	f := rt.free.float
	if f != Nil {
		rt.free.float = *rt.RefAt(f, floatOffValue)
		rt.free.floatCount--
		rt.hdr(f).refcnt = 1
	} else if f = rt.AllocObject(rt.FloatType, floatSize); f == Nil {
		return Nil
	}
	*(*float64)(rt.field(f, floatOffValue)) = v
	return f
}

// FloatValue returns the value of a float (or float subclass instance).
func (rt *Runtime) FloatValue(f Ref) float64 { return *(*float64)(rt.field(f, floatOffValue)) }

// IsFloat reports whether r is a float or an instance of a subclass.
func (rt *Runtime) IsFloat(r Ref) bool { return r&1 == 0 && r != Nil && rt.IsInstance(r, rt.FloatType) }

func floatDealloc(rt *Runtime, f Ref) {
	if rt.TypeOf(f) == rt.FloatType && rt.free.floatCount < floatFreeLimit {
		*rt.RefAt(f, floatOffValue) = rt.free.float
		rt.free.float = f
		rt.free.floatCount++
		return
	}
	rt.FreeObject(f)
}

var _ = math.Inf
