// Package collections is the _collections module: the parts of CPython 3.11's
// Modules/_collectionsmodule.c that collections/__init__.py imports for speed —
// the deque type with its two iterators, the Counter helper _count_elements and
// the _tuplegetter descriptor namedtuple's fields are made of. defaultdict and
// OrderedDict stay in Python (internal/modules/pysrc/collections.py).
//
// # The deque: a ring buffer in the private heap
//
// A deque is a container object of fixed size whose items live in a separate
// block of the private heap used as a ring buffer:
//
//	deque object                              ring (a block of its own)
//	offset 0   header                         cap × Ref, a power of two
//	       8   GC header
//	      16   ring      Ref     the ring block; Nil when cap is 0
//	      20   cap       uint32  slots in the ring: 0 or a power of two >= 8
//	      24   head      uint32  slot of the leftmost item
//	      28   len       uint32  items in use
//	      32   state     uint32  bumped by every change that moves items
//	      36   weaklist  Ref     head of the weak-reference list
//	      40   maxlen    int64   -1: unbounded
//
// Item i (0 = leftmost) is in slot (head+i) & (cap-1); the slots outside
// [head, head+len) hold garbage and are never read. The object is 48 bytes
// (CPython: 624 with its first block); an item costs 4 bytes (CPython: 8), and
// a subclass's __dict__ and __weakref__ fields follow at 48.
//
// CPython links blocks of 64 items so that appends never move data and it never
// calls realloc; pyheap chooses a ring buffer instead because
//   - indexing (d[i], d[i] = v, insert, del, index with a start) is O(1) address
//     arithmetic rather than a walk over up to n/128 blocks;
//   - the steady state of a queue (append on one side, pop on the other) touches
//     no allocator at all, where CPython frees and mallocs a block every 64 items;
//   - growth doubles the ring (amortised O(1) per item, each item copied once on
//     average) and the ring halves when it falls to a quarter full, so memory
//     follows the length as CPython's freed blocks do, with hysteresis;
//   - a block of Refs is what the private heap's pools and free store serve best,
//     and a single block keeps traverse and clear one loop.
//
// state is CPython's mutation counter: iterators, count, index, remove, the
// comparisons and `in` remember it and raise RuntimeError ("deque mutated during
// iteration") when a callback into Python changed the deque under them. It is
// bumped by exactly the operations CPython bumps it for (not by d[i] = v nor by
// reverse()), so the same programs see the error. No Go slice of the ring is kept
// across a call that can run Python code (a comparison, an iterator's next, a
// decref that runs __del__): the ring may move or shrink meanwhile, and every
// step re-reads the object's fields.
//
// # _count_elements and _tuplegetter
//
// _count_elements(mapping, iterable) counts into a dict (or a Counter whose get
// and __setitem__ are dict's) with one hash per key and no method calls, as
// CPython's fast path does; any other mapping goes through mapping.get(k, 0) + 1
// and mapping[k] = ..., the generic protocol. _tuplegetter(index, doc) is the data
// descriptor of a namedtuple field: on an instance it is tuple item index, on the
// class the descriptor itself, and it cannot be set or deleted.
//
// # Speed (measured on /work/micro, before -> after this package)
//
//	parts.py t_deque        5.1 ms -> 0.9-1.1 ms   CPython 0.5 ms
//	parts.py t_counter      3.0 ms -> 0.5 ms       CPython 0.6 ms
//	parts.py t_namedtuple   2.1 ms -> 1.0 ms       CPython 1.0 ms
//
// What t_deque still spends is the eval loop's path for calling any built-in
// method and len() (rt.Call through the method descriptor's Call slot): a loop
// of list.append/len/list.pop costs the same as the deque one, and the deque
// code itself is about a tenth of a profile of append+popleft. Two things were
// tried here and kept: a struct view of the object (dequeObj) instead of an
// address computation per field (t_deque 1.0 -> 0.9 ms), and append/popleft
// written without the argument-checking closures (10M append+popleft 0.63 ->
// 0.61 s).
package collections

import (
	"strings"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

type Ref = object.Ref

const Nil = object.Nil

// New builds the _collections module. It returns a new reference, or Nil with an
// exception set.
func New(rt *object.Runtime) object.Ref {
	m := rt.NewModule("_collections")
	if m == Nil {
		return Nil
	}
	ns := rt.ModuleDict(m)
	dk := newDequeTypes(rt)
	rt.DictSetStr(ns, "deque", dk.deque.Ref)
	rt.DictSetStr(ns, "_deque_iterator", dk.iter.Ref)
	rt.DictSetStr(ns, "_deque_reverse_iterator", dk.reviter.Ref)
	rt.DictSetStr(ns, "_tuplegetter", newTupleGetterType(rt).Ref)
	doc := rt.NewStr("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n")
	modargs.SetConst(rt, m, "__doc__", doc)
	if !modargs.AddFuncs(rt, m, []*object.MethodDef{countElementsDef()}) {
		rt.Decref(m)
		return Nil
	}
	return m
}

// newType defines a built-in type named fullName ("collections.deque": the
// tp_name messages show), with __name__ its last part and __module__ the rest.
// It is made as a static type, so that the VM gives it the slot wrappers
// (__init__, __len__, __getitem__...) super() and explicit calls find.
func newType(rt *object.Runtime, fullName string, size uintptr, flags object.TypeFlags, setup func(t *object.Type)) *object.Type {
	t := rt.NewStaticType(fullName, nil, size, flags, setup)
	i := strings.LastIndexByte(fullName, '.')
	mod := rt.NewStr(fullName[:i])
	rt.DictSetStr(rt.TypeDict(t), "__module__", mod)
	rt.Decref(mod)
	return t
}
