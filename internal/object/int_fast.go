// The eval loop's fast path for ints past the tagged range: exact ints that fit in
// 64 bits, computed in Go's int64 with overflow checks.

package object

import "math/bits"

// exactInt64 returns the value of r when r is a small int or an exact int of at
// most two digits that fits in an int64.
func (rt *Runtime) exactInt64(r Ref) (int64, bool) {
	if r&1 != 0 {
		return r.SmallInt(), true
	}
	if rt.hdr(r).typ != rt.IntType.Ref {
		return 0, false
	}
	return rt.IntAsInt64(r)
}

// IntFast computes a op b for two exact ints that fit in 64 bits when the result
// does too (+ - * // % & | ^ >> and << without overflow), as CPython 3.11's
// specialized BINARY_OP does for ints: ok false means take the general path (other
// types or operators, overflow, division by zero), which raises the right errors.
// The result is a new reference.
func (rt *Runtime) IntFast(a, b Ref, op BinaryOperator) (r Ref, ok bool) {
	x, ok := rt.exactInt64(a)
	if !ok {
		return Nil, false
	}
	y, ok := rt.exactInt64(b)
	if !ok {
		return Nil, false
	}
	var v int64
	switch op {
	case OpAdd:
		v = x + y
		if (v > x) != (y > 0) {
			return Nil, false
		}
	case OpSub:
		v = x - y
		if (v < x) != (y > 0) {
			return Nil, false
		}
	case OpMul:
		hi, lo := bits.Mul64(uint64(abs64(x)), uint64(abs64(y)))
		if hi != 0 || lo >= 1<<63 || x == -1<<63 || y == -1<<63 {
			return Nil, false
		}
		v = int64(lo)
		if (x < 0) != (y < 0) {
			v = -v
		}
	case OpAnd:
		v = x & y
	case OpOr:
		v = x | y
	case OpXor:
		v = x ^ y
	case OpFloorDiv, OpMod:
		if y == 0 || x == -1<<63 && y == -1 {
			return Nil, false
		}
		q, m := floorDivMod64(x, y)
		if v = q; op == OpMod {
			v = m
		}
	case OpRshift:
		if y < 0 {
			return Nil, false
		}
		v = x >> min(y, 63)
	case OpLshift:
		if y < 0 || y > 62 || x != (x<<y)>>y {
			return Nil, false
		}
		v = x << y
	default:
		return Nil, false
	}
	r = rt.newIntResult(v)
	return r, r != Nil
}

// IntCompareFast compares two exact ints that fit in 64 bits; ok false means take
// the general path.
func (rt *Runtime) IntCompareFast(a, b Ref, op CompareOp) (res, ok bool) {
	x, ok := rt.exactInt64(a)
	if !ok {
		return false, false
	}
	y, ok := rt.exactInt64(b)
	if !ok {
		return false, false
	}
	switch op {
	case LT:
		return x < y, true
	case LE:
		return x <= y, true
	case EQ:
		return x == y, true
	case NE:
		return x != y, true
	case GT:
		return x > y, true
	}
	return x >= y, true
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
