// The generation lists and the collection algorithm's use of the GC header. See
// doc.go for the states of the link words.

package gc

import "github.com/pyheap/pyheap/internal/object"

// During a collection the link words of an object being collected hold more than
// links (the layout is in internal/object/gc.go):
//
//	gcPrev  (gc_refs << 1) | collecting   after updateRefs, until moveUnreachable
//	                                      reaches the object
//	        prev Ref | collecting         on the unreachable list
//	        prev Ref                      once known reachable (collecting cleared)
//	gcNext  next Ref | unreachable        on the unreachable list, during
//	                                      moveUnreachable only
//	        next Ref                      otherwise
//
// Refs are even, so bit 0 is free in both words; no object outside the collection
// has either bit set.
const (
	prevCollecting  = 1
	nextUnreachable = 1
)

func (c *Collector) next(r object.Ref) object.Ref { return *c.rt.GCNextAt(r) &^ nextUnreachable }
func (c *Collector) prev(r object.Ref) object.Ref { return *c.rt.GCPrevAt(r) &^ prevCollecting }

// setPrev sets r's prev link, keeping its collecting flag.
func (c *Collector) setPrev(r, p object.Ref) {
	w := c.rt.GCPrevAt(r)
	*w = p | *w&prevCollecting
}

func (c *Collector) setNext(r, n object.Ref) { *c.rt.GCNextAt(r) = n }

func (c *Collector) refs(r object.Ref) int { return int(*c.rt.GCPrevAt(r) >> 1) }

func (c *Collector) setRefs(r object.Ref, n int) {
	*c.rt.GCPrevAt(r) = object.Ref(n)<<1 | prevCollecting
}

func (c *Collector) isCollecting(r object.Ref) bool { return *c.rt.GCPrevAt(r)&prevCollecting != 0 }

func (c *Collector) listEmpty(head object.Ref) bool { return c.next(head) == head }

func (c *Collector) size(head object.Ref) int {
	n := 0
	for r := c.next(head); r != head; r = c.next(r) {
		n++
	}
	return n
}

// appendTo links node at the end of list (the flags of node's prev word are kept).
func (c *Collector) appendTo(node, list object.Ref) {
	last := c.prev(list)
	c.setNext(last, node)
	c.setPrev(node, last)
	c.setNext(node, list)
	c.setPrev(list, node)
}

func (c *Collector) unlink(node object.Ref) {
	p, n := c.prev(node), c.next(node)
	c.setNext(p, n)
	c.setPrev(n, p)
}

// moveTo moves node from its list to the end of list.
func (c *Collector) moveTo(node, list object.Ref) {
	c.unlink(node)
	c.appendTo(node, list)
}

// merge moves every object of from to the end of to; from becomes empty.
func (c *Collector) merge(from, to object.Ref) {
	if c.listEmpty(from) {
		return
	}
	toLast := c.prev(to)
	first, last := c.next(from), c.prev(from)
	c.setNext(toLast, first)
	c.setPrev(first, toLast)
	c.setNext(last, to)
	c.setPrev(to, last)
	c.setNext(from, from)
	c.setPrev(from, from)
}

// isGC reports whether r is a heap object of a container type (its GC header exists).
func (c *Collector) isGC(r object.Ref) bool {
	return r&1 == 0 && r != object.Nil && c.rt.TypeOf(r).Flags&object.TypeGC != 0
}

// updateRefs copies each object's reference count into its gc_refs and marks it
// collecting.
func (c *Collector) updateRefs(young object.Ref) {
	for r := c.next(young); r != young; r = c.next(r) {
		c.setRefs(r, int(c.rt.Refcnt(r)))
	}
}

// subtractRefs takes away, from each object's gc_refs, the references held by other
// objects of the set: what remains counts references from outside.
func (c *Collector) subtractRefs(young object.Ref) {
	rt := c.rt
	for r := c.next(young); r != young; r = c.next(r) {
		if tr := rt.TypeOf(r).Traverse; tr != nil {
			tr(rt, r, c.visitSubtract)
		}
	}
}

// subtractVisit is subtractRefs' visit: a reference from inside the set.
func (c *Collector) subtractVisit(o object.Ref) bool {
	if c.isGC(o) && c.isCollecting(o) {
		c.setRefs(o, c.refs(o)-1)
	}
	return true
}

// moveUnreachable walks young in order: an object with references left is
// reachable, and so is everything it refers to (visitReachable marks or moves those
// back); an object with none is moved, tentatively, to unreachable. One pass
// suffices because objects found reachable later are appended to young's end
// (CPython's move_unreachable).
func (c *Collector) moveUnreachable(young, unreachable object.Ref) {
	rt := c.rt
	c.reachableYoung = young
	prev := young
	for r := c.next(young); r != young; r = c.next(prev) {
		if c.refs(r) > 0 {
			if tr := rt.TypeOf(r).Traverse; tr != nil {
				tr(rt, r, c.visitReachable)
			}
			*rt.GCPrevAt(r) = prev // relink, collecting cleared
			prev = r
			continue
		}
		// Tentatively unreachable: unlink from young (singly: prev links there are
		// rebuilt as the walk goes) and append to unreachable, marked.
		*rt.GCNextAt(prev) = c.next(r)
		last := c.prev(unreachable)
		*rt.GCNextAt(last) = r | nextUnreachable
		*rt.GCPrevAt(r) = last | prevCollecting
		*rt.GCNextAt(r) = unreachable | nextUnreachable
		c.setPrev(unreachable, r)
	}
	c.setPrev(young, prev)
	*rt.GCNextAt(unreachable) &^= nextUnreachable
}

// reachableVisit is moveUnreachable's visit: o is referred to by an object found
// reachable, so it is reachable too.
func (c *Collector) reachableVisit(o object.Ref) bool {
	rt, young := c.rt, c.reachableYoung
	if !c.isGC(o) || !c.isCollecting(o) {
		return true
	}
	if *rt.GCNextAt(o)&nextUnreachable != 0 {
		// It was moved to unreachable, but it is reachable after all: back to the
		// end of young, where the walk will get to it again.
		p := c.prev(o)
		n := c.next(o)
		*rt.GCNextAt(p) = *rt.GCNextAt(o) // keeps p's unreachable mark
		c.setPrev(n, p)
		c.appendTo(o, young)
		c.setRefs(o, 1)
	} else if c.refs(o) == 0 {
		// Ahead in young: the walk will see it is reachable.
		c.setRefs(o, 1)
	}
	return true
}

// clearUnreachableMarks removes the unreachable marks moveUnreachable left on the
// next links of list.
func (c *Collector) clearUnreachableMarks(list object.Ref) {
	for r := c.next(list); r != list; r = c.next(r) {
		*c.rt.GCNextAt(r) &^= nextUnreachable
	}
}

// clearCollecting removes the collecting flag from every object of list.
func (c *Collector) clearCollecting(list object.Ref) {
	for r := c.next(list); r != list; r = c.next(r) {
		*c.rt.GCPrevAt(r) &^= prevCollecting
	}
}

// untrackTuples stops tracking the tuples of young that hold only objects that can
// never be in a cycle (CPython's untrack_tuples).
func (c *Collector) untrackTuples(young object.Ref) {
	rt := c.rt
	for r := c.next(young); r != young; {
		n := c.next(r)
		if rt.TypeOf(r) == rt.TupleType {
			rt.MaybeUntrackTuple(r)
		}
		r = n
	}
}

// untrackDicts stops tracking the dicts of young whose keys and values can never be
// in a cycle; only full collections do it (CPython issue #14775).
func (c *Collector) untrackDicts(young object.Ref) {
	rt := c.rt
	for r := c.next(young); r != young; {
		n := c.next(r)
		if rt.TypeOf(r) == rt.DictType {
			rt.DictMaybeUntrack(r)
		}
		r = n
	}
}

// handleWeakrefs clears the weak references to unreachable objects before anything
// else can see them, then calls the callbacks of the weakrefs that are themselves
// reachable (a weakref that is garbage too gets no callback). It returns the number
// of weakrefs freed by running their callbacks (CPython's handle_weakrefs).
func (c *Collector) handleWeakrefs(unreachable, old object.Ref) int {
	rt := c.rt
	toCall := c.newHead()
	defer rt.FreeGCListHead(toCall)
	for r := c.next(unreachable); r != unreachable; r = c.next(r) {
		if rt.IsWeakref(r) {
			rt.ClearWeakref(r)
		}
		head := rt.WeaklistHead(r)
		if head == nil {
			continue
		}
		for *head != object.Nil {
			wr := *head
			rt.ClearWeakref(wr)
			if rt.WeakrefCallback(wr) == object.Nil || c.isCollecting(wr) {
				continue
			}
			rt.Incref(wr)
			c.moveTo(wr, toCall)
		}
	}
	freed := 0
	for !c.listEmpty(toCall) {
		wr := c.next(toCall)
		rt.CallWeakrefCallback(wr)
		rt.Decref(wr)
		if c.next(toCall) == wr {
			c.moveTo(wr, old) // still alive
		} else {
			freed++
		}
	}
	return freed
}

// finalizeGarbage calls the finalizer (__del__) of each unreachable object that has
// one and has not run it yet (PEP 442). Finalizers may free objects or resurrect
// them, so each object is moved to a seen list before its finalizer runs.
func (c *Collector) finalizeGarbage(collectable object.Ref) {
	rt := c.rt
	seen := c.newHead()
	defer rt.FreeGCListHead(seen)
	for !c.listEmpty(collectable) {
		r := c.next(collectable)
		c.moveTo(r, seen)
		t := rt.TypeOf(r)
		if t.Finalize == nil || rt.IsFinalized(r) {
			continue
		}
		rt.SetFinalized(r)
		rt.Incref(r)
		t.Finalize(rt, r)
		if rt.Occurred() {
			rt.WriteUnraisable("", r)
		}
		rt.Decref(r)
	}
	c.merge(seen, collectable)
}

// deleteGarbage breaks the cycles of the objects left unreachable by calling their
// Clear slots (or keeps them in gc.garbage under DEBUG_SAVEALL); what survives goes
// to the old generation.
func (c *Collector) deleteGarbage(collectable, old object.Ref) {
	rt := c.rt
	for !c.listEmpty(collectable) {
		r := c.next(collectable)
		if c.debug&DebugSaveAll != 0 {
			if c.SaveGarbage != nil && !rt.IsInstanceDict(r) {
				c.SaveGarbage(r)
			}
		} else if clear := rt.TypeOf(r).Clear; clear != nil {
			rt.Incref(r)
			clear(rt, r)
			if rt.Occurred() {
				rt.WriteUnraisable("in tp_clear of", r)
			}
			rt.Decref(r)
		}
		if c.next(collectable) == r {
			*rt.GCPrevAt(r) &^= prevCollecting
			c.moveTo(r, old) // still alive
		}
	}
}
