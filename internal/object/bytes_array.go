// The bytearray type: a mutable byte buffer. Methods shared with bytes are in
// bytes_methods.go.

package object

import (
	"bytes"

	"github.com/pyheap/pyheap/internal/heap"
)

// A bytearray is a fixed-size object pointing at a separately allocated buffer on
// the private heap:
//
//	bytearray object                    buffer (a block of its own)
//	offset 0   header                   alloc bytes: size bytes of data, a zero byte,
//	       8   size   uint32            then spare capacity
//	      12   alloc  uint32   capacity of the buffer (0: no buffer)
//	      16   buf    Ref      the buffer; Nil when alloc is 0
//	      20   exports uint32  live memoryviews of the buffer (CPython's ob_exports)
//
// The object is 24 bytes, a 32-byte block (CPython: 56 bytes, a 64-byte block). The
// buffer grows and shrinks as CPython's PyByteArray_Resize decides: a moderate
// growth over-allocates by size/8 + (3 or 6), a larger one allocates exactly size+1;
// shrinking below half the capacity reallocates to size+1. bytearray.__alloc__()
// reports alloc, as CPython's does. Unlike CPython, deleting from the front moves
// the remaining bytes down instead of advancing a start offset (CPython's ob_start),
// so __alloc__() can differ from CPython's after such deletions.
const (
	baOffSize    = 8
	baOffAlloc   = 12
	baOffBuf     = 16
	baOffExports = 20
	baSize       = 24
)

// ByteArrayData returns a bytearray's bytes, a view into its buffer that is valid
// until the bytearray is resized.
func (rt *Runtime) ByteArrayData(r Ref) []byte {
	n := *rt.Uint32At(r, baOffSize)
	if n == 0 {
		return nil
	}
	return rt.Bytes(*rt.RefAt(r, baOffBuf), 0, uintptr(n))
}

// NewByteArray returns a new bytearray holding a copy of data.
func (rt *Runtime) NewByteArray(data []byte) Ref {
	return rt.newByteArrayOfType(rt.ByteArrayType, data)
}

func (rt *Runtime) newByteArrayOfType(t *Type, data []byte) Ref {
	r := rt.AllocObject(t, max(t.Size, baSize))
	if r == Nil {
		return Nil
	}
	if len(data) > 0 {
		if rt.byteArrayResize(r, len(data)) < 0 {
			rt.Decref(r)
			return Nil
		}
		copy(rt.ByteArrayData(r), data)
	}
	return r
}

// byteArrayResize sets the size of a bytearray to n bytes, reallocating its buffer
// as CPython's PyByteArray_Resize does. New bytes are uninitialized. It returns -1
// with MemoryError set on failure, or BufferError while memoryviews export the
// buffer.
func (rt *Runtime) byteArrayResize(r Ref, n int) int {
	size := int(*rt.Uint32At(r, baOffSize))
	alloc := int(*rt.Uint32At(r, baOffAlloc))
	if n == size {
		return 0
	}
	if !rt.byteArrayCanResize(r) {
		return -1
	}
	if n+1 <= alloc {
		if n >= alloc/2 {
			*rt.Uint32At(r, baOffSize) = uint32(n)
			*(*byte)(rt.field(*rt.RefAt(r, baOffBuf), uintptr(n))) = 0
			return 0
		}
		alloc = n + 1
	} else if n*8 <= alloc*9 {
		alloc = n + n>>3
		if n < 9 {
			alloc += 3
		} else {
			alloc += 6
		}
	} else {
		alloc = n + 1
	}
	if alloc > maxStrLen {
		rt.NoMemory()
		return -1
	}
	buf := *rt.RefAt(r, baOffBuf)
	nb := Ref(rt.heap.Realloc(heap.Ref(buf), uintptr(alloc)))
	if nb == Nil {
		rt.NoMemory()
		return -1
	}
	*rt.RefAt(r, baOffBuf) = nb
	*rt.Uint32At(r, baOffAlloc) = uint32(alloc)
	*rt.Uint32At(r, baOffSize) = uint32(n)
	*(*byte)(rt.field(nb, uintptr(n))) = 0
	return 0
}

// byteArrayCanResize reports whether r may change size, raising BufferError while
// memoryviews point into its buffer (memoryview.go; CPython's _canresize).
func (rt *Runtime) byteArrayCanResize(r Ref) bool {
	if *rt.byteArrayExports(r) > 0 {
		rt.Raise("BufferError", "Existing exports of data: object cannot be re-sized")
		return false
	}
	return true
}

// byteArraySetRange replaces the bytes [lo, hi) of r with data (CPython's
// bytearray_setslice_linear).
func (rt *Runtime) byteArraySetRange(r Ref, lo, hi int, data []byte) int {
	size := int(*rt.Uint32At(r, baOffSize))
	growth := len(data) - (hi - lo)
	if growth != 0 && !rt.byteArrayCanResize(r) {
		return -1
	}
	if growth < 0 {
		d := rt.ByteArrayData(r)
		copy(d[lo+len(data):], d[hi:])
		if rt.byteArrayResize(r, size+growth) < 0 {
			return -1
		}
	} else if growth > 0 {
		if rt.byteArrayResize(r, size+growth) < 0 {
			return -1
		}
		d := rt.ByteArrayData(r)
		copy(d[lo+len(data):], d[hi:size])
	}
	if len(data) > 0 {
		copy(rt.ByteArrayData(r)[lo:], data)
	}
	return 0
}

func byteArrayDealloc(rt *Runtime, r Ref) {
	if buf := *rt.RefAt(r, baOffBuf); buf != Nil {
		rt.heap.Free(heap.Ref(buf))
	}
	rt.FreeObject(r)
}

// intsFromIterable converts an iterable of ints in range(256) to bytes.
func (rt *Runtime) intsFromIterable(x Ref) ([]byte, bool) {
	items, ok := rt.iterItems(x)
	if !ok {
		return nil, false
	}
	defer rt.decrefAll(items)
	out := make([]byte, len(items))
	for i, it := range items {
		c, ok := rt.byteArg(it)
		if !ok {
			return nil, false
		}
		out[i] = c
	}
	return out, true
}

func byteArrayAssSubscript(rt *Runtime, self, key, value Ref) int {
	n := int(*rt.Uint32At(self, baOffSize))
	if !rt.IsSlice(key) {
		if !rt.hasIndex(key) {
			rt.Raise("TypeError", "bytearray indices must be integers or slices, not %s", rt.TypeNameOf(key))
			return -1
		}
		i, ok := rt.AsIndex(key, "IndexError")
		if !ok {
			return -1
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			rt.Raise("IndexError", "bytearray index out of range")
			return -1
		}
		if value == Nil {
			return rt.byteArraySetRange(self, i, i+1, nil)
		}
		c, ok := rt.byteArg(value)
		if !ok {
			return -1
		}
		rt.ByteArrayData(self)[i] = c
		return 0
	}
	start, stop, step, count, ok := rt.SliceIndices(key, n)
	if !ok {
		return -1
	}
	var data []byte
	if value != Nil {
		if d, ok := rt.BytesLikeData(value); ok {
			data = append([]byte(nil), d...)
		} else if rt.hasIndex(value) || rt.IsStr(value) || !rt.isIterable(value) {
			rt.Raise("TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			return -1
		} else if data, ok = rt.intsFromIterable(value); !ok {
			return -1
		}
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		return rt.byteArraySetRange(self, start, stop, data)
	}
	d := rt.ByteArrayData(self)
	if value == Nil {
		if count <= 0 {
			return 0
		}
		if !rt.byteArrayCanResize(self) {
			return -1
		}
		if step < 0 {
			start = start + step*(count-1)
			step = -step
		}
		out := d[:0:0]
		out = append(out, d[:start]...)
		for i := start; i < n; i++ {
			if i < start+step*count && (i-start)%step == 0 {
				continue
			}
			out = append(out, d[i])
		}
		copy(d, out)
		return rt.byteArrayResize(self, len(out))
	}
	if len(data) != count {
		rt.Raise("ValueError", "attempt to assign bytes of size %d to extended slice of size %d", len(data), count)
		return -1
	}
	for i := range count {
		d[start+i*step] = data[i]
	}
	return 0
}

func (rt *Runtime) byteArrayExtend(self Ref, x Ref) int {
	var data []byte
	if d, ok := rt.BytesLikeData(x); ok {
		data = append([]byte(nil), d...)
	} else {
		if !rt.isIterable(x) {
			rt.Raise("TypeError", "can't extend bytearray with %s", rt.TypeNameOf(x))
			return -1
		}
		var ok bool
		if data, ok = rt.intsFromIterable(x); !ok {
			return -1
		}
	}
	return rt.byteArrayAppend(self, data)
}

// byteArrayAppend appends data (not a view of self) to a bytearray.
func (rt *Runtime) byteArrayAppend(self Ref, data []byte) int {
	n := len(rt.ByteArrayData(self))
	if rt.byteArrayResize(self, n+len(data)) < 0 {
		return -1
	}
	copy(rt.ByteArrayData(self)[n:], data)
	return 0
}

func (rt *Runtime) initByteArray() {
	t := rt.ByteArrayType
	t.Size = baSize
	t.Dealloc = byteArrayDealloc
	t.RichCompare = bytesRichCompare
	t.Repr = func(rt *Runtime, r Ref) Ref {
		return rt.NewStr(rt.TypeNameOf(r) + "(" + bytesReprQuoted(rt.ByteArrayData(r), true) + ")")
	}
	t.Str = t.Repr
	t.New = func(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
		return rt.AllocObject(t, max(t.Size, baSize))
	}
	t.Init = func(rt *Runtime, self Ref, args []Ref, kwnames Ref) int {
		data, ok := rt.bytesCtorData("bytearray", args, kwnames)
		if !ok {
			return -1
		}
		if rt.byteArrayResize(self, 0) < 0 || rt.byteArrayResize(self, len(data)) < 0 {
			return -1
		}
		copy(rt.ByteArrayData(self), data)
		return 0
	}
	t.Iter = rt.bytesIterSlot("bytearray_iterator")
	length := func(rt *Runtime, r Ref) int { return int(*rt.Uint32At(r, baOffSize)) }
	t.Sequence = &SequenceSlots{
		Length: length,
		Concat: bytesConcat,
		Repeat: func(rt *Runtime, r Ref, n int) Ref { return rt.bytesRepeat(r, n) },
		Item: func(rt *Runtime, r Ref, i int) Ref {
			d := rt.ByteArrayData(r)
			if i < 0 || i >= len(d) {
				rt.Raise("IndexError", "bytearray index out of range")
				return Nil
			}
			return MakeSmallInt(int64(d[i]))
		},
		Contains: bytesContains,
		InplaceConcat: func(rt *Runtime, a, b Ref) Ref {
			d, ok := rt.BytesLikeData(b)
			if !ok {
				rt.Raise("TypeError", "can't concat %s to %s", rt.TypeNameOf(b), rt.TypeNameOf(a))
				return Nil
			}
			if rt.byteArrayAppend(a, append([]byte(nil), d...)) < 0 {
				return Nil
			}
			return rt.New(a)
		},
		InplaceRepeat: func(rt *Runtime, a Ref, n int) Ref {
			d := append([]byte(nil), rt.ByteArrayData(a)...)
			if n <= 0 || len(d) == 0 {
				if rt.byteArrayResize(a, 0) < 0 {
					return Nil
				}
				return rt.New(a)
			}
			if len(d) > maxStrLen/n {
				rt.NoMemory()
				return Nil
			}
			if rt.byteArrayResize(a, len(d)*n) < 0 {
				return Nil
			}
			copy(rt.ByteArrayData(a), bytes.Repeat(d, n))
			return rt.New(a)
		},
	}
	t.Mapping = &MappingSlots{Length: length, Subscript: bytesSubscript, AssSubscript: byteArrayAssSubscript}
	t.Number = &NumberSlots{Remainder: bytesRemainder}
	method := func(name string, min, max int, f func(rt *Runtime, self Ref, args []Ref) Ref) MethodDef {
		return MethodDef{Name: name, Fn: func(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
			if !rt.checkPos("bytearray", name, args, kwnames, min, max) {
				return Nil
			}
			return f(rt, self, args)
		}}
	}
	t.Methods = append(bytesSharedMethods("bytearray"),
		method("append", 1, 1, func(rt *Runtime, self Ref, args []Ref) Ref {
			c, ok := rt.byteArg(args[0])
			if !ok {
				return Nil
			}
			n := len(rt.ByteArrayData(self))
			if rt.byteArrayResize(self, n+1) < 0 {
				return Nil
			}
			rt.ByteArrayData(self)[n] = c
			return rt.None
		}),
		method("extend", 1, 1, func(rt *Runtime, self Ref, args []Ref) Ref {
			if rt.byteArrayExtend(self, args[0]) < 0 {
				return Nil
			}
			return rt.None
		}),
		method("pop", 0, 1, func(rt *Runtime, self Ref, args []Ref) Ref {
			d := rt.ByteArrayData(self)
			i := -1
			if len(args) > 0 {
				var ok bool
				if i, ok = rt.AsIndex(args[0], "OverflowError"); !ok {
					return Nil
				}
			}
			if len(d) == 0 {
				rt.Raise("IndexError", "pop from empty bytearray")
				return Nil
			}
			if i < 0 {
				i += len(d)
			}
			if i < 0 || i >= len(d) {
				rt.Raise("IndexError", "pop index out of range")
				return Nil
			}
			c := d[i]
			if rt.byteArraySetRange(self, i, i+1, nil) < 0 {
				return Nil
			}
			return MakeSmallInt(int64(c))
		}),
		method("remove", 1, 1, func(rt *Runtime, self Ref, args []Ref) Ref {
			c, ok := rt.byteArg(args[0])
			if !ok {
				return Nil
			}
			i := bytes.IndexByte(rt.ByteArrayData(self), c)
			if i < 0 {
				rt.Raise("ValueError", "value not found in bytearray")
				return Nil
			}
			if rt.byteArraySetRange(self, i, i+1, nil) < 0 {
				return Nil
			}
			return rt.None
		}),
		method("insert", 2, 2, func(rt *Runtime, self Ref, args []Ref) Ref {
			i, ok := rt.AsIndex(args[0], "OverflowError")
			if !ok {
				return Nil
			}
			c, ok := rt.byteArg(args[1])
			if !ok {
				return Nil
			}
			n := len(rt.ByteArrayData(self))
			if i < 0 {
				i = max(0, i+n)
			}
			i = min(i, n)
			if rt.byteArraySetRange(self, i, i, []byte{c}) < 0 {
				return Nil
			}
			return rt.None
		}),
		method("clear", 0, 0, func(rt *Runtime, self Ref, args []Ref) Ref {
			if rt.byteArrayResize(self, 0) < 0 {
				return Nil
			}
			return rt.None
		}),
		method("copy", 0, 0, func(rt *Runtime, self Ref, args []Ref) Ref {
			return rt.NewByteArray(rt.ByteArrayData(self))
		}),
		method("reverse", 0, 0, func(rt *Runtime, self Ref, args []Ref) Ref {
			d := rt.ByteArrayData(self)
			for i, j := 0, len(d)-1; i < j; i, j = i+1, j-1 {
				d[i], d[j] = d[j], d[i]
			}
			return rt.None
		}),
		method("__alloc__", 0, 0, func(rt *Runtime, self Ref, args []Ref) Ref {
			return rt.NewInt(int64(*rt.Uint32At(self, baOffAlloc)))
		}),
	)
}
