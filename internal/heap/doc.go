// Package heap is pyheap's private heap: the memory every Python object lives in,
// obtained from the operating system by pyheap itself and freed only by pyheap. Go's
// garbage collector never sees it. The package knows nothing of Python; it hands out
// and takes back blocks of bytes named by 32-bit references.
//
// # Layers
//
// The layers of memory, from the hardware up (after the diagram at the top of
// CPython's Objects/obmalloc.c):
//
//	Python objects, frames, code    internal/object, internal/vm (not this package)
//	_____________________________   ______________________________________________
//	small blocks (1..512 bytes)  |  large blocks (> 512 bytes)
//	[ size classes: 16,32..512 ] |  [ free store: spans of 4 KiB pages           ]
//	[ pools: 16 KiB, one class ] |  [ page map: one 16-byte entry per page       ]
//	[ arenas: 1 MiB, 64 pools  ] |
//	_____________________________|______________________________________________
//	the reservation: one mmap of address space per heap (PROT_NONE, NORESERVE),
//	committed (mprotect RW) as zones grow, pages given back with madvise
//	_____________________________________________________________________________
//	the OS's virtual memory manager, physical memory
//
// # The reservation and references
//
// New reserves one range of address space (32 GiB by default, less under a memory
// limit or when the OS refuses) and lays it out as three zones:
//
//	offset 0                                                               Reserve
//	| page map | free store → ...          (gap)          ... ← arena zone |
//	           ^storeBase   ^storeTop                ^arenaLow             ^arenaEnd
//
// The free store grows up from storeBase and the arenas grow down from arenaEnd, so
// either can use the whole gap; the heap is full when they meet. A block's zone is
// known from its offset alone: at or above arenaLow it is a small block, below it a
// large one.
//
// A Ref is a block's offset in 8-byte units, so 32 bits reach MaxReserve = 32 GiB:
// half the size of a pointer, which is why pyheap's headers, tuples, lists and dict
// tables are smaller than CPython's. Ref 0 falls in the page map and is never a block,
// so it serves as nil. Go code reaches memory with Heap.Ptr (unsafe.Add on the
// reservation's base); nothing in the heap is a Go pointer, so Go's collector has
// nothing to scan.
//
// # Small blocks: arenas, pools, blocks
//
// Requests of 1..512 bytes are rounded up to a multiple of 16 (32 size classes,
// sizeclasses.go). A pool is 16 KiB: a 32-byte header (poolHeader) followed by blocks
// of one class. An arena is 1 MiB: 64 pools. Free blocks of a pool form a list
// threaded through the blocks themselves (the first 4 bytes of a free block hold the
// Ref of the next), headed by the pool header's freeBlock; Free finds the header by
// rounding the block's offset down to 16 KiB, so a block needs no header of its own.
//
// Nothing is touched before it is needed (lazy carving). An arena's pools are carved
// one at a time, in address order; a pool's blocks are carved one at a time too:
// nextOffset marks the first block never handed out, and the free list holds only
// blocks already carved and freed, plus the next one to carve.
//
// A pool is in exactly one of three states (as in CPython's obmalloc):
//
//	used   some blocks allocated, some free: on usedPools[class], a doubly linked
//	       list whose head serves the class's allocations.
//	full   every block allocated: on no list (freeBlock is 0).
//	empty  no block allocated: on its arena's freePools list, ready for any class.
//
// and moves between them so:
//
//	used → full   allocating its last free block (extendPool unlinks it)
//	full → used   freeing one block (freeSmall links it at the head of usedPools)
//	used → empty  freeing its last allocated block (poolEmptied)
//	empty → used  a class with no used pool takes it (newPool); if the pool last
//	              served the same class its free list is still valid and reused as is
//
// Arenas with at least one empty or uncarved pool are "usable" and kept on a list
// sorted by their number of free pools, fewest first: new pools come from the most
// used arena, so the emptiest arenas drain and can be given back. lastUsable[n] holds
// the last arena with n free pools, so an arena whose count changes by one moves to
// its place in O(1) (CPython 3.11's nfp2lasta). When every pool of an arena is empty
// its memory goes back to the OS (madvise) and its slot becomes free for reuse —
// unless it is the last usable arena, kept as the one spare so that a program
// allocating and freeing one object does not map and unmap an arena each time
// (CPython's rule since 3.9). Like CPython, one live block keeps its whole arena.
//
// # Large blocks: the free store
//
// Requests above 512 bytes get whole 4 KiB pages: a span. The page map, at the bottom
// of the reservation, has a 16-byte pageDesc per page; only span boundaries are kept
// accurate (the first page of every span, the last page of every free span), which is
// enough to free by Ref alone and to merge a freed span with both neighbours in O(1).
// Free spans sit on 127 exact-length lists and one list of longer spans; allocation
// takes the best fit (lowest address among equals), splits off the rest, or grows the
// store at its top. A span freed at the top shrinks the store. Freed pages go back to
// the OS at once when the merged free span is 256 pages (1 MiB) or more, or when
// resident free pages add up to 1024 (then all of them go): a table freed and made
// again in a loop is reused without page faults, as CPython's malloc reuses it
// (tunables.go has the measurements). Realloc grows a span in place when the
// pages after it are free or are the top of the store. A span can be sealed
// read-only (Seal), which is how the compiler's code and constants become read-only.
//
// # Accounting and the limit
//
// The footprint is what the heap holds: arenas in use times 1 MiB plus the pages of
// large blocks in use. Config.Limit caps it: an allocation that needs a new arena or
// new pages past the limit fails, and Alloc returns 0 (the VM raises MemoryError);
// the heap never panics and never takes the process down for want of memory. Stats,
// VisitArenas, VisitPools and VisitSpans walk the heap for reports, and Check
// verifies every invariant (tests and the fuzzer run it after each step);
// WriteMallocStats prints CPython's sys._debugmallocstats() layout.
//
// # The debug allocator
//
// With Config.Debug (PYHEAP_MALLOC=debug, see ConfigFromEnv) every block gets a
// header and guard bytes, fresh bytes are 0xCD and freed ones 0xDD, and freed blocks
// wait in a quarantine before reuse; double frees and writes before, past or after a
// block are reported with a *CorruptionError (debug.go).
//
// # Costs
//
// TryAlloc and TryFree are the inlinable fast paths (a block from or to a used
// pool); Alloc and Free call them first, and hot callers can call them directly.
// Measured with the benchmarks in bench_test.go (2-core x86-64, Go 1.26):
//
//	Alloc+Free, any class, pool stays used        4.3–6.0 ns
//	TryAlloc+TryFree inlined into the caller      2.8–3.0 ns
//	Alloc+Free emptying and retaking a pool       21 ns
//	Alloc+Free of a 16 KiB block (free store)     23 ns
//	debug allocator Alloc+Free                    113 ns
//	churn of 100k live mixed-size objects         63 ns per replacement (Go make+GC: 125 ns)
//
// A first version went down to the OS (madvise) whenever a span at the top of the
// store was freed: 584 ns per 16 KiB Alloc+Free. Keeping up to scavengePages of
// slack above the top resident made it 23 ns.
//
// A Heap is used by one goroutine at a time; separate heaps are independent.
package heap
