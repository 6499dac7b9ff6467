// The memoryview type: a view of the bytes of a bytes or bytearray object without
// copying them (CPython's buffer protocol, reduced to what those two exporters
// need). See doc.go.

package object

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
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
//	      36   format  uint32  the item format (a struct character: 'B', 'i', 'd', ...),
//	                           mvAtPrefix when it was spelled with '@'
//	      40   weak    Ref     weak references
//
// Views are one-dimensional; items are one byte (B, b, c, ?) or more (h, i, q, d,
// ... in native, little-endian order), the formats memoryview.cast accepts. start
// and step count bytes. The exporter's data is found
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

	mvAtPrefix = 0x100
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
func mvItemsize(rt *Runtime, m Ref) int  { return formatItemsize(mvFormat(rt, m)) }

// formatItemsize is the size of an item of a native struct format character (0
// for one memoryview does not know).
func formatItemsize(c byte) int {
	switch c {
	case 'c', 'b', 'B', '?':
		return 1
	case 'h', 'H':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
		return 8
	}
	return 0
}

func isByteFormat(c byte) bool { return c == 'B' || c == 'b' || c == 'c' }

// mvFormatString is m.format: the character, with the '@' it was given with.
func mvFormatString(rt *Runtime, m Ref) string {
	f := *rt.Uint32At(m, mvOffFormat)
	if f&mvAtPrefix != 0 {
		return "@" + string(byte(f))
	}
	return string(byte(f))
}

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
	start, n, step, size := int(*rt.Uint32At(m, mvOffStart)), mvLen(rt, m), mvStep(rt, m), mvItemsize(rt, m)
	if step == size {
		return base[start : start+n*size]
	}
	out := make([]byte, 0, n*size)
	for i := 0; i < n; i++ {
		p := start + i*step
		out = append(out, base[p:p+size]...)
	}
	return out
}

// byteArrayExports is the export count of a bytearray (see memoryview.go).
func (rt *Runtime) byteArrayExports(r Ref) *uint32 { return rt.Uint32At(r, baOffExports) }

// newMemoryView returns a view of obj (a bytes or bytearray, or subclass) with
// the given geometry, taking an export on a bytearray.
func (rt *Runtime) newMemoryView(obj Ref, start, n, step int, format uint32, readonly bool) Ref {
	m := rt.AllocObject(rt.MemoryViewType, mvSize)
	if m == Nil {
		return Nil
	}
	*rt.RefAt(m, mvOffObj) = rt.New(obj)
	*rt.Uint32At(m, mvOffStart) = uint32(start)
	*rt.Uint32At(m, mvOffLen) = uint32(n)
	*(*int32)(rt.field(m, mvOffStep)) = int32(step)
	*rt.Uint32At(m, mvOffFormat) = format
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
			mvStep(rt, obj), *rt.Uint32At(obj, mvOffFormat), *mvFlags(rt, obj)&mvReadonly != 0)
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
	size := mvItemsize(rt, m)
	p := int(*rt.Uint32At(m, mvOffStart)) + i*mvStep(rt, m)
	return rt.unpackItem(mvFormat(rt, m), rt.mvBase(m)[p:p+size])
}

// unpackItem converts the bytes of one item of format f to its Python value.
func (rt *Runtime) unpackItem(f byte, d []byte) Ref {
	switch f {
	case 'B':
		return MakeSmallInt(int64(d[0]))
	case 'b':
		return MakeSmallInt(int64(int8(d[0])))
	case 'c':
		return rt.New(rt.bytesChar(d[0]))
	case '?':
		return rt.NewBool(d[0] != 0)
	case 'h':
		return rt.NewInt(int64(int16(binary.LittleEndian.Uint16(d))))
	case 'H':
		return rt.NewInt(int64(binary.LittleEndian.Uint16(d)))
	case 'i':
		return rt.NewInt(int64(int32(binary.LittleEndian.Uint32(d))))
	case 'I':
		return rt.NewInt(int64(binary.LittleEndian.Uint32(d)))
	case 'l', 'q', 'n':
		return rt.NewInt(int64(binary.LittleEndian.Uint64(d)))
	case 'f':
		return rt.NewFloat(float64(math.Float32frombits(binary.LittleEndian.Uint32(d))))
	case 'd':
		return rt.NewFloat(math.Float64frombits(binary.LittleEndian.Uint64(d)))
	}
	// L, Q, N, P: unsigned 64 bits.
	u := binary.LittleEndian.Uint64(d)
	if u <= math.MaxInt64 {
		return rt.NewInt(int64(u))
	}
	return rt.NewIntFromBig(new(big.Int).SetUint64(u))
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
	return rt.newMemoryView(*rt.RefAt(m, mvOffObj), first, count, st*step, *rt.Uint32At(m, mvOffFormat), *mvFlags(rt, m)&mvReadonly != 0)
}

// mvPack converts v to the bytes of one item of format f, raising CPython's
// errors: TypeError for a value of the wrong kind, ValueError for one out of range.
func (rt *Runtime) mvPack(f byte, v Ref) ([]byte, bool) {
	size := formatItemsize(f)
	out := make([]byte, 8)
	typeErr := func() ([]byte, bool) {
		rt.Raise("TypeError", "memoryview: invalid type for format '%c'", f)
		return nil, false
	}
	valueErr := func() ([]byte, bool) {
		rt.Raise("ValueError", "memoryview: invalid value for format '%c'", f)
		return nil, false
	}
	switch f {
	case 'c':
		if !rt.IsBytes(v) {
			return typeErr()
		}
		if d := rt.BytesData(v); len(d) == 1 {
			return d, true
		}
		return valueErr()
	case '?':
		t := rt.IsTrue(v)
		if t < 0 {
			return nil, false
		}
		return []byte{byte(t)}, true
	case 'f', 'd':
		x, ok := rt.floatArg(v)
		if !ok {
			if rt.ErrMatchesName("TypeError") {
				rt.ClearErr()
				return typeErr()
			}
			rt.ClearErr()
			return valueErr()
		}
		if f == 'f' {
			binary.LittleEndian.PutUint32(out, math.Float32bits(float32(x)))
		} else {
			binary.LittleEndian.PutUint64(out, math.Float64bits(x))
		}
		return out[:size], true
	}
	if !rt.hasIndex(v) {
		return typeErr()
	}
	i := rt.NumberIndex(v)
	if i == Nil {
		return nil, false
	}
	defer rt.Decref(i)
	signed := f == 'b' || f == 'h' || f == 'i' || f == 'l' || f == 'q' || f == 'n'
	if x, ok := rt.IntAsInt64(i); ok && signed {
		if bits := uint(size * 8); bits < 64 && (x < -1<<(bits-1) || x >= 1<<(bits-1)) {
			return valueErr()
		}
		binary.LittleEndian.PutUint64(out, uint64(x))
		return out[:size], true
	}
	if x, ok := rt.IntAsInt64(i); ok && x < 0 && f == 'P' {
		binary.LittleEndian.PutUint64(out, uint64(x)) // a pointer may be given as a negative C long
		return out[:size], true
	}
	if signed {
		return valueErr()
	}
	b := rt.IntBig(i)
	if b.Sign() < 0 || b.BitLen() > size*8 {
		return valueErr()
	}
	binary.LittleEndian.PutUint64(out, b.Uint64())
	return out[:size], true
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
	s0, st, size, f := int(*rt.Uint32At(m, mvOffStart)), mvStep(rt, m), mvItemsize(rt, m), mvFormat(rt, m)
	if !isSlice {
		i, ok := rt.mvIndex(m, index)
		if !ok {
			return -1
		}
		d, ok := rt.mvPack(f, value)
		if !ok {
			return -1
		}
		copy(base[s0+i*st:], d)
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
	if srcFormat != f || len(src) != count*size {
		rt.Raise("ValueError", "memoryview assignment: lvalue and rvalue have different structures")
		return -1
	}
	src = append([]byte(nil), src...) // the source may overlap the destination
	for k := 0; k < count; k++ {
		copy(base[s0+(start+k*step)*st:], src[k*size:(k+1)*size])
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

// mvCompareItems compares a live view with another live view or a bytes-like
// object item by item, as CPython does for different formats: the unpacked
// values compared with ==. ok is false (no exception) when other is neither.
func (rt *Runtime) mvCompareItems(a, other Ref) (eq int, ok bool) {
	var b []byte
	fb, sizeb := byte('B'), 1
	if rt.isMemoryView(other) {
		b, fb, sizeb = rt.mvBytes(other), mvFormat(rt, other), mvItemsize(rt, other)
	} else if b, ok = rt.BytesLikeData(other); !ok {
		return 0, false
	}
	b = append([]byte(nil), b...)
	n := mvLen(rt, a)
	if n != len(b)/sizeb {
		return 0, true
	}
	for i := 0; i < n; i++ {
		x := rt.mvItem(a, i)
		y := rt.unpackItem(fb, b[i*sizeb:(i+1)*sizeb])
		c := rt.RichCompareBool(x, y, EQ)
		rt.Decref(x)
		rt.Decref(y)
		if c != 1 {
			return c, true
		}
	}
	return 1, true
}

func mvRichCompare(rt *Runtime, a, b Ref, op CompareOp) Ref {
	if op != EQ && op != NE {
		return rt.New(rt.NotImplemented)
	}
	if !rt.isMemoryView(a) {
		a, b = b, a
	}
	var eq bool
	if *mvFlags(rt, a)&mvReleased != 0 || rt.isMemoryView(b) && *mvFlags(rt, b)&mvReleased != 0 {
		eq = a == b // a released view equals only itself
	} else {
		c, ok := rt.mvCompareItems(a, b)
		if !ok {
			return rt.New(rt.NotImplemented)
		}
		if c < 0 {
			return Nil
		}
		eq = c == 1
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
	if !isByteFormat(mvFormat(rt, m)) {
		rt.Raise("ValueError", "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
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

// mvContiguous reports whether m's items are adjacent in memory (CPython's rule for one
// dimension: the step is the item size, or there is exactly one item).
func mvContiguous(rt *Runtime, m Ref) bool {
	return mvStep(rt, m) == mvItemsize(rt, m) || mvLen(rt, m) == 1
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
		mvGetter("nbytes", func(rt *Runtime, m Ref) Ref { return rt.NewInt(int64(mvLen(rt, m) * mvItemsize(rt, m))) }),
		mvGetter("readonly", func(rt *Runtime, m Ref) Ref { return rt.NewBool(ro(rt, m)) }),
		mvGetter("itemsize", func(rt *Runtime, m Ref) Ref { return rt.NewInt(int64(mvItemsize(rt, m))) }),
		mvGetter("format", func(rt *Runtime, m Ref) Ref { return rt.NewStr(mvFormatString(rt, m)) }),
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
		mvGetter("c_contiguous", func(rt *Runtime, m Ref) Ref { return rt.NewBool(mvContiguous(rt, m)) }),
		mvGetter("f_contiguous", func(rt *Runtime, m Ref) Ref { return rt.NewBool(mvContiguous(rt, m)) }),
		mvGetter("contiguous", func(rt *Runtime, m Ref) Ref { return rt.NewBool(mvContiguous(rt, m)) }),
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
				mvStep(rt, m), *rt.Uint32At(m, mvOffFormat), true)
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

// mvCast is memoryview.cast(format, shape=None) to a one-dimensional view.
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
	if !mvContiguous(rt, m) {
		rt.Raise("TypeError", "memoryview: casts are restricted to C-contiguous views")
		return Nil
	}
	f := rt.GoString(a[0])
	format := uint32(0)
	if len(f) == 2 && f[0] == '@' {
		f = f[1:]
		format = mvAtPrefix
	}
	if len(f) != 1 || formatItemsize(f[0]) == 0 {
		rt.Raise("ValueError", "memoryview: destination format must be a native single character format prefixed with an optional '@'")
		return Nil
	}
	format |= uint32(f[0])
	if !isByteFormat(mvFormat(rt, m)) && !isByteFormat(f[0]) {
		rt.Raise("TypeError", "memoryview: cannot cast between two non-byte formats")
		return Nil
	}
	size := formatItemsize(f[0])
	nbytes := mvLen(rt, m) * mvItemsize(rt, m)
	if s := a[1]; s != Nil && s != rt.None {
		if !rt.IsTuple(s) && !rt.IsList(s) {
			rt.Raise("TypeError", "shape must be a list or a tuple")
			return Nil
		}
		if n := rt.Len(s); n != 1 {
			rt.Raise("NotImplementedError", "memoryview: pyheap views are one-dimensional")
			return Nil
		}
		item := rt.GetItem(s, MakeSmallInt(0))
		if item == Nil {
			return Nil
		}
		v, ok := rt.AsIndex(item, "OverflowError")
		rt.Decref(item)
		if !ok {
			return Nil
		}
		if v*size != nbytes {
			rt.Raise("TypeError", "memoryview: product(shape) * itemsize != buffer size")
			return Nil
		}
	} else if nbytes%size != 0 {
		rt.Raise("TypeError", "memoryview: length is not a multiple of itemsize")
		return Nil
	}
	return rt.newMemoryView(*rt.RefAt(m, mvOffObj), int(*rt.Uint32At(m, mvOffStart)), nbytes/size, size, format,
		*mvFlags(rt, m)&mvReadonly != 0)
}
