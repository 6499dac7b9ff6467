// The bytes type's representation and core: creation, hashing, the buffer access
// that str, bytes and bytearray share. Methods shared with bytearray are in
// bytes_methods.go, bytearray in bytes_array.go.

package object

import (
	"hash/maphash"
	"unsafe"
)

// A bytes object holds its data inline:
//
//	offset 0   header (refcnt, type)
//	       8   size   uint32   number of bytes
//	      12   hash   int32    -1 until computed
//	      16   data   size bytes, then a zero byte (as CPython keeps, for C strings)
//
// The empty bytes and b'abc' take a 32-byte block, and any bytes of up to 15 bytes does (CPython:
// 33+n bytes, a 48-byte block for the same). The cached hash is 32 bits: the
// per-interpreter seeded 64-bit hash of the data (seeded differently from str's,
// so hash(b'abc') != hash('abc') as in CPython), folded, sign-extended when read;
// -1 means "not computed yet" (a computed -1 is stored as -2, as CPython maps
// hashes). Equal bytes have equal hashes; hash values of bytes are never printed by
// the conformance tests, and a 32-bit hash distributes dict keys as well.
const (
	bytesOffSize = 8
	bytesOffHash = 12
	bytesOffData = 16
)

// BytesLen returns the number of bytes of a bytes object.
func (rt *Runtime) BytesLen(b Ref) int { return int(*rt.Uint32At(b, bytesOffSize)) }

// BytesData returns a bytes object's data, a view into the heap (do not modify).
func (rt *Runtime) BytesData(b Ref) []byte {
	return rt.Bytes(b, bytesOffData, uintptr(rt.BytesLen(b)))
}

// IsBytes reports whether r is a bytes (or an instance of a subclass).
func (rt *Runtime) IsBytes(r Ref) bool {
	return r&1 == 0 && r != Nil && rt.TypeOf(r).Flags&TypeBytesSubclass != 0
}

// newBytesRaw allocates a bytes of n bytes of type t, data uninitialized but
// terminated.
func (rt *Runtime) newBytesRaw(t *Type, n int) Ref {
	if n > maxStrLen-bytesOffData-1 {
		rt.NoMemory()
		return Nil
	}
	size := uintptr(bytesOffData + n + 1)
	var b Ref
	if t == rt.BytesType {
		if b = rt.alloc(size); b == Nil {
			return Nil
		}
		h := rt.hdr(b)
		h.refcnt, h.typ = 1, rt.BytesType.Ref
	} else {
		extra := uintptr(0)
		if t.Size > bytesOffData {
			extra = t.Size - bytesOffData
		}
		if b = rt.AllocObject(t, size+extra); b == Nil {
			return Nil
		}
	}
	*rt.Uint32At(b, bytesOffSize) = uint32(n)
	*(*int32)(rt.field(b, bytesOffHash)) = -1
	*(*byte)(rt.field(b, bytesOffData+uintptr(n))) = 0
	return b
}

// NewBytes returns a new bytes holding a copy of data.
func (rt *Runtime) NewBytes(data []byte) Ref {
	if len(data) == 0 {
		return rt.New(rt.EmptyBytes)
	}
	if len(data) == 1 {
		return rt.bytesChar(data[0])
	}
	b := rt.newBytesRaw(rt.BytesType, len(data))
	if b != Nil {
		copy(rt.Bytes(b, bytesOffData, uintptr(len(data))), data)
	}
	return b
}

// newBytesOfType returns a new bytes of type t (bytes or a subclass) holding data.
func (rt *Runtime) newBytesOfType(t *Type, data []byte) Ref {
	if t == rt.BytesType {
		return rt.NewBytes(data)
	}
	b := rt.newBytesRaw(t, len(data))
	if b != Nil {
		copy(rt.Bytes(b, bytesOffData, uintptr(len(data))), data)
	}
	return b
}

// BytesHash returns the hash of a bytes, computing and caching it on first use.
func (rt *Runtime) BytesHash(b Ref) int64 {
	hp := (*int32)(rt.field(b, bytesOffHash))
	if *hp != -1 {
		return int64(*hp)
	}
	var h maphash.Hash
	h.SetSeed(rt.hashSeed)
	h.WriteByte(0xB7) // bytes hash differently from the str of the same code units
	h.Write(rt.BytesData(b))
	s := h.Sum64()
	v := int32(s ^ s>>32)
	if v == -1 {
		v = -2
	}
	*hp = v
	return int64(v)
}

// BytesLikeData returns the data of an object supporting the buffer protocol
// (bytes, bytearray, their subclasses, memoryview): a view into the heap that is
// valid until the object changes or dies (a copy for a memoryview with a step). ok is false, with no exception set, for other objects.
func (rt *Runtime) BytesLikeData(r Ref) ([]byte, bool) {
	if r&1 != 0 || r == Nil {
		return nil, false
	}
	t := rt.TypeOf(r)
	if t.Flags&TypeBytesSubclass != 0 {
		return rt.BytesData(r), true
	}
	if rt.IsSubtype(t, rt.ByteArrayType) {
		return rt.ByteArrayData(r), true
	}
	if t == rt.MemoryViewType && *mvFlags(rt, r)&mvReleased == 0 {
		return rt.mvBytes(r), true // a copy when the view is not contiguous
	}
	return nil, false
}

// bytesLike returns the data of a bytes-like argument, raising CPython's TypeError
// "a bytes-like object is required, not 'int'" for others.
func (rt *Runtime) bytesLike(r Ref) ([]byte, bool) {
	d, ok := rt.BytesLikeData(r)
	if !ok {
		rt.Raise("TypeError", "a bytes-like object is required, not '%s'", rt.TypeNameOf(r))
	}
	return d, ok
}

// unsafeString views b as a string without copying (for comparisons).
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// The data area holds the empty bytes and the 256 one-byte bytes objects, immortal, one after
// the other (each a 32-byte block: 4 Ref units), as CPython caches them: bytes of one
// byte are shared, so bytes([65]) is b'A'.
const bytesStaticUnits = 4

// bytesChar returns the cached one-byte bytes of c (immortal).
func (rt *Runtime) bytesChar(c byte) Ref { return rt.EmptyBytes + Ref(bytesStaticUnits*(int(c)+1)) }

// initBytesStatic builds the empty bytes and the one-byte bytes in the data area.
func (rt *Runtime) initBytesStatic() {
	mk := func(n int) Ref {
		b := rt.allocStatic(rt.BytesType, bytesOffData+2)
		*rt.Uint32At(b, bytesOffSize) = uint32(n)
		*(*int32)(rt.field(b, bytesOffHash)) = -1
		return b
	}
	rt.EmptyBytes = mk(0)
	for c := range 256 {
		b := mk(1)
		*(*byte)(rt.field(b, bytesOffData)) = byte(c)
		if b != rt.bytesChar(byte(c)) {
			panic("object: the one-byte bytes are not contiguous in the data area")
		}
	}
}
