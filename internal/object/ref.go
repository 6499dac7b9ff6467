// References, the object header, and reference counting. See doc.go.

package object

import (
	"math/bits"
	"slices"
	"unsafe"

	"github.com/pyheap/pyheap/internal/heap"
)

// Ref is a reference to a Python object: a 32-bit value that is either
//
//   - a heap reference (low bit 0): the object's offset in the interpreter's private
//     heap in 8-byte units (heap.Ref). Every object starts 16-byte aligned, so the
//     low bit of a heap reference is always 0;
//   - a small int (low bit 1): an int in [SmallIntMin, SmallIntMax] stored in the
//     upper 31 bits, with no memory behind it;
//   - Nil (0): no object. Functions that return a Ref return Nil when they raised an
//     exception (CPython's NULL).
type Ref uint32

// Nil is the absent reference: an error return, an empty slot.
const Nil Ref = 0

// The range of ints that live inside a Ref.
const (
	SmallIntMin = -1 << 30
	SmallIntMax = 1<<30 - 1
)

// IsSmallInt reports whether r is a small int rather than a heap reference.
func (r Ref) IsSmallInt() bool { return r&1 != 0 }

// SmallInt returns the value of a small int Ref.
func (r Ref) SmallInt() int64 { return int64(int32(r) >> 1) }

// FitsSmallInt reports whether v can be a small int Ref.
func FitsSmallInt(v int64) bool { return v >= SmallIntMin && v <= SmallIntMax }

// MakeSmallInt returns the Ref of v, which must satisfy FitsSmallInt.
func MakeSmallInt(v int64) Ref { return Ref(uint32(int32(v)<<1) | 1) }

// Heap returns the heap reference of a Ref that is not a small int.
func (r Ref) Heap() heap.Ref { return heap.Ref(r) }

// header is the start of every object in the heap (CPython's PyObject): 8 bytes.
type header struct {
	// refcnt counts the references to the object. Static objects (the data area)
	// start at immortal, a bias so large that their counts never reach zero from
	// balanced counting; should one reach zero anyway (code that returns a borrowed
	// None as a new reference, which their immortality forgave), dealloc restores
	// the bias instead of freeing.
	refcnt uint32
	// typ is the object's type object. Its low bit (type objects are 16-byte
	// aligned, so their Refs are even) is the PEP 442 "finalized" flag: the object's
	// finalizer has run. TypeOf masks it.
	typ Ref
}

// hdrFinalized is the "finalized" bit of header.typ.
const hdrFinalized = 1

const (
	headerSize = 8
	// immortal is the starting count of static objects, which never die. Incref and
	// Decref count them like any object (no test on the fast path: Decref stays
	// small enough for the Go compiler to inline); dealloc recognizes them by
	// address.
	immortal = 1 << 31
)

// Ptr returns the address of a heap object. r must not be a small int or Nil.
func (rt *Runtime) Ptr(r Ref) unsafe.Pointer {
	return unsafe.Add(rt.base, uintptr(r)<<heap.RefShift)
}

func (rt *Runtime) hdr(r Ref) *header { return (*header)(rt.Ptr(r)) }

// Incref adds a reference to r. Small ints, Nil and immortal objects are left alone.
func (rt *Runtime) Incref(r Ref) {
	if r&1 == 0 && r != 0 {
		(*header)(unsafe.Add(rt.base, uintptr(r)<<heap.RefShift)).refcnt++
	}
}

// Decref drops a reference to r; the object is deallocated when its count reaches
// zero. Small ints, Nil and immortal objects are left alone.
func (rt *Runtime) Decref(r Ref) {
	// One unsigned compare for "even and not Nil": rotated right by one, a small
	// int (odd) lands at or above 1<<31, Nil at 0.
	if bits.RotateLeft32(uint32(r), -1)-1 < 1<<31-1 {
		p := (*uint32)(unsafe.Add(rt.base, uintptr(r)<<heap.RefShift))
		if *p--; *p == 0 {
			rt.Dealloc(r)
		}
	}
}

// refShift is heap.RefShift, for accessors written out to stay inlinable.
const refShift = heap.RefShift

// isHeapRef reports whether r refers to a heap object (neither a small int nor
// Nil): Decref's test, for loops that drop references inline with Unref.
func isHeapRef(r Ref) bool { return bits.RotateLeft32(uint32(r), -1)-1 < 1<<31-1 }

// Unref drops a reference to the heap object r (never a small int or Nil) and
// reports whether it was the last: the caller must then call Dealloc(r). It is
// Decref split for the eval loop: Go inlines only functions of cost 20 or less
// into a function as big as the loop, and Unref is 20 (Decref, with its call, is
// 89), so a reference dropped there costs no call unless the object dies.
func (rt *Runtime) Unref(r Ref) bool {
	p := (*uint32)(unsafe.Add(rt.base, uintptr(r)<<heap.RefShift))
	*p--
	return *p == 0
}

// RawType returns the type word of the heap object r (never a small int or Nil):
// its type object, with the PEP 442 "finalized" flag in the low bit. It is
// TypeRefOf for the eval loop (small enough to inline there); comparing it with a
// type's Ref is false for a finalized object, which the loop's general paths handle.
func (rt *Runtime) RawType(r Ref) Ref {
	return (*header)(unsafe.Add(rt.base, uintptr(r)<<heap.RefShift)).typ
}

// isStatic reports whether r is a static object (in the data area: immortal).
func (rt *Runtime) isStatic(r Ref) bool { return r >= rt.data && r < rt.dataEnd }

// Refcnt returns r's reference count (what sys.getrefcount reports, less the
// argument's own reference). Small ints and immortal objects report immortal's value.
func (rt *Runtime) Refcnt(r Ref) uint32 {
	if r&1 != 0 || r == 0 || rt.isStatic(r) {
		return immortal
	}
	return rt.hdr(r).refcnt
}

// IsImmortal reports whether r never dies.
func (rt *Runtime) IsImmortal(r Ref) bool { return rt.Refcnt(r) >= immortal }

// New returns a new reference: Incref(r) then r, for returning a borrowed reference
// as a new one in one expression.
func (rt *Runtime) New(r Ref) Ref {
	rt.Incref(r)
	return r
}

// Replace stores src (a new reference, or Nil) into *slot and drops the reference
// *slot held: the order CPython's Py_SETREF uses, so a destructor that looks at the
// slot never sees a dead object.
func (rt *Runtime) Replace(slot *Ref, src Ref) {
	old := *slot
	*slot = src
	rt.Decref(old)
}

// Dealloc destroys an object whose count reached zero (Decref, or Unref in the
// eval loop, found it so). A destructor drops the
// references its object held with plain Decref; when one of those reaches zero while
// another object is being destroyed, it is queued on rt.pending instead of destroyed
// on the spot, so freeing a million nested lists or a long linked chain runs in this
// loop instead of recursing on the Go stack (CPython's trashcan, made unconditional).
func (rt *Runtime) Dealloc(r Ref) {
	if rt.hdr(r).typ == rt.FloatType.Ref && rt.free.floatCount < floatFreeLimit {
		// The commonest death, a float (floatDealloc's free list, inline).
		*rt.RefAt(r, floatOffValue) = rt.free.float
		rt.free.float = r
		rt.free.floatCount++
		return
	}
	if rt.isStatic(r) {
		rt.hdr(r).refcnt = immortal
		return
	}
	if rt.deallocating {
		if t := rt.hdr(r).typ; t == rt.StrType.Ref || t == rt.IntType.Ref || t == rt.BytesType.Ref {
			// A str, int or bytes holds no references and runs no code when it
			// dies: it is freed at once, not queued, so that a list of a million
			// strs dying does not grow the queue (Go memory) to a million.
			rt.destroy(r)
			return
		}
		rt.pending = append(rt.pending, r)
		return
	}
	rt.deallocating = true
	// A finalizer run by destroy may free objects with a loop of its own; that loop
	// handles only what it queued, above base.
	base := len(rt.pending)
	rt.destroy(r)
	if len(rt.pending) == base {
		// Nothing else died (a float, a str, a container of live objects): the
		// common case, without the queue.
		rt.deallocating = false
		return
	}
	slices.Reverse(rt.pending[base:]) // see below
	r = rt.pending[len(rt.pending)-1]
	rt.pending = rt.pending[:len(rt.pending)-1]
	for {
		mark := len(rt.pending)
		rt.destroy(r)
		// The objects r's destructor let go of are destroyed next, in the order it
		// let go of them, each before its siblings' turn: the order CPython's
		// recursive deallocation has (a list's items last to first, a dict's values
		// first to last, depth first), which __del__ output makes visible.
		slices.Reverse(rt.pending[mark:])
		n := len(rt.pending)
		if n == base {
			break
		}
		r = rt.pending[n-1]
		rt.pending = rt.pending[:n-1]
	}
	if base == 0 && cap(rt.pending) > maxPendingKept {
		rt.pending = nil // a huge graph died: do not keep its queue for ever
	}
	rt.deallocating = false
}

// maxPendingKept bounds the deallocation queue kept for reuse between deaths
// (entries: 4 bytes each: at most 256 KiB kept, enough for a dict of 60,000
// tuples dying in a loop without a new queue each time).
const maxPendingKept = 1 << 16

// destroy runs the type's finalizer and destructor of one dead object.
func (rt *Runtime) destroy(r Ref) {
	t := rt.TypeOf(r)
	if t.Finalize != nil && !rt.finalized(r, t) {
		// PEP 442: the finalizer runs once, with the object alive again for its
		// duration; if it resurrected the object, the object lives on.
		h := rt.hdr(r)
		h.refcnt = 1
		rt.markFinalized(r, t)
		wasDeallocating := rt.deallocating
		rt.deallocating = false // a finalizer may free objects itself
		t.Finalize(rt, r)
		rt.deallocating = wasDeallocating
		h.refcnt--
		if h.refcnt != 0 {
			return
		}
	}
	if t.WeaklistOffset != 0 {
		rt.ClearWeakrefs(r)
	}
	t.Dealloc(rt, r)
}
