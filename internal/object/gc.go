// The GC header and tracking: what the cycle collector (internal/gc) needs from
// every container. See doc.go.

package object

// Containers (types with TypeGC) carry a GC header right after the object header,
// at offset 8:
//
//	offset 0  header    refcnt, type (and the finalized bit, ref.go)
//	       8  gcNext    Ref: next object in its generation list; 0 = untracked
//	      12  gcPrev    Ref: previous object
//	      16  the type's own fields
//
// CPython puts PyGC_Head in front of the object instead. pyheap puts it after the
// header so that every object, container or not, starts 16-byte aligned: heap Refs
// then always have their low bit clear, which is what lets small ints live inside a
// Ref. During a collection the collector borrows the low bit of both links and the
// whole of gcPrev, as CPython does with _gc_next and _gc_prev (internal/gc): gcPrev
// then holds gc_refs<<1 | collecting, and gcNext's low bit marks "tentatively
// unreachable". Outside a collection both are plain Refs.
const (
	gcOffNext    = 8
	gcOffPrev    = 12
	gcHeaderEnd  = 16
	gcListHeadSz = 16
)

// NumGCLists is the number of generation lists: three generations and the
// permanent generation of gc.freeze().
const NumGCLists = 4

// GCList returns the sentinel of generation list i (0..2, 3 = permanent). A
// sentinel is a GC header with no object behind it: an empty list's sentinel links
// to itself.
func (rt *Runtime) GCList(i int) Ref { return rt.gcLists[i] }

// GCNext returns the object after r in its generation list (a sentinel at the end).
func (rt *Runtime) GCNext(r Ref) Ref { return *rt.RefAt(r, gcOffNext) &^ gcLinkFlag }

// GCPrev returns the object before r.
func (rt *Runtime) GCPrev(r Ref) Ref { return *rt.RefAt(r, gcOffPrev) &^ gcLinkFlag }

// gcLinkFlag is the bit of a link word the collector uses for its marks; list
// operations ignore it when reading and keep it when rewriting a neighbour's link,
// so that an object freed during a collection unlinks itself correctly.
const gcLinkFlag = 1

// SetGCLinks sets r's links (clearing any collector mark).
func (rt *Runtime) SetGCLinks(r, prev, next Ref) {
	*rt.RefAt(r, gcOffNext) = next
	*rt.RefAt(r, gcOffPrev) = prev
}

func (rt *Runtime) setGCNextKeep(r, next Ref) {
	p := rt.RefAt(r, gcOffNext)
	*p = next | *p&gcLinkFlag
}

func (rt *Runtime) setGCPrevKeep(r, prev Ref) {
	p := rt.RefAt(r, gcOffPrev)
	*p = prev | *p&gcLinkFlag
}

// GCNextAt and GCPrevAt return the addresses of r's link words, for the collector,
// which stores flags and counts in them during a collection.
func (rt *Runtime) GCNextAt(r Ref) *Ref { return rt.RefAt(r, gcOffNext) }

// GCPrevAt: see GCNextAt.
func (rt *Runtime) GCPrevAt(r Ref) *Ref { return rt.RefAt(r, gcOffPrev) }

// IsTracked reports whether the collector tracks r.
func (rt *Runtime) IsTracked(r Ref) bool {
	return r&1 == 0 && r != 0 && rt.TypeOf(r).Flags&TypeGC != 0 && *rt.RefAt(r, gcOffNext) != 0
}

// Track appends r, a container, to the youngest generation. Immortal objects (the
// static empty tuple, constants) are never tracked: nothing can free them.
func (rt *Runtime) Track(r Ref) {
	if *rt.RefAt(r, gcOffNext) != 0 || rt.isStatic(r) {
		return
	}
	rt.GCListAppend(rt.gcLists[0], r)
}

// Untrack removes r from its generation list.
func (rt *Runtime) Untrack(r Ref) {
	if *rt.RefAt(r, gcOffNext) == 0 {
		return
	}
	rt.GCListRemove(r)
	rt.SetGCLinks(r, 0, 0)
}

// GCListAppend links r at the end of the list with sentinel head.
func (rt *Runtime) GCListAppend(head, r Ref) {
	last := rt.GCPrev(head)
	rt.SetGCLinks(r, last, head)
	rt.setGCNextKeep(last, r)
	rt.setGCPrevKeep(head, r)
}

// GCListRemove unlinks r from whatever list it is on (its links are left stale).
func (rt *Runtime) GCListRemove(r Ref) {
	prev, next := rt.GCPrev(r), rt.GCNext(r)
	rt.setGCNextKeep(prev, next)
	rt.setGCPrevKeep(next, prev)
}

// GCListEmpty reports whether the list with sentinel head is empty.
func (rt *Runtime) GCListEmpty(head Ref) bool { return rt.GCNext(head) == head }

// NewGCListHead allocates a sentinel for a list of the collector's own (Nil with
// MemoryError set on failure); FreeGCListHead frees it.
func (rt *Runtime) NewGCListHead() Ref {
	r := rt.alloc(gcListHeadSz)
	if r != Nil {
		rt.initGCListHead(r)
	}
	return r
}

func (rt *Runtime) initGCListHead(r Ref) {
	*rt.RefAt(r, gcOffNext) = r
	*rt.RefAt(r, gcOffPrev) = r
}

// FreeGCListHead frees a sentinel made by NewGCListHead.
func (rt *Runtime) FreeGCListHead(r Ref) { rt.heap.Free(r.Heap()) }

func (rt *Runtime) finalized(r Ref, t *Type) bool { return rt.hdr(r).typ&hdrFinalized != 0 }

func (rt *Runtime) markFinalized(r Ref, t *Type) { rt.hdr(r).typ |= hdrFinalized }

// IsFinalized reports whether r's finalizer has run (gc.is_finalized).
func (rt *Runtime) IsFinalized(r Ref) bool {
	return r&1 == 0 && r != 0 && rt.finalized(r, rt.TypeOf(r))
}

// SetFinalized marks r as finalized (the collector does, before calling finalizers).
func (rt *Runtime) SetFinalized(r Ref) { rt.markFinalized(r, rt.TypeOf(r)) }
