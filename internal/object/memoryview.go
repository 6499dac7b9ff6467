// The memoryview type: a view of the bytes of a bytes or bytearray object without
// copying them (CPython's buffer protocol, reduced to what those two exporters
// need). See doc.go.

package object

import (
	"fmt"
)

// A memoryview is a container (it refers to its exporter):
//
//	offset 0   header
//	       8   GC header
//	      16   obj     Ref     the exporting object; Nil once released
//	      20   start   uint32  byte offset of item 0 in obj's data
//	      24   length  uint32  number of items (shape[0])
//	      28   step    int32   bytes from one item to the next (strides[0])
//	      32   flags   uint32  mvReadonly, mvReleased
//	      36   format  uint32  the item format: 'B', 'b' or 'c' (one byte each)
//	      40   weak    Ref     weak references
//
// Views are one-dimensional with one-byte items. The exporter's data is found
// again on every access (a bytearray's buffer moves when it grows), which is
// safe because a bytearray with live views refuses to change size: each view that
// is not released holds one export on it (bytearray's exports counter, CPython's
// ob_exports), and byteArrayResize raises BufferError while the count is not 0.
// A view of a view refers to the first view's exporter directly, as CPython's
// views share one managed buffer.
const (
	mvOffObj    = 16
	mvOffStart  = 20
	mvOffLen    = 24
	mvOffStep   = 28
	mvOffFlags  = 32
	mvOffFormat = 36
	mvOffWeak   = 40
	mvSize      = 44

	mvReadonly = 1
	mvReleased = 2
)

// The memory_iterator: header | GC | view Ref | index uint32.
const (
	mvItOffView  = 16
	mvItOffIndex = 20
	mvItSize     = 24
)

func (rt *Runtime) isMemoryView(r Ref) bool {
	return r&1 == 0 && r != Nil && rt.TypeOf(r) == rt.MemoryViewType
}

func mvFlags(rt *Runtime, m Ref) *uint32 { return rt.Uint32At(m, mvOffFlags) }
func mvLen(rt *Runtime, m Ref) int       { return int(*rt.Uint32At(m, mvOffLen)) }
func mvStep(rt *Runtime, m Ref) int      { return int(*(*int32)(rt.field(m, mvOffStep))) }
func mvFormat(rt *Runtime, m Ref) byte   { return byte(*rt.Uint32At(m, mvOffFormat)) }

// mvLive reports whether m is not released, raising CPython's ValueError if it is.
func (rt *Runtime) mvLive(m Ref) bool {
	if *mvFlags(rt, m)&mvReleased != 0 {
		rt.Raise("ValueError", "operation forbidden on released memoryview object")
		return false
	}
	return true
}

// mvBase returns the whole data of m's exporter (a view into the heap).
func (rt *Runtime) mvBase(m Ref) []byte {
	obj := *rt.RefAt(m, mvOffObj)
	if rt.TypeOf(obj).Flags&TypeBytesSubclass != 0 {
		return rt.BytesData(obj)
	}
	return rt.ByteArrayData(obj)
}

// mvBytes returns the bytes m shows, in order: a view into the heap when m is
// contiguous, else a copy.
func (rt *Runtime) mvBytes(m Ref) []byte {
	base := rt.mvBase(m)
	start, n, step := int(*rt.Uint32At(m, mvOffStart)), mvLen(rt, m), mvStep(rt, m)
	if step == 1 {
		return base[start : start+n]
	}
	out := make([]byte, n)
	for i := range out {
		out[i] = base[start+i*step]
	}
	return out
}

// byteArrayExports is the export count of a bytearray (see memoryview.go).
func (rt *Runtime) byteArrayExports(r Ref) *uint32 { return rt.Uint32At(r, baOffExports) }

// newMemoryView returns a view of obj (a bytes or bytearray, or subclass) with
// the given geometry, taking an export on a bytearray.
func (rt *Runtime) newMemoryView(obj Ref, start, n, step int, format byte, readonly bool) Ref {
	m := rt.AllocObject(rt.MemoryViewType, mvSize)
	if m == Nil {
		return Nil
	}
	*rt.RefAt(m, mvOffObj) = rt.New(obj)
	*rt.Uint32At(m, mvOffStart) = uint32(start)
	*rt.Uint32At(m, mvOffLen) = uint32(n)
	*(*int32)(rt.field(m, mvOffStep)) = int32(step)
	*rt.Uint32At(m, mvOffFormat) = uint32(format)
	if readonly {
		*mvFlags(rt, m) = mvReadonly
	}
	if rt.IsSubtype(rt.TypeOf(obj), rt.ByteArrayType) {
		*rt.byteArrayExports(obj)++
	}
	rt.Track(m)
	return m
}

// NewMemoryView returns memoryview(obj), or Nil with TypeError for an object that
// is not bytes-like.
func (rt *Runtime) NewMemoryView(obj Ref) Ref {
	if rt.isMemoryView(obj) {
		if !rt.mvLive(obj) {
			return Nil
		}
		return rt.newMemoryView(*rt.RefAt(obj, mvOffObj), int(*rt.Uint32At(obj, mvOffStart)), mvLen(rt, obj),
			mvStep(rt, obj), mvFormat(rt, obj), *mvFlags(rt, obj)&mvReadonly != 0)
	}
	if obj&1 == 0 && obj != Nil {
		t := rt.TypeOf(obj)
		if t.Flags&TypeBytesSubclass != 0 {
			return rt.newMemoryView(obj, 0, len(rt.BytesData(obj)), 1, 'B', true)
		}
		if rt.IsSubtype(t, rt.ByteArrayType) {
			return rt.newMemoryView(obj, 0, len(rt.ByteArrayData(obj)), 1, 'B', false)
		}
	}
	rt.Raise("TypeError", "memoryview: a bytes-like object is required, not '%s'", rt.TypeNameOf(obj))
	return Nil
}

// mvRelease releases m's export and its exporter (memoryview.release()).
func (rt *Runtime) mvRelease(m Ref) {
	f := mvFlags(rt, m)
	if *f&mvReleased != 0 {
		return
	}
	*f |= mvReleased
	obj := *rt.RefAt(m, mvOffObj)
	if obj != Nil && rt.IsSubtype(rt.TypeOf(obj), rt.ByteArrayType) {
		if e := rt.byteArrayExports(obj); *e > 0 {
			*e--
		}
	}
	rt.Replace(rt.RefAt(m, mvOffObj), Nil)
}

func mvDealloc(rt *Runtime, m Ref) {
	rt.Untrack(m)
	rt.mvRelease(m)
	rt.FreeObject(m)
}

func mvTraverse(rt *Runtime, m Ref, visit VisitFunc) bool {
	obj := *rt.RefAt(m, mvOffObj)
	return obj == Nil || visit(obj)
}

// mvItem returns item i (0 <= i < len) of m as Python sees it.
func (rt *Runtime) mvItem(m Ref, i int) Ref {
	c := rt.mvBase(m)[int(*rt.Uint32At(m, mvOffStart))+i*mvStep(rt, m)]
	switch mvFormat(rt, m) {
	case 'b':
		return rt.NewInt(int64(int8(c)))
	case 'c':
		return rt.New(rt.bytesChar(c))
	}
	return rt.NewInt(int64(c))
}

// mvIndex converts a subscript to an item position, raising IndexError when it is
// out of range.
func (rt *Runtime) mvIndex(m, key Ref) (int, bool) {
	i, ok := rt.AsIndex(key, "IndexError")
	if !ok {
		return 0, false
	}
	n := mvLen(rt, m)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		rt.Raise("IndexError", "index out of bounds on dimension 1")
		return 0, false
	}
	return i, true
}

// mvKey classifies a subscript: an index (an int-like, or a tuple of one), a slice,
// or an invalid key (TypeError raised).
func (rt *Runtime) mvKey(key Ref) (index Ref, slice bool, ok bool) {
	if rt.IsSlice(key) {
		return Nil, true, true
	}
	if rt.IsTuple(key) && rt.TupleLen(key) == 1 && !rt.IsSlice(rt.TupleItems(key)[0]) {
		key = rt.TupleItems(key)[0]
	}
	if rt.hasIndex(key) {
		return key, false, true
	}
	if rt.IsTuple(key) {
		for _, k := range rt.TupleItems(key) {
			if rt.IsSlice(k) {
				rt.Raise("NotImplementedError", "multi-dimensional slicing is not implemented")
				return Nil, false, false
			}
		}
		rt.Raise("TypeError", "memoryview: invalid slice key")
		return Nil, false, false
	}
	rt.Raise("TypeError", "memoryview: invalid slice key")
	return Nil, false, false
}

func mvSubscript(rt *Runtime, m, key Ref) Ref {
	if !rt.mvLive(m) {
		return Nil
	}
	index, isSlice, ok := rt.mvKey(key)
	if !ok {
		return Nil
	}
	if !isSlice {
		i, ok := rt.mvIndex(m, index)
		if !ok {
			return Nil
		}
		return rt.mvItem(m, i)
	}
	start, _, step, count, ok := rt.SliceIndices(key, mvLen(rt, m))
	if !ok {
		return Nil
	}
	s0, st := int(*rt.Uint32At(m, mvOffStart)), mvStep(rt, m)
	first := s0
	if count > 0 {
		first = s0 + start*st
	}
	return rt.newMemoryView(*rt.RefAt(m, mvOffObj), first, count, st*step, mvFormat(rt, m), *mvFlags(rt, m)&mvReadonly != 0)
}

// mvPack converts v to the byte item format f stores, raising CPython's errors.
func (rt *Runtime) mvPack(f byte, v Ref) (byte, bool) {
	if f == 'c' {
		if !rt.IsBytes(v) {
			rt.Raise("TypeError", "memoryview: invalid type for format 'c'")
			return 0, false
		}
		if d := rt.BytesData(v); len(d) == 1 {
			return d[0], true
		}
		rt.Raise("ValueError", "memoryview: invalid value for format 'c'")
		return 0, false
	}
	if !rt.hasIndex(v) {
		rt.Raise("TypeError", "memoryview: invalid type for format '%c'", f)
		return 0, false
	}
	i := rt.NumberIndex(v)
	if i == Nil {
		return 0, false
	}
	defer rt.Decref(i)
	x, ok := rt.IntAsInt64(i)
	lo, hi := int64(0), int64(255)
	if f == 'b' {
		lo, hi = -128, 127
	}
	if !ok || x < lo || x > hi {
		rt.Raise("ValueError", "memoryview: invalid value for format '%c'", f)
		return 0, false
	}
	return byte(x), true
}

func mvAssSubscript(rt *Runtime, m, key, value Ref) int {
	if !rt.mvLive(m) {
		return -1
	}
	if *mvFlags(rt, m)&mvReadonly != 0 {
		rt.Raise("TypeError", "cannot modify read-only memory")
		return -1
	}
	if value == Nil {
		rt.Raise("TypeError", "cannot delete memory")
		return -1
	}
	index, isSlice, ok := rt.mvKey(key)
	if !ok {
		return -1
	}
	base := rt.mvBase(m)
	s0, st := int(*rt.Uint32At(m, mvOffStart)), mvStep(rt, m)
	if !isSlice {
		i, ok := rt.mvIndex(m, index)
		if !ok {
			return -1
		}
		c, ok := rt.mvPack(mvFormat(rt, m), value)
		if !ok {
			return -1
		}
		base[s0+i*st] = c
		return 0
	}
	start, _, step, count, ok := rt.SliceIndices(key, mvLen(rt, m))
	if !ok {
		return -1
	}
	var src []byte
	srcFormat := byte('B')
	if rt.isMemoryView(value) {
		if !rt.mvLive(value) {
			return -1
		}
		src, srcFormat = rt.mvBytes(value), mvFormat(rt, value)
	} else if src, ok = rt.bytesLike(value); !ok {
		return -1
	}
	if len(src) != count || srcFormat != mvFormat(rt, m) && !(srcFormat == 'B' && mvFormat(rt, m) == 'B') {
		rt.Raise("ValueError", "memoryview assignment: lvalue and rvalue have different structures")
		return -1
	}
	src = append([]byte(nil), src...) // the source may overlap the destination
	for k, c := range src {
		base[s0+(start+k*step)*st] = c
	}
	return 0
}

func mvLength(rt *Runtime, m Ref) int {
	if !rt.mvLive(m) {
		return -1
	}
	return mvLen(rt, m)
}

func mvRepr(rt *Runtime, m Ref) Ref {
	if *mvFlags(rt, m)&mvReleased != 0 {
		return rt.NewStr(fmt.Sprintf("<released memory at %#x>", rt.ID(m)))
	}
	return rt.NewStr(fmt.Sprintf("<memory at %#x>", rt.ID(m)))
}

// mvValues returns the items of a live view or a bytes-like object for
// comparison: their values and whether they are bytes (format 'c') or ints.
func (rt *Runtime) mvValues(r Ref) (vals []int, isChar bool, ok bool) {
	var d []byte
	f := byte('B')
	if rt.isMemoryView(r) {
		d, f = rt.mvBytes(r), mvFormat(rt, r)
	} else if d, ok = rt.BytesLikeData(r); !ok {
		return nil, false, false
	}
	vals = make([]int, len(d))
	for i, c := range d {
		if f == 'b' {
			vals[i] = int(int8(c))
		} else {
			vals[i] = int(c)
		}
	}
	return vals, f == 'c', true
}

func mvRichCompare(rt *Runtime, a, b Ref, op CompareOp) Ref {
	if op != EQ && op != NE {
		return rt.New(rt.NotImplemented)
	}
	if !rt.isMemoryView(a) {
		a, b = b, a
	}
	eq := false
	switch {
	case a == b:
		eq = true
	case *mvFlags(rt, a)&mvReleased != 0 || rt.isMemoryView(b) && *mvFlags(rt, b)&mvReleased != 0:
		eq = false
	default:
		x, xc, _ := rt.mvValues(a)
		y, yc, ok := rt.mvValues(b)
		if !ok {
			return rt.New(rt.NotImplemented)
		}
		eq = len(x) == len(y) && (len(x) == 0 || xc == yc)
		for i := 0; eq && i < len(x); i++ {
			eq = x[i] == y[i]
		}
	}
	return rt.NewBool(eq == (op == EQ))
}

func mvHash(rt *Runtime, m Ref) (int64, bool) {
	if !rt.mvLive(m) {
		return 0, false
	}
	if *mvFlags(rt, m)&mvReadonly == 0 {
		rt.Raise("ValueError", "cannot hash writable memoryview object")
		return 0, false
	}
	b := rt.NewBytes(rt.mvBytes(m))
	if b == Nil {
		return 0, false
	}
	defer rt.Decref(b)
	return rt.BytesHash(b), true
}

func mvIter(rt *Runtime, m Ref) Ref {
	if !rt.mvLive(m) {
		return Nil
	}
	it := rt.AllocObject(rt.ctypes().memoryIter, mvItSize)
	if it == Nil {
		return Nil
	}
	*rt.RefAt(it, mvItOffView) = rt.New(m)
	rt.Track(it)
	return it
}

func mvIterNext(rt *Runtime, it Ref) Ref {
	m := *rt.RefAt(it, mvItOffView)
	if m == Nil {
		return Nil
	}
	if !rt.mvLive(m) {
		return Nil
	}
	i := rt.Uint32At(it, mvItOffIndex)
	if int(*i) >= mvLen(rt, m) {
		rt.Replace(rt.RefAt(it, mvItOffView), Nil)
		return Nil
	}
	v := rt.mvItem(m, int(*i))
	*i++
	return v
}

// mvGetter wraps a memoryview attribute that fails on a released view.
func mvGetter(name string, get func(rt *Runtime, m Ref) Ref) GetSetDef {
	return GetSetDef{Name: name, Get: func(rt *Runtime, m Ref) Ref {
		if !rt.mvLive(m) {
			return Nil
		}
		return get(rt, m)
	}}
}

func (rt *Runtime) initMemoryView() {
	t := rt.MemoryViewType
	t.Size = mvSize
	t.WeaklistOffset = mvOffWeak
	t.Dealloc, t.Traverse = mvDealloc, mvTraverse
	t.Clear = func(rt *Runtime, m Ref) { rt.mvRelease(m) }
	t.Repr = mvRepr
	t.RichCompare = mvRichCompare
	t.Hash = mvHash
	t.Iter = mvIter
	t.Mapping = &MappingSlots{Length: mvLength, Subscript: mvSubscript, AssSubscript: mvAssSubscript}
	t.Sequence = &SequenceSlots{Length: mvLength}
	t.New = func(rt *Runtime, _ *Type, args []Ref, kwnames Ref) Ref {
		if len(args) == 0 {
			rt.Raise("TypeError", "memoryview() missing required argument 'object' (pos 1)")
			return Nil
		}
		a, ok := rt.parseKw("memoryview", args, kwnames, []string{"object"}, 0, 1)
		if !ok {
			return Nil
		}
		return rt.NewMemoryView(a[0])
	}
	ro := func(rt *Runtime, m Ref) bool { return *mvFlags(rt, m)&mvReadonly != 0 }
	t.GetSets = []GetSetDef{
		mvGetter("obj", func(rt *Runtime, m Ref) Ref { return rt.New(*rt.RefAt(m, mvOffObj)) }),
		mvGetter("nbytes", func(rt *Runtime, m Ref) Ref { return rt.NewInt(int64(mvLen(rt, m))) }),
		mvGetter("readonly", func(rt *Runtime, m Ref) Ref { return rt.NewBool(ro(rt, m)) }),
		mvGetter("itemsize", func(rt *Runtime, m Ref) Ref { return rt.NewInt(1) }),
		mvGetter("format", func(rt *Runtime, m Ref) Ref { return rt.NewStr(string(mvFormat(rt, m))) }),
		mvGetter("ndim", func(rt *Runtime, m Ref) Ref { return rt.NewInt(1) }),
		mvGetter("shape", func(rt *Runtime, m Ref) Ref {
			n := rt.NewInt(int64(mvLen(rt, m)))
			defer rt.Decref(n)
			return rt.TupleFrom(n)
		}),
		mvGetter("strides", func(rt *Runtime, m Ref) Ref {
			s := rt.NewInt(int64(mvStep(rt, m)))
			defer rt.Decref(s)
			return rt.TupleFrom(s)
		}),
		mvGetter("suboffsets", func(rt *Runtime, m Ref) Ref { return rt.New(rt.EmptyTuple) }),
		mvGetter("c_contiguous", func(rt *Runtime, m Ref) Ref { return rt.NewBool(mvStep(rt, m) == 1 || mvLen(rt, m) <= 1) }),
		mvGetter("f_contiguous", func(rt *Runtime, m Ref) Ref { return rt.NewBool(mvStep(rt, m) == 1 || mvLen(rt, m) <= 1) }),
		mvGetter("contiguous", func(rt *Runtime, m Ref) Ref { return rt.NewBool(mvStep(rt, m) == 1 || mvLen(rt, m) <= 1) }),
	}
	method := func(name string, min, max int, f func(rt *Runtime, m Ref, args []Ref) Ref) MethodDef {
		return MethodDef{Name: name, Fn: func(rt *Runtime, m Ref, args []Ref, kwnames Ref) Ref {
			if !rt.ctArgs("memoryview."+name, args, kwnames, min, max) || !rt.mvLive(m) {
				return Nil
			}
			return f(rt, m, args)
		}}
	}
	t.Methods = []MethodDef{
		{Name: "tobytes", Fn: func(rt *Runtime, m Ref, args []Ref, kwnames Ref) Ref {
			a, ok := rt.parseKw("tobytes", args, kwnames, []string{"order"}, 0, 0)
			if !ok || !rt.mvLive(m) {
				return Nil
			}
			if o := a[0]; o != Nil && o != rt.None {
				if !rt.IsStr(o) {
					rt.Raise("TypeError", "tobytes() argument 'order' must be str or None, not %s", rt.TypeNameOf(o))
					return Nil
				}
				if s := rt.GoString(o); s != "C" && s != "F" && s != "A" {
					rt.Raise("ValueError", "order must be 'C', 'F' or 'A'")
					return Nil
				}
			}
			return rt.NewBytes(rt.mvBytes(m))
		}},
		method("tolist", 0, 0, func(rt *Runtime, m Ref, args []Ref) Ref {
			n := mvLen(rt, m)
			items := make([]Ref, n)
			for i := range items {
				items[i] = rt.mvItem(m, i)
			}
			return rt.newListSteal(items)
		}),
		{Name: "hex", Fn: func(rt *Runtime, m Ref, args []Ref, kwnames Ref) Ref {
			if !rt.mvLive(m) {
				return Nil
			}
			return rt.bytesHex(append([]byte(nil), rt.mvBytes(m)...), args, kwnames)
		}},
		method("release", 0, 0, func(rt *Runtime, m Ref, args []Ref) Ref {
			rt.mvRelease(m)
			return rt.New(rt.None)
		}),
		method("toreadonly", 0, 0, func(rt *Runtime, m Ref, args []Ref) Ref {
			return rt.newMemoryView(*rt.RefAt(m, mvOffObj), int(*rt.Uint32At(m, mvOffStart)), mvLen(rt, m),
				mvStep(rt, m), mvFormat(rt, m), true)
		}),
		{Name: "cast", Fn: mvCast},
		method("__enter__", 0, 0, func(rt *Runtime, m Ref, args []Ref) Ref { return rt.New(m) }),
		{Name: "__exit__", Fn: func(rt *Runtime, m Ref, args []Ref, kwnames Ref) Ref {
			rt.mvRelease(m)
			return rt.New(rt.None)
		}},
	}

	it := rt.defIterType("memory_iterator", mvItSize, true)
	it.Next = mvIterNext
	rt.ctypes().memoryIter = it
}

// mvCast is memoryview.cast(format, shape=None) for the one-byte formats.
func mvCast(rt *Runtime, m Ref, args []Ref, kwnames Ref) Ref {
	if len(args) == 0 {
		rt.Raise("TypeError", "cast() missing required argument 'format' (pos 1)")
		return Nil
	}
	a, ok := rt.parseKw("cast", args, kwnames, []string{"format", "shape"}, 0, 1)
	if !ok || !rt.mvLive(m) {
		return Nil
	}
	if !rt.IsStr(a[0]) {
		rt.Raise("TypeError", "memoryview: format argument must be a string")
		return Nil
	}
	if mvStep(rt, m) != 1 && mvLen(rt, m) > 1 {
		rt.Raise("TypeError", "memoryview: casts are restricted to C-contiguous views")
		return Nil
	}
	f := rt.GoString(a[0])
	if len(f) == 2 && f[0] == '@' {
		f = f[1:]
	}
	if len(f) != 1 || !isNativeFormat(f[0]) {
		rt.Raise("ValueError", "memoryview: destination format must be a native single character format prefixed with an optional '@'")
		return Nil
	}
	if f != "B" && f != "b" && f != "c" {
		rt.Raise("NotImplementedError", "memoryview: pyheap casts only to the one-byte formats 'B', 'b' and 'c'")
		return Nil
	}
	if s := a[1]; s != Nil && s != rt.None {
		if !rt.IsTuple(s) && !rt.IsList(s) {
			rt.Raise("TypeError", "shape must be a list or a tuple")
			return Nil
		}
		n := rt.Len(s)
		if n != 1 {
			rt.Raise("NotImplementedError", "memoryview: pyheap views are one-dimensional")
			return Nil
		}
		item := rt.GetItem(s, rt.NewInt(0))
		if item == Nil {
			return Nil
		}
		v, ok := rt.AsIndex(item, "OverflowError")
		rt.Decref(item)
		if !ok {
			return Nil
		}
		if v != mvLen(rt, m) {
			rt.Raise("TypeError", "memoryview: product(shape) * itemsize != buffer size")
			return Nil
		}
	}
	return rt.newMemoryView(*rt.RefAt(m, mvOffObj), int(*rt.Uint32At(m, mvOffStart)), mvLen(rt, m), 1, f[0],
		*mvFlags(rt, m)&mvReadonly != 0)
}

// isNativeFormat reports whether c is one of the struct module's native format
// characters, which memoryview.cast accepts.
func isNativeFormat(c byte) bool {
	switch c {
	case 'c', 'b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'f', 'd', 'e', '?', 'P':
		return true
	}
	return false
}
