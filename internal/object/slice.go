// The slice type and the index arithmetic every sequence uses for s[i:j:k].

package object

import "fmt"

// A slice is header | start Ref | stop Ref | step Ref (each None when omitted):
// 20 bytes, a 32-byte block.
const (
	sliceOffStart = 8
	sliceOffStop  = 12
	sliceOffStep  = 16
	sliceSize     = 20
)

// NewSlice returns slice(start, stop, step) (borrowed arguments; Nil means None).
func (rt *Runtime) NewSlice(start, stop, step Ref) Ref {
	s := rt.free.slice
	if s != Nil {
		rt.free.slice = Nil
		rt.hdr(s).refcnt = 1
	} else if s = rt.AllocObject(rt.SliceType, sliceSize); s == Nil {
		return Nil
	}
	for i, v := range [3]Ref{start, stop, step} {
		if v == Nil {
			v = rt.None
		}
		*rt.RefAt(s, sliceOffStart+4*uintptr(i)) = rt.New(v)
	}
	return s
}

// IsSlice reports whether r is a slice object.
func (rt *Runtime) IsSlice(r Ref) bool { return r&1 == 0 && r != Nil && rt.TypeOf(r) == rt.SliceType }

// SliceParts returns a slice's start, stop and step (borrowed).
func (rt *Runtime) SliceParts(s Ref) (start, stop, step Ref) {
	return *rt.RefAt(s, sliceOffStart), *rt.RefAt(s, sliceOffStop), *rt.RefAt(s, sliceOffStep)
}

// SliceUnpack converts a slice's parts to ints as CPython's PySlice_Unpack does:
// None becomes the default for the step's direction, out-of-range values are clamped
// to the int range, a zero step raises "slice step cannot be zero", and non-index
// parts raise "slice indices must be integers or None or have an __index__ method".
func (rt *Runtime) SliceUnpack(s Ref) (start, stop, step int, ok bool) {
	a, b, c := rt.SliceParts(s)
	step = 1
	if c != rt.None {
		if step, ok = rt.sliceIndex(c); !ok {
			return
		}
		if step == 0 {
			rt.Raise("ValueError", "slice step cannot be zero")
			return 0, 0, 0, false
		}
	}
	const maxInt, minInt = int(^uint(0) >> 1), -int(^uint(0)>>1) - 1
	if a == rt.None {
		start = 0
		if step < 0 {
			start = maxInt
		}
	} else if start, ok = rt.sliceIndex(a); !ok {
		return
	}
	if b == rt.None {
		stop = maxInt
		if step < 0 {
			stop = minInt
		}
	} else if stop, ok = rt.sliceIndex(b); !ok {
		return
	}
	return start, stop, step, true
}

// sliceIndex converts a slice part, clamping huge values (CPython's
// _PyEval_SliceIndex).
func (rt *Runtime) sliceIndex(v Ref) (int, bool) {
	if v&1 != 0 {
		return int(v.SmallInt()), true
	}
	t := rt.TypeOf(v)
	if t.Number == nil || t.Number.Index == nil {
		rt.Raise("TypeError", "slice indices must be integers or None or have an __index__ method")
		return 0, false
	}
	i := t.Number.Index(rt, v)
	if i == Nil {
		return 0, false
	}
	defer rt.Decref(i)
	if n, ok := rt.IntAsInt64(i); ok {
		return int(n), true
	}
	if rt.IntBig(i).Sign() < 0 {
		return -int(^uint(0)>>1) - 1, true
	}
	return int(^uint(0) >> 1), true
}

// AdjustIndices clips start and stop to a sequence of length n and returns the
// number of items the slice selects (CPython's PySlice_AdjustIndices).
func AdjustIndices(n int, start, stop *int, step int) int {
	if *start < 0 {
		*start += n
		if *start < 0 {
			*start = 0
			if step < 0 {
				*start = -1
			}
		}
	} else if *start >= n {
		*start = n
		if step < 0 {
			*start = n - 1
		}
	}
	if *stop < 0 {
		*stop += n
		if *stop < 0 {
			*stop = 0
			if step < 0 {
				*stop = -1
			}
		}
	} else if *stop >= n {
		*stop = n
		if step < 0 {
			*stop = n - 1
		}
	}
	if step < 0 {
		if *stop < *start {
			return (*start-*stop-1)/(-step) + 1
		}
	} else if *start < *stop {
		return (*stop-*start-1)/step + 1
	}
	return 0
}

// SliceIndices unpacks s and adjusts it to length n: what a sequence's subscript
// needs. ok is false with an exception set.
func (rt *Runtime) SliceIndices(s Ref, n int) (start, stop, step, count int, ok bool) {
	if start, stop, step, ok = rt.SliceUnpack(s); !ok {
		return
	}
	count = AdjustIndices(n, &start, &stop, step)
	return start, stop, step, count, true
}

func (rt *Runtime) initSlice() {
	t := rt.SliceType
	t.Size = sliceSize
	t.Dealloc = func(rt *Runtime, s Ref) {
		for _, off := range []uintptr{sliceOffStart, sliceOffStop, sliceOffStep} {
			rt.Replace(rt.RefAt(s, off), Nil)
		}
		if rt.free.slice == Nil && rt.hdr(s).typ == rt.SliceType.Ref {
			rt.free.slice = s // x[a:b] in a loop makes and drops one each time
			return
		}
		rt.FreeObject(s)
	}
	// Slices compare as the tuples (start, stop, step) and are unhashable in 3.11.
	t.RichCompare = func(rt *Runtime, a, b Ref, op CompareOp) Ref {
		if !rt.IsSlice(b) {
			return rt.New(rt.NotImplemented)
		}
		ta, tb := rt.TupleFrom(rt.SliceParts(a)), rt.TupleFrom(rt.SliceParts(b))
		defer rt.Decref(ta)
		defer rt.Decref(tb)
		if ta == Nil || tb == Nil {
			return Nil
		}
		return rt.RichCompare(ta, tb, op)
	}
	t.Repr = func(rt *Runtime, s Ref) Ref {
		parts := [3]string{}
		for i, off := range []uintptr{sliceOffStart, sliceOffStop, sliceOffStep} {
			r := rt.Repr(*rt.RefAt(s, off))
			if r == Nil {
				return Nil
			}
			parts[i] = rt.GoString(r)
			rt.Decref(r)
		}
		return rt.NewStr(fmt.Sprintf("slice(%s, %s, %s)", parts[0], parts[1], parts[2]))
	}
	get := func(off uintptr) func(rt *Runtime, s Ref) Ref {
		return func(rt *Runtime, s Ref) Ref { return rt.New(*rt.RefAt(s, off)) }
	}
	t.GetSets = []GetSetDef{{Name: "start", Get: get(sliceOffStart)}, {Name: "stop", Get: get(sliceOffStop)}, {Name: "step", Get: get(sliceOffStep)}}
	t.New = func(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
		if !rt.CheckArgs("slice", args, kwnames, 1, 3) {
			return Nil
		}
		switch len(args) {
		case 1:
			return rt.NewSlice(Nil, args[0], Nil)
		case 2:
			return rt.NewSlice(args[0], args[1], Nil)
		}
		return rt.NewSlice(args[0], args[1], args[2])
	}
	t.Methods = []MethodDef{{Name: "indices", Fn: func(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
		if !rt.CheckArgs("indices", args, kwnames, 1, 1) {
			return Nil
		}
		n, ok := rt.AsIndex(args[0], "OverflowError")
		if !ok {
			return Nil
		}
		if n < 0 {
			rt.Raise("ValueError", "length should not be negative")
			return Nil
		}
		start, stop, step, _, ok := rt.SliceIndices(s, n)
		if !ok {
			return Nil
		}
		return rt.TuplePack(rt.NewInt(int64(start)), rt.NewInt(int64(stop)), rt.NewInt(int64(step)))
	}}}
}

// ReprEnter marks r as being repr'd, for containers that may contain themselves: it
// returns false when r is already being repr'd further up (the container then prints
// "[...]" or "{...}"). Every true return must be paired with ReprLeave.
func (rt *Runtime) ReprEnter(r Ref) bool {
	for _, x := range rt.reprStack {
		if x == r {
			return false
		}
	}
	rt.reprStack = append(rt.reprStack, r)
	return true
}

// ReprLeave ends a ReprEnter.
func (rt *Runtime) ReprLeave(r Ref) {
	for i := len(rt.reprStack) - 1; i >= 0; i-- {
		if rt.reprStack[i] == r {
			rt.reprStack = append(rt.reprStack[:i], rt.reprStack[i+1:]...)
			return
		}
	}
}
