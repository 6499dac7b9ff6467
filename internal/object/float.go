// The float type's representation and core. Arithmetic, repr and methods are in
// float_ops.go. See doc.go.

package object

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

// FloatFast computes a op b for + - * / when both operands are exact floats, or an
// exact float and a small int, without going through the number protocol's slots:
// the eval loop's fast path (CPython 3.11 specializes the same operations). ok is
// false when it does not apply (other types or operators, division by zero), and the
// caller takes the general path, which raises the right errors.
func (rt *Runtime) FloatFast(a, b Ref, op BinaryOperator) (r Ref, ok bool) {
	var x, y float64
	fa, fb := a&1 == 0 && rt.hdr(a).typ == rt.FloatType.Ref, b&1 == 0 && rt.hdr(b).typ == rt.FloatType.Ref
	switch {
	case fa && fb:
		x, y = rt.FloatValue(a), rt.FloatValue(b)
	case fa && b&1 != 0:
		x, y = rt.FloatValue(a), float64(b.SmallInt())
	case fb && a&1 != 0:
		x, y = float64(a.SmallInt()), rt.FloatValue(b)
	default:
		return Nil, false
	}
	switch op {
	case OpAdd:
		return rt.NewFloat(x + y), true
	case OpSub:
		return rt.NewFloat(x - y), true
	case OpMul:
		return rt.NewFloat(x * y), true
	case OpTrueDiv:
		if y == 0 {
			return Nil, false
		}
		return rt.NewFloat(x / y), true
	}
	return Nil, false
}

// FloatFastSteal is FloatFast for operands the caller gives up (the VM's value
// stack): when ok, it has consumed the references to a and b and returns the
// result (a new reference). An operand float nothing else refers to becomes the
// result in place, so a chain of float arithmetic allocates nothing; the result
// is a float object like any other, and no program can tell that its memory was
// an operand's.
func (rt *Runtime) FloatFastSteal(a, b Ref, op BinaryOperator) (r Ref, ok bool) {
	var x, y float64
	fa, fb := a&1 == 0 && rt.hdr(a).typ == rt.FloatType.Ref, b&1 == 0 && rt.hdr(b).typ == rt.FloatType.Ref
	switch {
	case fa && fb:
		x, y = rt.FloatValue(a), rt.FloatValue(b)
	case fa && b&1 != 0:
		x, y = rt.FloatValue(a), float64(b.SmallInt())
	case fb && a&1 != 0:
		x, y = float64(a.SmallInt()), rt.FloatValue(b)
	default:
		return Nil, false
	}
	var v float64
	switch op {
	case OpAdd:
		v = x + y
	case OpSub:
		v = x - y
	case OpMul:
		v = x * y
	case OpTrueDiv:
		if y == 0 {
			return Nil, false
		}
		v = x / y
	default:
		return Nil, false
	}
	switch {
	case fa && rt.hdr(a).refcnt == 1:
		*(*float64)(rt.field(a, floatOffValue)) = v
		rt.Decref(b)
		return a, true
	case fb && rt.hdr(b).refcnt == 1:
		*(*float64)(rt.field(b, floatOffValue)) = v
		rt.Decref(a)
		return b, true
	}
	r = rt.NewFloat(v)
	if r == Nil {
		return Nil, false
	}
	rt.Decref(a)
	rt.Decref(b)
	return r, true
}
