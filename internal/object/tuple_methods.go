// tuple: comparison, hashing, repr and methods. See tuple.go for the representation.

package object

import (
	"math"
	"math/bits"
)

// IsTuple reports whether r is a tuple or an instance of a subclass.
func (rt *Runtime) IsTuple(r Ref) bool {
	return r&1 == 0 && r != Nil && rt.TypeOf(r).Flags&TypeTupleSubclass != 0
}

func (rt *Runtime) isExactTuple(r Ref) bool {
	return r&1 == 0 && r != Nil && rt.hdr(r).typ == rt.TupleType.Ref
}

// TupleSlice returns t[lo:hi] as a new tuple (0 <= lo <= hi <= len); an exact tuple
// sliced whole is returned itself.
func (rt *Runtime) TupleSlice(t Ref, lo, hi int) Ref {
	if lo == 0 && hi == rt.TupleLen(t) && rt.isExactTuple(t) {
		return rt.New(t)
	}
	return rt.TupleFrom(rt.TupleItems(t)[lo:hi]...)
}

// MaybeUntrackTuple stops the collector from tracking t when it holds only atomic
// values, which can never be part of a cycle (CPython's _PyTuple_MaybeUntrack). The
// collector calls it on the tuples it examines.
func (rt *Runtime) MaybeUntrackTuple(t Ref) {
	if !rt.isExactTuple(t) || !rt.IsTracked(t) {
		return
	}
	for _, it := range rt.TupleItems(t) {
		if it == Nil || rt.MayBeTracked(it) {
			return
		}
	}
	rt.Untrack(t)
}

// The constants of CPython 3.11's tuple hash (xxHash's 64-bit primes).
const (
	tupleXXPrime1 uint64 = 11400714785074694791
	tupleXXPrime2 uint64 = 14029467366897019727
	tupleXXPrime5 uint64 = 2870177450012600261
)

func tupleHash(rt *Runtime, t Ref) (int64, bool) {
	items := rt.TupleItems(t)
	acc := tupleXXPrime5
	for _, it := range items {
		lane, ok := rt.Hash(it)
		if !ok {
			return 0, false
		}
		acc += uint64(lane) * tupleXXPrime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= tupleXXPrime1
	}
	acc += uint64(len(items)) ^ (tupleXXPrime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, true
	}
	return int64(acc), true
}

func tupleRichCompare(rt *Runtime, a, b Ref, op CompareOp) Ref {
	if !rt.IsTuple(a) || !rt.IsTuple(b) {
		return rt.New(rt.NotImplemented)
	}
	va, vb := rt.TupleItems(a), rt.TupleItems(b)
	i := 0
	for ; i < len(va) && i < len(vb); i++ {
		k := rt.RichCompareBool(va[i], vb[i], EQ)
		if k < 0 {
			return Nil
		}
		if k == 0 {
			break
		}
	}
	if i >= len(va) || i >= len(vb) {
		return rt.NewBool(ctCompareInts(len(va), len(vb), op))
	}
	switch op {
	case EQ:
		return rt.False
	case NE:
		return rt.True
	}
	return rt.RichCompare(va[i], vb[i], op)
}

func tupleRepr(rt *Runtime, t Ref) Ref {
	n := rt.TupleLen(t)
	if n == 0 {
		return rt.NewStr("()")
	}
	if !rt.ReprEnter(t) {
		return rt.NewStr("(...)")
	}
	defer rt.ReprLeave(t)
	closing := ")"
	if n == 1 {
		closing = ",)"
	}
	items := rt.TupleItems(t)
	return rt.ctReprJoin("(", closing, func(i int) (Ref, bool) {
		if i >= n {
			return Nil, false
		}
		return items[i], true
	})
}

func tupleLength(rt *Runtime, t Ref) int { return rt.TupleLen(t) }

func tupleItem(rt *Runtime, t Ref, i int) Ref {
	if uint(i) >= uint(rt.TupleLen(t)) {
		rt.Raise("IndexError", "tuple index out of range")
		return Nil
	}
	return rt.New(rt.TupleItems(t)[i])
}

func tupleSubscript(rt *Runtime, t, key Ref) Ref {
	if rt.IsSlice(key) {
		start, _, step, count, ok := rt.SliceIndices(key, rt.TupleLen(t))
		if !ok {
			return Nil
		}
		if count <= 0 {
			return rt.New(rt.EmptyTuple)
		}
		if step == 1 {
			return rt.TupleSlice(t, start, start+count)
		}
		r := rt.NewTuple(count)
		if r == Nil {
			return Nil
		}
		src, dst := rt.TupleItems(t), rt.TupleItems(r)
		for i := range count {
			dst[i] = rt.New(src[start+i*step])
		}
		rt.Track(r)
		return r
	}
	i, ok := rt.ctIndexKey(key, "tuple")
	if !ok {
		return Nil
	}
	if i < 0 {
		i += rt.TupleLen(t)
	}
	return tupleItem(rt, t, i)
}

func tupleContains(rt *Runtime, t, v Ref) int {
	for _, it := range rt.TupleItems(t) {
		if c := rt.RichCompareBool(it, v, EQ); c != 0 {
			return c
		}
	}
	return 0
}

func tupleConcat(rt *Runtime, a, b Ref) Ref {
	if !rt.IsTuple(b) {
		rt.Raise("TypeError", "can only concatenate tuple (not \"%s\") to tuple", rt.TypeNameOf(b))
		return Nil
	}
	na, nb := rt.TupleLen(a), rt.TupleLen(b)
	if na == 0 && rt.isExactTuple(b) {
		return rt.New(b)
	}
	if nb == 0 && rt.isExactTuple(a) {
		return rt.New(a)
	}
	r := rt.NewTuple(na + nb)
	if r == Nil {
		return Nil
	}
	dst := rt.TupleItems(r)
	for i, it := range rt.TupleItems(a) {
		dst[i] = rt.New(it)
	}
	for i, it := range rt.TupleItems(b) {
		dst[na+i] = rt.New(it)
	}
	rt.Track(r)
	return r
}

func tupleRepeat(rt *Runtime, t Ref, n int) Ref {
	size := rt.TupleLen(t)
	if rt.isExactTuple(t) && (n == 1 || size == 0) {
		return rt.New(t)
	}
	if size == 0 || n <= 0 {
		return rt.New(rt.EmptyTuple)
	}
	if size > math.MaxInt32/n {
		return rt.NoMemory()
	}
	r := rt.NewTuple(size * n)
	if r == Nil {
		return Nil
	}
	src, dst := rt.TupleItems(t), rt.TupleItems(r)
	for k := range n {
		for i, it := range src {
			rt.Incref(it)
			dst[k*size+i] = it
		}
	}
	rt.Track(r)
	return r
}

func tupleIter(rt *Runtime, t Ref) Ref { return rt.newSeqIter(rt.ctypes().tupleIter, t, 0) }

// SequenceTuple returns tuple(iterable) (CPython's PySequence_Tuple): an exact tuple
// itself, else a new tuple of the items.
func (rt *Runtime) SequenceTuple(v Ref) Ref {
	if rt.isExactTuple(v) {
		return rt.New(v)
	}
	if rt.isExactList(v) {
		return rt.ListAsTuple(v)
	}
	l := rt.SequenceList(v)
	if l == Nil {
		return Nil
	}
	t := rt.ListAsTuple(l)
	rt.Decref(l)
	return t
}

func tupleNew(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("tuple", args, kwnames, 0, 1) {
		return Nil
	}
	var r Ref
	if len(args) == 0 {
		r = rt.New(rt.EmptyTuple)
	} else {
		r = rt.SequenceTuple(args[0])
	}
	if r == Nil || t == rt.TupleType {
		return r
	}
	// A subclass: copy the items into an instance of it.
	defer rt.Decref(r)
	n := rt.TupleLen(r)
	s := rt.AllocObject(t, max(t.Size, tupleOffItems)+uintptr(n)*4)
	if s == Nil {
		return Nil
	}
	*rt.Uint32At(s, tupleOffSize) = uint32(n)
	dst := rt.TupleItems(s)
	for i, it := range rt.TupleItems(r) {
		dst[i] = rt.New(it)
	}
	rt.Track(s)
	return s
}

func tupleIndexM(rt *Runtime, t Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("tuple.index", args, kwnames, 1, 3) {
		return Nil
	}
	start, stop, ok := rt.ctSliceIndexArgs(args[1:], rt.TupleLen(t))
	if !ok {
		return Nil
	}
	items := rt.TupleItems(t)
	for i := start; i < stop && i < len(items); i++ {
		c := rt.RichCompareBool(items[i], args[0], EQ)
		if c < 0 {
			return Nil
		}
		if c > 0 {
			return rt.NewInt(int64(i))
		}
	}
	rt.Raise("ValueError", "tuple.index(x): x not in tuple")
	return Nil
}

func tupleCountM(rt *Runtime, t Ref, args []Ref, kwnames Ref) Ref {
	if !rt.ctArgs("tuple.count", args, kwnames, 1, 1) {
		return Nil
	}
	count := 0
	for _, it := range rt.TupleItems(t) {
		c := rt.RichCompareBool(it, args[0], EQ)
		if c < 0 {
			return Nil
		}
		count += c
	}
	return rt.NewInt(int64(count))
}

func (rt *Runtime) initTuple() {
	t := rt.TupleType
	t.Data = &containerTypes{}
	t.Dealloc = tupleDealloc
	t.Traverse = tupleTraverse
	t.Repr = tupleRepr
	t.Hash = tupleHash
	t.RichCompare = tupleRichCompare
	t.Iter = tupleIter
	t.New = tupleNew
	t.Sequence = &SequenceSlots{
		Length:   tupleLength,
		Concat:   tupleConcat,
		Repeat:   tupleRepeat,
		Item:     tupleItem,
		Contains: tupleContains,
	}
	t.Mapping = &MappingSlots{Length: tupleLength, Subscript: tupleSubscript}
	t.Methods = []MethodDef{
		{Name: "index", Fn: tupleIndexM},
		{Name: "count", Fn: tupleCountM},
		{Name: "__getnewargs__", Fn: func(rt *Runtime, t Ref, args []Ref, kwnames Ref) Ref {
			if !rt.ctArgs("tuple.__getnewargs__", args, kwnames, 0, 0) {
				return Nil
			}
			c := rt.TupleFrom(rt.TupleItems(t)...)
			if c == Nil {
				return Nil
			}
			return rt.TuplePack(c)
		}},
		ctSlotMethod("tuple.__getitem__", tupleSubscript),
		ctSlotMethod("tuple.__contains__", func(rt *Runtime, t, v Ref) Ref {
			c := tupleContains(rt, t, v)
			if c < 0 {
				return Nil
			}
			return rt.NewBool(c > 0)
		}),
	}

	ct := rt.ctypes()
	ct.tupleIter = rt.defIterType("tuple_iterator", seqItSize, true)
	ct.tupleIter.Next = func(rt *Runtime, it Ref) Ref {
		s := *rt.RefAt(it, seqItOffSeq)
		if s == Nil {
			return Nil
		}
		i := seqItIndex(rt, it)
		if int(*i) < rt.TupleLen(s) {
			v := rt.TupleItems(s)[*i]
			*i++
			return rt.New(v)
		}
		rt.Replace(rt.RefAt(it, seqItOffSeq), Nil)
		return Nil
	}
	ct.tupleIter.Methods = []MethodDef{{Name: "__length_hint__", Fn: func(rt *Runtime, it Ref, args []Ref, kwnames Ref) Ref {
		s := *rt.RefAt(it, seqItOffSeq)
		if s == Nil {
			return MakeSmallInt(0)
		}
		return rt.NewInt(int64(max(rt.TupleLen(s)-int(*seqItIndex(rt, it)), 0)))
	}}}
}
