// Package gc is pyheap's cycle collector: reference counting frees almost every
// object, but not the ones that refer to each other in a cycle; this package finds
// those and frees them, with CPython 3.11's algorithm and rules (Modules/gcmodule.c,
// InternalDocs/garbage_collector.md). The Python-level gc module is a thin layer over
// Collector.
//
// # Generations
//
// Every container (internal/object's TypeGC types) is, while tracked, on one of four
// doubly linked lists threaded through its GC header: generations 0, 1, 2 and the
// permanent generation of gc.freeze(). New containers enter generation 0. A
// collection of generation g merges the younger lists into g, finds the unreachable
// objects, and moves the survivors to g+1 (generation 2's stay).
//
//	count[0]   containers allocated minus freed since generation 0 was last collected
//	           (as CPython 3.11 counts them: a tuple, list or dict taken from or
//	           returned to its free list is neither, and nor is an instance dict,
//	           since CPython keeps instance attributes inline)
//	count[1]   collections of generation 0 since generation 1 was last collected
//	count[2]   collections of generation 1 since generation 2 was last collected
//
// When count[0] passes threshold[0] (700) the collector asks for an automatic
// collection, which the VM runs at the next safe point of its eval loop (Due,
// CollectIfDue) rather than inside whatever allocation crossed the threshold: the
// oldest generation whose count passed its threshold (10, 10) is collected, except
// that generation 2 waits until the objects that survived generation 1 since the
// last full collection are at least 25% of those that survived it (issue #4074: it
// keeps full collections from making allocation quadratic).
//
// # Finding the unreachable
//
// For the objects of the generation being collected ("young"):
//
//  1. updateRefs copies each object's reference count into gc_refs (kept in the
//     gcPrev word during the collection, lists.go).
//  2. subtractRefs calls each object's Traverse slot and takes one from the gc_refs
//     of every young object referred to: what remains is the number of references
//     from outside young (from older objects, from Go, from the VM's frames).
//  3. moveUnreachable walks young: an object with gc_refs > 0 is reachable and so is
//     everything it refers to; an object with gc_refs == 0 is moved, tentatively, to
//     the unreachable list, and moved back if a reachable object turns out to refer
//     to it. One pass does it, because objects moved back go to the end of young.
//
// Example: a and b refer to each other, and a local variable refers to a. Their
// counts are 2 and 1; subtracting the references inside young leaves 1 and 0. The
// walk meets a (1: reachable), visits b (marks it reachable). Drop the variable and
// both end at 0: both are unreachable, and gc.collect() returns 2.
//
// # Then, in order (PEP 442)
//
//  1. Weak references to unreachable objects are cleared, all of them, before any
//     callback runs (a callback must not reach a dead object through another
//     weakref); then the callbacks of the weakrefs that are themselves reachable run.
//  2. Finalizers (__del__) run, once per object ever (the finalized flag).
//  3. The unreachable set is examined again: objects a finalizer resurrected (and
//     what they reach) survive into the old generation.
//  4. The rest are cleared with their types' Clear slots, which drops the references
//     that form the cycles; reference counting then frees them. Under DEBUG_SAVEALL
//     they go to gc.garbage instead.
//
// The collector never recurses in proportion to the heap: every walk is a loop over a
// list, and Traverse slots only visit an object's direct references.
//
// Tuples and dicts that hold only objects that can never be in a cycle are
// untracked, as CPython does: tuples when a collection sees them, dicts when they are
// created empty (internal/object tracks them on the first container inserted) and in
// full collections.
package gc
