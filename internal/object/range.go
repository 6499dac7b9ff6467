// range: an immutable arithmetic sequence of ints. See doc.go.

package object

import (
	"fmt"
	"math"
	"math/big"
)

// A range holds its parameters and length as int Refs, usually small ints inside the
// Refs themselves, but any int (CPython allows ranges of huge ints):
//
//	offset 0   header
//	       8   start   Ref
//	      12   stop    Ref
//	      16   step    Ref   never 0
//	      20   length  Ref   the number of items, computed once
//
// 24 bytes, a 32-byte block (CPython: 48). A range holds only ints, so it is not a
// container the collector tracks. Indexing, `in`, len and iteration take a fast
// path with Go int64 arithmetic when the values fit, and use math/big otherwise.
const (
	rangeOffStart  = 8
	rangeOffStop   = 12
	rangeOffStep   = 16
	rangeOffLength = 20
	rangeSize      = 24
)

func (rt *Runtime) rangeField(r Ref, off uintptr) Ref { return *rt.RefAt(r, off) }

// rangeSmall returns start, step and length as int64 when all of them (and stop)
// fit; ok is false otherwise.
func (rt *Runtime) rangeSmall(r Ref) (start, step, length int64, ok bool) {
	s, o1 := rt.IntAsInt64(rt.rangeField(r, rangeOffStart))
	st, o2 := rt.IntAsInt64(rt.rangeField(r, rangeOffStep))
	n, o3 := rt.IntAsInt64(rt.rangeField(r, rangeOffLength))
	_, o4 := rt.IntAsInt64(rt.rangeField(r, rangeOffStop))
	return s, st, n, o1 && o2 && o3 && o4
}

func (rt *Runtime) rangeBig(r Ref) (start, stop, step, length *big.Int) {
	return rt.IntBig(rt.rangeField(r, rangeOffStart)), rt.IntBig(rt.rangeField(r, rangeOffStop)),
		rt.IntBig(rt.rangeField(r, rangeOffStep)), rt.IntBig(rt.rangeField(r, rangeOffLength))
}

// rangeLength is CPython's compute_range_length.
func rangeLength(start, stop, step *big.Int) *big.Int {
	lo, hi, st := start, stop, step
	if step.Sign() < 0 {
		lo, hi, st = stop, start, new(big.Int).Neg(step)
	}
	if lo.Cmp(hi) >= 0 {
		return new(big.Int)
	}
	n := new(big.Int).Sub(hi, lo)
	n.Sub(n, big.NewInt(1))
	n.Quo(n, st)
	return n.Add(n, big.NewInt(1))
}

func rangeLength64(start, stop, step int64) (int64, bool) {
	lo, hi, st := start, stop, step
	if step < 0 {
		lo, hi, st = stop, start, -step
		if st < 0 {
			return 0, false
		}
	}
	if lo >= hi {
		return 0, true
	}
	d := uint64(hi) - uint64(lo) - 1
	n := d/uint64(st) + 1
	if n > math.MaxInt64 {
		return 0, false
	}
	return int64(n), true
}

// NewRange returns range(start, stop, step) for int Refs (borrowed); step must not
// be zero.
func (rt *Runtime) NewRange(start, stop, step Ref) Ref {
	var length Ref
	a, o1 := rt.IntAsInt64(start)
	b, o2 := rt.IntAsInt64(stop)
	c, o3 := rt.IntAsInt64(step)
	if n, ok := rangeLength64(a, b, c); o1 && o2 && o3 && ok {
		length = rt.NewInt(n)
	} else {
		length = rt.NewIntFromBig(rangeLength(rt.IntBig(start), rt.IntBig(stop), rt.IntBig(step)))
	}
	if length == Nil {
		return Nil
	}
	r := rt.AllocObject(rt.RangeType, rangeSize)
	if r == Nil {
		rt.Decref(length)
		return Nil
	}
	*rt.RefAt(r, rangeOffStart) = rt.New(start)
	*rt.RefAt(r, rangeOffStop) = rt.New(stop)
	*rt.RefAt(r, rangeOffStep) = rt.New(step)
	*rt.RefAt(r, rangeOffLength) = length
	return r
}

// ctIndexObject returns operator.index(v) as an exact int (a new reference).
func (rt *Runtime) ctIndexObject(v Ref) Ref {
	if v&1 != 0 {
		return v
	}
	if rt.IsInt(v) {
		if rt.hdr(v).typ == rt.IntType.Ref {
			return rt.New(v)
		}
		return rt.NewIntFromBig(rt.IntBig(v))
	}
	t := rt.TypeOf(v)
	if t.Number == nil || t.Number.Index == nil {
		rt.Raise("TypeError", "'%s' object cannot be interpreted as an integer", t.Name)
		return Nil
	}
	i := t.Number.Index(rt, v)
	if i == Nil {
		return Nil
	}
	if !rt.IsInt(i) {
		rt.Raise("TypeError", "__index__ returned non-int (type %s)", rt.TypeNameOf(i))
		rt.Decref(i)
		return Nil
	}
	return i
}

func rangeNew(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("range", args, kwnames, 1, 3) {
		return Nil
	}
	var parts [3]Ref
	defer func() {
		for _, p := range parts {
			rt.Decref(p)
		}
	}()
	for i, a := range args {
		if parts[i] = rt.ctIndexObject(a); parts[i] == Nil {
			return Nil
		}
	}
	start, stop, step := MakeSmallInt(0), Nil, MakeSmallInt(1)
	switch len(args) {
	case 1:
		stop = parts[0]
	case 2:
		start, stop = parts[0], parts[1]
	default:
		start, stop, step = parts[0], parts[1], parts[2]
		if step == MakeSmallInt(0) {
			rt.Raise("ValueError", "range() arg 3 must not be zero")
			return Nil
		}
	}
	return rt.NewRange(start, stop, step)
}

func rangeDealloc(rt *Runtime, r Ref) {
	for _, off := range []uintptr{rangeOffStart, rangeOffStop, rangeOffStep, rangeOffLength} {
		rt.Replace(rt.RefAt(r, off), Nil)
	}
	rt.FreeObject(r)
}

func rangeLen(rt *Runtime, r Ref) int {
	n, ok := rt.IntAsInt64(rt.rangeField(r, rangeOffLength))
	if !ok {
		rt.Raise("OverflowError", "Python int too large to convert to C ssize_t")
		return -1
	}
	return int(n)
}

func rangeBool(rt *Runtime, r Ref) int {
	if rt.rangeField(r, rangeOffLength) == MakeSmallInt(0) {
		return 0
	}
	return 1
}

func (rt *Runtime) ctIntRepr(v Ref) string {
	if n, ok := rt.IntAsInt64(v); ok {
		return fmt.Sprint(n)
	}
	return rt.IntBig(v).String()
}

func rangeRepr(rt *Runtime, r Ref) Ref {
	start, stop, step := rt.rangeField(r, rangeOffStart), rt.rangeField(r, rangeOffStop), rt.rangeField(r, rangeOffStep)
	if step == MakeSmallInt(1) {
		return rt.NewStr(fmt.Sprintf("range(%s, %s)", rt.ctIntRepr(start), rt.ctIntRepr(stop)))
	}
	return rt.NewStr(fmt.Sprintf("range(%s, %s, %s)", rt.ctIntRepr(start), rt.ctIntRepr(stop), rt.ctIntRepr(step)))
}

func (rt *Runtime) ctIntEqual(a, b Ref) bool {
	if a == b {
		return true
	}
	x, o1 := rt.IntAsInt64(a)
	y, o2 := rt.IntAsInt64(b)
	if o1 && o2 {
		return x == y
	}
	return rt.IntBig(a).Cmp(rt.IntBig(b)) == 0
}

func rangeRichCompare(rt *Runtime, a, b Ref, op CompareOp) Ref {
	if rt.TypeOf(b) != rt.RangeType || (op != EQ && op != NE) {
		return rt.New(rt.NotImplemented)
	}
	eq := a == b
	if !eq {
		la, lb := rt.rangeField(a, rangeOffLength), rt.rangeField(b, rangeOffLength)
		switch {
		case !rt.ctIntEqual(la, lb):
		case la == MakeSmallInt(0):
			eq = true
		case !rt.ctIntEqual(rt.rangeField(a, rangeOffStart), rt.rangeField(b, rangeOffStart)):
		case la == MakeSmallInt(1):
			eq = true
		default:
			eq = rt.ctIntEqual(rt.rangeField(a, rangeOffStep), rt.rangeField(b, rangeOffStep))
		}
	}
	return rt.NewBool(eq == (op == EQ))
}

func rangeHash(rt *Runtime, r Ref) (int64, bool) {
	length := rt.rangeField(r, rangeOffLength)
	var t Ref
	switch length {
	case MakeSmallInt(0):
		t = rt.TupleFrom(length, rt.None, rt.None)
	case MakeSmallInt(1):
		t = rt.TupleFrom(length, rt.rangeField(r, rangeOffStart), rt.None)
	default:
		t = rt.TupleFrom(length, rt.rangeField(r, rangeOffStart), rt.rangeField(r, rangeOffStep))
	}
	if t == Nil {
		return 0, false
	}
	defer rt.Decref(t)
	return rt.Hash(t)
}

// rangeItemBig returns item i (any int) of r, raising IndexError out of range.
func (rt *Runtime) rangeItem(r Ref, i Ref) Ref {
	if start, step, n, ok := rt.rangeSmall(r); ok {
		if k, ok := rt.IntAsInt64(i); ok {
			if k < 0 {
				k += n
			}
			if k < 0 || k >= n {
				rt.Raise("IndexError", "range object index out of range")
				return Nil
			}
			// The item lies between start and stop, so wrapping arithmetic is exact.
			return rt.NewInt(int64(uint64(start) + uint64(k)*uint64(step)))
		}
	}
	start, _, step, n := rt.rangeBig(r)
	k := rt.IntBig(i)
	if k.Sign() < 0 {
		k.Add(k, n)
	}
	if k.Sign() < 0 || k.Cmp(n) >= 0 {
		rt.Raise("IndexError", "range object index out of range")
		return Nil
	}
	k.Mul(k, step)
	return rt.NewIntFromBig(k.Add(k, start))
}

func rangeSeqItem(rt *Runtime, r Ref, i int) Ref {
	if start, step, n, ok := rt.rangeSmall(r); ok && FitsSmallInt(start) && FitsSmallInt(step) && n <= SmallIntMax {
		if i < 0 || int64(i) >= n {
			rt.Raise("IndexError", "range object index out of range")
			return Nil
		}
		return rt.NewInt(start + int64(i)*step)
	}
	return rt.rangeItem(r, rt.NewInt(int64(i)))
}

func rangeSubscript(rt *Runtime, r, key Ref) Ref {
	if rt.IsSlice(key) {
		return rt.rangeSlice(r, key)
	}
	t := rt.TypeOf(key)
	if key&1 == 0 && !rt.IsInt(key) && (t.Number == nil || t.Number.Index == nil) {
		rt.Raise("TypeError", "range indices must be integers or slices, not %s", t.Name)
		return Nil
	}
	i := rt.ctIndexObject(key)
	if i == Nil {
		return Nil
	}
	defer rt.Decref(i)
	return rt.rangeItem(r, i)
}

// sliceLongIndices is CPython's _PySlice_GetLongIndices: a slice's start, stop and
// step for a sequence of the given (big) length.
func (rt *Runtime) sliceLongIndices(s Ref, length *big.Int) (start, stop, step *big.Int, ok bool) {
	a, b, c := rt.SliceParts(s)
	step = big.NewInt(1)
	if c != rt.None {
		v := rt.ctIndexObjectSlice(c)
		if v == Nil {
			return nil, nil, nil, false
		}
		step = rt.IntBig(v)
		rt.Decref(v)
		if step.Sign() == 0 {
			rt.Raise("ValueError", "slice step cannot be zero")
			return nil, nil, nil, false
		}
	}
	neg := step.Sign() < 0
	lower, upper := big.NewInt(0), new(big.Int).Set(length)
	if neg {
		lower = big.NewInt(-1)
		upper = new(big.Int).Add(length, lower)
	}
	conv := func(v Ref, def *big.Int) (*big.Int, bool) {
		if v == rt.None {
			return new(big.Int).Set(def), true
		}
		iv := rt.ctIndexObjectSlice(v)
		if iv == Nil {
			return nil, false
		}
		x := rt.IntBig(iv)
		rt.Decref(iv)
		if x.Sign() < 0 {
			x.Add(x, length)
			if x.Cmp(lower) < 0 {
				x.Set(lower)
			}
		} else if x.Cmp(upper) > 0 {
			x.Set(upper)
		}
		return x, true
	}
	defStart, defStop := lower, upper
	if neg {
		defStart, defStop = upper, lower
	}
	if start, ok = conv(a, defStart); !ok {
		return
	}
	if stop, ok = conv(b, defStop); !ok {
		return
	}
	return start, stop, step, true
}

func (rt *Runtime) ctIndexObjectSlice(v Ref) Ref {
	t := rt.TypeOf(v)
	if v&1 == 0 && !rt.IsInt(v) && (t.Number == nil || t.Number.Index == nil) {
		rt.Raise("TypeError", "slice indices must be integers or None or have an __index__ method")
		return Nil
	}
	return rt.ctIndexObject(v)
}

func (rt *Runtime) rangeSlice(r, s Ref) Ref {
	rstart, _, rstep, n := rt.rangeBig(r)
	start, stop, step, ok := rt.sliceLongIndices(s, n)
	if !ok {
		return Nil
	}
	substart := new(big.Int).Add(rstart, new(big.Int).Mul(start, rstep))
	substop := new(big.Int).Add(rstart, new(big.Int).Mul(stop, rstep))
	substep := new(big.Int).Mul(rstep, step)
	a, b, c := rt.NewIntFromBig(substart), rt.NewIntFromBig(substop), rt.NewIntFromBig(substep)
	defer rt.Decref(a)
	defer rt.Decref(b)
	defer rt.Decref(c)
	if a == Nil || b == Nil || c == Nil {
		return Nil
	}
	return rt.NewRange(a, b, c)
}

// rangeContainsInt reports whether the int ob is in r.
func (rt *Runtime) rangeContainsInt(r, ob Ref) bool {
	if start, step, n, ok := rt.rangeSmall(r); ok {
		if v, ok := rt.IntAsInt64(ob); ok {
			if n == 0 {
				return false
			}
			stop, _ := rt.IntAsInt64(rt.rangeField(r, rangeOffStop))
			if step > 0 {
				if v < start || v >= stop {
					return false
				}
			} else if v > start || v <= stop {
				return false
			}
			d := new(big.Int).Sub(big.NewInt(v), big.NewInt(start))
			return d.Rem(d, big.NewInt(step)).Sign() == 0
		}
	}
	start, stop, step, _ := rt.rangeBig(r)
	v := rt.IntBig(ob)
	if step.Sign() > 0 {
		if v.Cmp(start) < 0 || v.Cmp(stop) >= 0 {
			return false
		}
	} else if v.Cmp(start) > 0 || v.Cmp(stop) <= 0 {
		return false
	}
	d := new(big.Int).Sub(v, start)
	return d.Rem(d, step).Sign() == 0
}

func (rt *Runtime) ctIsExactIntOrBool(r Ref) bool {
	if r&1 != 0 {
		return true
	}
	typ := rt.hdr(r).typ
	return typ == rt.IntType.Ref || typ == rt.BoolType.Ref
}

func rangeContains(rt *Runtime, r, ob Ref) int {
	if rt.ctIsExactIntOrBool(ob) {
		if rt.rangeContainsInt(r, ob) {
			return 1
		}
		return 0
	}
	idx, err := rt.ctIterSearch(r, ob, false)
	if err {
		return -1
	}
	if idx >= 0 {
		return 1
	}
	return 0
}

// ctIterSearch iterates over seq comparing each item with ob (CPython's
// _PySequence_IterSearch): the index of the first equal item (-1 if none), or with
// count the number of equal items.
func (rt *Runtime) ctIterSearch(seq, ob Ref, count bool) (int, bool) {
	it := rt.Iter(seq)
	if it == Nil {
		return 0, true
	}
	defer rt.Decref(it)
	n := 0
	for i := 0; ; i++ {
		x := rt.Next(it)
		if x == Nil {
			if rt.Occurred() {
				return 0, true
			}
			if count {
				return n, false
			}
			return -1, false
		}
		c := rt.RichCompareBool(x, ob, EQ)
		rt.Decref(x)
		if c < 0 {
			return 0, true
		}
		if c > 0 {
			if !count {
				return i, false
			}
			n++
		}
	}
}

func rangeCountM(rt *Runtime, r Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("range.count", args, kwnames, 1, 1) {
		return Nil
	}
	ob := args[0]
	if rt.ctIsExactIntOrBool(ob) {
		if rt.rangeContainsInt(r, ob) {
			return MakeSmallInt(1)
		}
		return MakeSmallInt(0)
	}
	n, err := rt.ctIterSearch(r, ob, true)
	if err {
		return Nil
	}
	return rt.NewInt(int64(n))
}

func rangeIndexM(rt *Runtime, r Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("range.index", args, kwnames, 1, 1) {
		return Nil
	}
	ob := args[0]
	if !rt.ctIsExactIntOrBool(ob) {
		i, err := rt.ctIterSearch(r, ob, false)
		if err {
			return Nil
		}
		if i < 0 {
			rt.Raise("ValueError", "sequence.index(x): x not in sequence")
			return Nil
		}
		return rt.NewInt(int64(i))
	}
	if !rt.rangeContainsInt(r, ob) {
		if s := rt.Repr(ob); s != Nil {
			rt.Raise("ValueError", "%s is not in range", rt.GoString(s))
			rt.Decref(s)
		}
		return Nil
	}
	start, _, step, _ := rt.rangeBig(r)
	d := new(big.Int).Sub(rt.IntBig(ob), start)
	return rt.NewIntFromBig(d.Quo(d, step))
}

// A range iterator: header | next int64 | step int64 | left int64 (32 bytes); a long
// range iterator (values beyond int64): header | next Ref | step Ref | left Ref.
const (
	rangeItOffNext = 8
	rangeItOffStep = 16
	rangeItOffLeft = 24
	rangeItSize    = 32

	lrangeItOffNext = 8
	lrangeItOffStep = 12
	lrangeItOffLeft = 16
	lrangeItSize    = 20
)

// newRangeIter returns an iterator over start, start+step, ... (n items).
func (rt *Runtime) newRangeIter(start, step, n *big.Int) Ref {
	if start.IsInt64() && step.IsInt64() && n.IsInt64() {
		last := new(big.Int).Add(start, new(big.Int).Mul(step, n))
		if last.IsInt64() {
			it := rt.AllocObject(rt.ctypes().rangeIter, rangeItSize)
			if it == Nil {
				return Nil
			}
			*(*int64)(rt.field(it, rangeItOffNext)) = start.Int64()
			*(*int64)(rt.field(it, rangeItOffStep)) = step.Int64()
			*(*int64)(rt.field(it, rangeItOffLeft)) = n.Int64()
			return it
		}
	}
	it := rt.AllocObject(rt.ctypes().longRangeIter, lrangeItSize)
	if it == Nil {
		return Nil
	}
	for _, f := range []struct {
		off uintptr
		v   *big.Int
	}{{lrangeItOffNext, start}, {lrangeItOffStep, step}, {lrangeItOffLeft, n}} {
		v := rt.NewIntFromBig(f.v)
		if v == Nil {
			rt.Decref(it)
			return Nil
		}
		*rt.RefAt(it, f.off) = v
	}
	return it
}

func rangeIter(rt *Runtime, r Ref) Ref {
	if start, step, n, ok := rt.rangeSmall(r); ok {
		it := rt.AllocObject(rt.ctypes().rangeIter, rangeItSize)
		if it == Nil {
			return Nil
		}
		*(*int64)(rt.field(it, rangeItOffNext)) = start
		*(*int64)(rt.field(it, rangeItOffStep)) = step
		*(*int64)(rt.field(it, rangeItOffLeft)) = n
		return it
	}
	start, _, step, n := rt.rangeBig(r)
	return rt.newRangeIter(start, step, n)
}

func rangeReversed(rt *Runtime, r Ref) Ref {
	start, _, step, n := rt.rangeBig(r)
	last := new(big.Int).Sub(n, big.NewInt(1))
	last.Mul(last, step)
	last.Add(last, start)
	return rt.newRangeIter(last, new(big.Int).Neg(step), n)
}

func rangeIterNext(rt *Runtime, it Ref) Ref {
	left := (*int64)(rt.field(it, rangeItOffLeft))
	if *left <= 0 {
		return Nil
	}
	next := (*int64)(rt.field(it, rangeItOffNext))
	v := *next
	*left--
	if *left > 0 {
		*next += *(*int64)(rt.field(it, rangeItOffStep))
	}
	if FitsSmallInt(v) {
		return MakeSmallInt(v)
	}
	return rt.NewInt(v)
}

func longRangeIterNext(rt *Runtime, it Ref) Ref {
	left := rt.RefAt(it, lrangeItOffLeft)
	n := rt.IntBig(*left)
	if n.Sign() <= 0 {
		return Nil
	}
	cur := rt.New(*rt.RefAt(it, lrangeItOffNext))
	nv := rt.NewIntFromBig(n.Sub(n, big.NewInt(1)))
	nx := rt.NewIntFromBig(new(big.Int).Add(rt.IntBig(cur), rt.IntBig(*rt.RefAt(it, lrangeItOffStep))))
	if nv == Nil || nx == Nil {
		rt.Decref(nv)
		rt.Decref(nx)
		rt.Decref(cur)
		return Nil
	}
	rt.Replace(left, nv)
	rt.Replace(rt.RefAt(it, lrangeItOffNext), nx)
	return cur
}

func (rt *Runtime) initRange() {
	t := rt.RangeType
	t.Size = rangeSize
	t.Dealloc = rangeDealloc
	t.Repr = rangeRepr
	t.Hash = rangeHash
	t.RichCompare = rangeRichCompare
	t.Iter = rangeIter
	t.New = rangeNew
	t.Number = &NumberSlots{Bool: rangeBool}
	t.Sequence = &SequenceSlots{Length: rangeLen, Item: rangeSeqItem, Contains: rangeContains}
	t.Mapping = &MappingSlots{Length: rangeLen, Subscript: rangeSubscript}
	get := func(off uintptr) func(rt *Runtime, r Ref) Ref {
		return func(rt *Runtime, r Ref) Ref { return rt.New(rt.rangeField(r, off)) }
	}
	readonly := func(rt *Runtime, r, v Ref) int {
		rt.Raise("AttributeError", "readonly attribute")
		return -1
	}
	t.GetSets = []GetSetDef{{Name: "start", Get: get(rangeOffStart), Set: readonly},
		{Name: "stop", Get: get(rangeOffStop), Set: readonly}, {Name: "step", Get: get(rangeOffStep), Set: readonly}}
	t.Methods = []MethodDef{
		{Name: "count", Fn: rangeCountM},
		{Name: "index", Fn: rangeIndexM},
		ctNoArgs("range.__reversed__", rangeReversed),
		ctNoArgs("range.__reduce__", func(rt *Runtime, r Ref) Ref {
			args := rt.TupleFrom(rt.rangeField(r, rangeOffStart), rt.rangeField(r, rangeOffStop), rt.rangeField(r, rangeOffStep))
			if args == Nil {
				return Nil
			}
			return rt.TuplePack(rt.New(rt.RangeType.Ref), args)
		}),
		ctSlotMethod("range.__getitem__", rangeSubscript),
		ctSlotMethod("range.__contains__", func(rt *Runtime, r, v Ref) Ref { return ctBool(rt, rangeContains(rt, r, v)) }),
	}

	ct := rt.ctypes()
	ct.rangeIter = rt.defIterType("range_iterator", rangeItSize, false)
	ct.rangeIter.Next = rangeIterNext
	ct.rangeIter.Methods = []MethodDef{{Name: "__length_hint__", Fn: func(rt *Runtime, it Ref, args []Ref, kwnames Ref) Ref {
		return rt.NewInt(max(*(*int64)(rt.field(it, rangeItOffLeft)), 0))
	}}}
	ct.longRangeIter = rt.defIterType("longrange_iterator", lrangeItSize, false)
	ct.longRangeIter.Dealloc = func(rt *Runtime, it Ref) {
		for _, off := range []uintptr{lrangeItOffNext, lrangeItOffStep, lrangeItOffLeft} {
			rt.Replace(rt.RefAt(it, off), Nil)
		}
		rt.FreeObject(it)
	}
	ct.longRangeIter.Next = longRangeIterNext
	ct.longRangeIter.Methods = []MethodDef{{Name: "__length_hint__", Fn: func(rt *Runtime, it Ref, args []Ref, kwnames Ref) Ref {
		return rt.New(*rt.RefAt(it, lrangeItOffLeft))
	}}}

	rt.addContainerSlotMethods()
}
