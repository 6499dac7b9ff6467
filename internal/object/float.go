// The float type's representation and core. Arithmetic, repr and methods are in
// float_ops.go. See doc.go.

package object

import (
	"math"
	"unsafe"
)

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

// FloatSlot returns the address of a float's value, for the eval loop's inline
// arithmetic on exact floats (inline cost under 20).
func (rt *Runtime) FloatSlot(f Ref) *float64 {
	return (*float64)(unsafe.Add(rt.base, uintptr(f)<<refShift+floatOffValue))
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
	case OpPow:
		if v, ok := powFast(x, y); ok {
			return rt.NewFloat(v), true
		}
	}
	return Nil, false
}

// powFast is x ** y where float_pow can neither raise nor take a special case:
// x positive and finite (not 1), y finite and not 0, a finite result (CPython
// raises OverflowError for an infinite one: the slow path does).
func powFast(x, y float64) (float64, bool) {
	if !(x > 0 && x <= math.MaxFloat64 && x != 1 && y != 0 && y-y == 0) {
		return 0, false
	}
	v := powFinite(x, y)
	return v, v <= math.MaxFloat64
}

// FloatFastSteal is FloatFast for operands the caller gives up (the VM's value
// stack): when ok, it has consumed the references to a and b and returns the
// result (a new reference). An operand float nothing else refers to becomes the
// result in place, so a chain of float arithmetic allocates nothing; the result
// is a float object like any other, and no program can tell that its memory was
// an operand's.
func (rt *Runtime) FloatFastSteal(a, b Ref, op BinaryOperator) (r Ref, ok bool) {
	// Each operand's header is found once; a small int operand has none.
	ft := rt.FloatType.Ref
	var x, y float64
	var ha, hb *header
	if a&1 == 0 {
		if ha = rt.hdr(a); ha.typ != ft {
			return Nil, false
		}
		x = *(*float64)(unsafe.Add(unsafe.Pointer(ha), floatOffValue))
	} else {
		x = float64(a.SmallInt())
	}
	if b&1 == 0 {
		if hb = rt.hdr(b); hb.typ != ft {
			return Nil, false
		}
		y = *(*float64)(unsafe.Add(unsafe.Pointer(hb), floatOffValue))
	} else {
		if ha == nil {
			return Nil, false // two ints
		}
		y = float64(b.SmallInt())
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
	case OpPow:
		if v, ok = powFast(x, y); !ok {
			return Nil, false
		}
	default:
		return Nil, false
	}
	switch {
	case ha != nil && ha.refcnt == 1:
		*(*float64)(unsafe.Add(unsafe.Pointer(ha), floatOffValue)) = v
		if hb != nil {
			if hb.refcnt--; hb.refcnt == 0 {
				rt.Dealloc(b)
			}
		}
		return a, true
	case hb != nil && hb.refcnt == 1:
		*(*float64)(unsafe.Add(unsafe.Pointer(hb), floatOffValue)) = v
		if ha != nil {
			if ha.refcnt--; ha.refcnt == 0 {
				rt.Dealloc(a)
			}
		}
		return b, true
	}
	r = rt.NewFloat(v)
	if r == Nil {
		return Nil, false
	}
	if ha != nil {
		if ha.refcnt--; ha.refcnt == 0 {
			rt.Dealloc(a)
		}
	}
	if hb != nil {
		if hb.refcnt--; hb.refcnt == 0 {
			rt.Dealloc(b)
		}
	}
	return r, true
}
