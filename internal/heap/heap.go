// The Heap value, references, and the entry points Alloc, Free and Realloc. See
// doc.go for the design.

package heap

import (
	"errors"
	"fmt"
	"os"
	"unsafe"
)

// Ref is a reference to memory in a heap: an offset from the start of the heap's
// reservation, in 8-byte units (RefShift). The zero Ref is nil: offset 0 lies in the
// page map, which is never handed out. A Ref means nothing without its Heap.
type Ref uint32

// Offset reports the byte offset of r from the start of its heap's reservation.
func (r Ref) Offset() uintptr { return uintptr(r) << RefShift }

// Add returns the Ref n bytes after r; n must be a multiple of 8.
func (r Ref) Add(n uintptr) Ref { return r + Ref(n>>RefShift) }

// Config says how a heap is built. The zero Config is a heap with the default
// reservation, no limit and the ordinary allocator.
type Config struct {
	// Reserve is how much address space to reserve, rounded up to ArenaSize and
	// clamped to [MinReserve, MaxReserve]. Zero means MaxReserve, or about twice the
	// Limit when one is set. Reserving costs no memory, only address space.
	Reserve uintptr
	// Limit is the most memory the heap may hold at once, in bytes: arenas in use
	// times ArenaSize plus free-store pages in use times PageSize. An allocation
	// that would pass it fails (Alloc returns 0). Zero means no limit.
	Limit uintptr
	// Debug turns on the debug allocator: fill patterns, guard bytes checked on free,
	// double-free and write-after-free detection (debug.go).
	Debug bool
}

// ConfigFromEnv returns the zero Config with Debug set when the environment variable
// PYHEAP_MALLOC is "debug", the switch users and CI use to run anything under the
// debug allocator.
func ConfigFromEnv() Config {
	return Config{Debug: os.Getenv("PYHEAP_MALLOC") == "debug"}
}

// ErrNoMemory is what LastError reports after an allocation failed because the heap
// reached its Limit or its reservation was full.
var ErrNoMemory = errors.New("heap: out of memory")

// Heap is one private heap: a reservation of address space, the small-object
// allocator (arenas, pools, blocks) at its top and the free store at its bottom.
//
// A Heap is not safe for concurrent use: each interpreter owns one and uses it from
// one goroutine at a time. Different heaps share nothing and may be used in parallel.
type Heap struct {
	base    unsafe.Pointer // start of the reservation
	reserve uintptr        // bytes reserved
	osPage  uintptr        // the OS's page size
	debug   bool           // the debug allocator is on
	// fastMax is SmallMax, or 0 under the debug allocator, so that Alloc's fast path
	// tests one condition; fastFreeLow is arenaLow, or the top of the address space
	// under the debug allocator, for Free's.
	fastMax     uintptr
	fastFreeLow uintptr
	closed      bool
	// handedOut is set by the first allocation that reaches allocSlow (every
	// first allocation does: the fast path needs a used pool); until then no byte
	// of the reservation has been given out, so a block is fresh anonymous memory.
	handedOut bool

	// The small-object allocator (pool.go). Arena slot i occupies
	// [arenaEnd-(i+1)*ArenaSize, arenaEnd-i*ArenaSize); slots grow downward.
	usedPools      [numClasses]Ref // head of each class's list of used pools; 0 = none
	arenaLow       uintptr         // offset of the lowest arena slot: Refs at or above it are small blocks
	arenaEnd       uintptr         // offset just past the highest arena slot
	arenaCommitLow uintptr         // [arenaCommitLow, arenaEnd) is committed
	arenas         []arena         // one per arena slot, indexed by slot number
	usableArenas   int32           // head of the usable-arena list (most-full first); -1 = none
	// lastUsable[n] is the last arena in the usable list with n free pools, or -1:
	// it lets an arena move to its sorted place in O(1) (CPython's nfp2lasta).
	lastUsable    [PoolsPerArena + 1]int32
	unusedArenas  []uint64 // bitmap of arena slots that are not in use
	arenasInUse   uint32
	arenasTotal   uint64 // arenas ever brought into use
	arenasFreed   uint64 // arenas given back to the OS
	arenasHighest uint32 // high-water mark of arenasInUse

	// The free store (store.go): spans of PageSize pages in [storeBase, storeTop).
	storeBase      uintptr
	storeTop       uintptr
	storeCommitTop uintptr           // [storeBase, storeCommitTop) is committed
	bins           [exactBins]uint32 // free spans by length; bins[0] holds the long ones
	binMask        [exactBins / 64]uint64
	dirtyPages     uint32 // pages in free spans that may still be resident
	topSlack       uint32 // pages just above storeTop that may still be resident
	storePages     uint32 // pages in used spans
	storeSpans     uint32 // used spans

	limit     uintptr // 0 = none
	footprint uintptr // arenasInUse*ArenaSize + storePages*PageSize
	peak      uintptr // high-water mark of footprint
	lastErr   error

	dbg *debugState // non-nil when debug is on (debug.go)

	tracer Tracer // non-nil while allocations are traced (SetTracer)
}

// Tracer is told of every allocation and free, as tracemalloc needs. While a tracer
// is set the inlinable fast paths are off, so that every block passes through
// Alloc's and Free's slow paths, which report it; the cost is paid only while
// tracing. A realloc is reported as a Free of the old block and an Alloc of the new
// one (the same Ref when it stayed in place).
type Tracer interface {
	Alloc(r Ref, size uintptr)
	Free(r Ref)
}

// SetTracer starts (t non-nil) or stops (nil) reporting allocations to t.
func (h *Heap) SetTracer(t Tracer) {
	h.tracer = t
	h.fastMax = SmallMax
	if t != nil || h.debug {
		h.fastMax = 0
	}
	h.setArenaLow(h.arenaLow)
}

// New reserves address space and returns an empty heap. Nothing is committed or
// resident until allocations need it.
func New(cfg Config) (*Heap, error) {
	reserve := cfg.Reserve
	if reserve == 0 {
		reserve = DefaultReserve
		if cfg.Limit != 0 && cfg.Limit < DefaultReserve/2 {
			reserve = 2*cfg.Limit + 8*ArenaSize
		}
	}
	reserve = min(max(roundUp(reserve, ArenaSize), MinReserve), MaxReserve)

	var base unsafe.Pointer
	var err error
	for {
		base, err = osReserve(reserve)
		if err == nil || reserve/2 < MinReserve || cfg.Reserve != 0 {
			break
		}
		reserve /= 2 // e.g. under `ulimit -v`: take what the OS grants
	}
	if err != nil {
		return nil, err
	}
	h := &Heap{base: base, reserve: reserve, osPage: uintptr(os.Getpagesize()), debug: cfg.Debug, limit: cfg.Limit, usableArenas: -1}
	for i := range h.lastUsable {
		h.lastUsable[i] = -1
	}
	pageMapBytes := reserve >> pageShift * pageDescSize
	h.storeBase = roundUp(pageMapBytes, ArenaSize)
	h.storeTop, h.storeCommitTop = h.storeBase, h.storeBase
	h.arenaEnd = reserve &^ (ArenaSize - 1)
	h.arenaLow, h.arenaCommitLow = h.arenaEnd, h.arenaEnd
	if err := osCommit(base, 0, pageMapBytes); err != nil {
		osUnreserve(base, reserve)
		return nil, fmt.Errorf("heap: committing the page map: %w", err)
	}
	if cfg.Debug {
		h.dbg = newDebugState()
	} else {
		h.fastMax = SmallMax
	}
	h.setArenaLow(h.arenaLow)
	return h, nil
}

// Close gives the whole reservation back to the OS. No Ref of the heap may be used
// afterwards. Close is idempotent.
func (h *Heap) Close() error {
	if h.closed {
		return nil
	}
	h.closed = true
	err := osUnreserve(h.base, h.reserve)
	h.base = nil
	return err
}

// Ptr returns the address r refers to. The pointer is valid while the block is
// allocated and the heap is open; Go's garbage collector never looks behind it.
func (h *Heap) Ptr(r Ref) unsafe.Pointer {
	return unsafe.Add(h.base, uintptr(r)<<RefShift)
}

// Bytes returns a view of the n bytes at r.
func (h *Heap) Bytes(r Ref, n uintptr) []byte {
	return unsafe.Slice((*byte)(h.Ptr(r)), n)
}

// Debug reports whether the debug allocator is on.
func (h *Heap) Debug() bool { return h.debug }

// Limit reports the heap's limit in bytes (0: none).
func (h *Heap) Limit() uintptr { return h.limit }

// SetLimit changes the limit. A limit below the current footprint makes every
// allocation that needs more memory fail until enough is freed.
func (h *Heap) SetLimit(n uintptr) { h.limit = n }

// Footprint reports the memory the heap holds now: arenas in use and free-store
// pages in use.
func (h *Heap) Footprint() uintptr { return h.footprint }

// LastError says why the most recent failed allocation failed.
func (h *Heap) LastError() error { return h.lastErr }

// Alloc returns a new block of at least size bytes, aligned to Alignment, or 0 when
// the heap cannot grow (its limit or its reservation is reached; LastError says
// which). The contents are unspecified. Alloc(0) returns a distinct minimal block.
func (h *Heap) Alloc(size uintptr) Ref {
	if r := h.TryAlloc(size); r != 0 {
		return r
	}
	return h.allocSlow(size)
}

// TryAlloc is Alloc's fast path, small enough for the compiler to inline into hot
// callers: it pops a block from the first used pool of the size's class when that
// block is not the pool's last free one, and otherwise returns 0 without doing
// anything (the caller then calls Alloc). It never succeeds under the debug allocator.
func (h *Heap) TryAlloc(size uintptr) Ref {
	if size-1 < h.fastMax {
		if p := h.usedPools[(size-1)>>4]; p != 0 {
			ph := (*poolHeader)(unsafe.Add(h.base, uintptr(p)<<RefShift))
			b := ph.freeBlock
			if next := *(*Ref)(unsafe.Add(h.base, uintptr(b)<<RefShift)); next != 0 {
				ph.freeBlock = next
				ph.count++
				return b
			}
		}
	}
	return 0
}

// allocSlow serves what Alloc's fast path does not: a class with no used pool, large
// requests, size 0, and everything under the debug allocator.
func (h *Heap) allocSlow(size uintptr) Ref {
	h.handedOut = true
	var r Ref
	if h.debug {
		r = h.debugAlloc(size)
	} else {
		r = h.rawAlloc(size)
	}
	if h.tracer != nil && r != 0 {
		h.tracer.Alloc(r, size)
	}
	return r
}

// rawAlloc allocates without the debug layer.
func (h *Heap) rawAlloc(size uintptr) Ref {
	if size == 0 {
		size = 1
	}
	if size <= SmallMax {
		return h.allocSmall(uint32((size - 1) >> 4))
	}
	return h.allocLarge(size)
}

// AllocZeroed is Alloc with the block's first size bytes set to zero. The first
// block of a new heap (outside the debug allocator, which fills blocks) is fresh
// anonymous memory, zero already: it is not cleared, so that its pages stay out of
// the resident set until they are used (the runtime's data area is such a block).
func (h *Heap) AllocZeroed(size uintptr) Ref {
	fresh := !h.handedOut && !h.debug
	r := h.Alloc(size)
	if r != 0 && !fresh {
		clear(h.Bytes(r, size))
	}
	return r
}

// Free returns the block r to the heap; its size is found from r alone (the pool
// header for a small block, the page map for a large one). Free(0) does nothing.
// Freeing a Ref twice, or one this heap did not return, corrupts the heap unless the
// debug allocator is on, which reports it.
func (h *Heap) Free(r Ref) {
	if !h.TryFree(r) {
		h.freeSlow(r)
	}
}

// TryFree is Free's fast path, small enough to inline: it frees a small block whose
// pool stays used (neither full before nor empty after) and reports whether it did;
// otherwise it does nothing and the caller calls Free. It never frees under the debug
// allocator.
func (h *Heap) TryFree(r Ref) bool {
	off := uintptr(r) << RefShift
	if off >= h.fastFreeLow {
		ph := (*poolHeader)(unsafe.Add(h.base, off&^(PoolSize-1)))
		if last := ph.freeBlock; last != 0 && ph.count > 1 {
			*(*Ref)(unsafe.Add(h.base, off)) = last
			ph.freeBlock = r
			ph.count--
			return true
		}
	}
	return false
}

// freeSlow frees what Free's fast path does not: a block whose pool becomes used or
// empty, a large block, 0, and everything under the debug allocator.
func (h *Heap) freeSlow(r Ref) {
	if r == 0 {
		return
	}
	if h.tracer != nil {
		h.tracer.Free(r)
	}
	if h.debug {
		h.debugFree(r)
		return
	}
	h.rawFree(r)
}

// rawFree frees without the debug layer.
func (h *Heap) rawFree(r Ref) {
	if r.Offset() >= h.arenaLow {
		h.freeSmall(r)
	} else {
		h.freeLarge(r)
	}
}

// UsableSize reports how many bytes the block r really has: its size class for a
// small block, its whole pages for a large one, the requested size under the debug
// allocator.
func (h *Heap) UsableSize(r Ref) uintptr {
	if h.debug {
		return h.debugSize(r)
	}
	return h.rawUsableSize(r)
}

func (h *Heap) rawUsableSize(r Ref) uintptr {
	off := r.Offset()
	if off >= h.arenaLow {
		ph := (*poolHeader)(unsafe.Add(h.base, off&^(PoolSize-1)))
		return classSize(ph.sizeClass)
	}
	return uintptr(h.desc(uint32(off>>pageShift)).npages) << pageShift
}

// Realloc resizes the block r to at least size bytes, keeping its contents up to the
// smaller of the two sizes, and returns the block's Ref, which may have moved. A
// large block grows in place when the pages after it are free. On failure it returns
// 0 and r is untouched. Realloc(0, n) is Alloc(n).
func (h *Heap) Realloc(r Ref, size uintptr) Ref {
	if r == 0 {
		return h.Alloc(size)
	}
	if h.tracer != nil {
		n := h.realloc(r, size)
		if n != 0 {
			h.tracer.Free(r)
			h.tracer.Alloc(n, size)
		}
		return n
	}
	return h.realloc(r, size)
}

func (h *Heap) realloc(r Ref, size uintptr) Ref {
	if h.debug {
		return h.debugRealloc(r, size)
	}
	if size == 0 {
		size = 1
	}
	off := r.Offset()
	old := h.rawUsableSize(r)
	if off >= h.arenaLow {
		// CPython's rule: keep a small block when the new size fits and wastes at most
		// a quarter of it.
		if size <= old && 4*size > 3*old {
			return r
		}
	} else if size > SmallMax && h.resizeLarge(uint32(off>>pageShift), pagesFor(size)) {
		return r
	}
	n := h.rawAlloc(size)
	if n == 0 {
		return 0
	}
	copy(h.Bytes(n, size), h.Bytes(r, min(old, size)))
	h.rawFree(r)
	return n
}

// fail records why an allocation failed and returns 0.
func (h *Heap) fail(why string, size uintptr) Ref {
	h.lastErr = fmt.Errorf("%w: %s (asked for %d bytes; footprint %d, limit %d, reservation %d)",
		ErrNoMemory, why, size, h.footprint, h.limit, h.reserve)
	return 0
}

// charge adds n bytes to the footprint if the limit allows, and reports whether it did.
func (h *Heap) charge(n uintptr) bool {
	if h.limit != 0 && h.footprint+n > h.limit {
		return false
	}
	h.footprint += n
	h.peak = max(h.peak, h.footprint)
	return true
}

// setArenaLow moves the bottom of the arena zone.
func (h *Heap) setArenaLow(low uintptr) {
	h.arenaLow = low
	h.fastFreeLow = low
	if h.debug || h.tracer != nil {
		h.fastFreeLow = ^uintptr(0)
	}
}

func roundUp(n, to uintptr) uintptr { return (n + to - 1) &^ (to - 1) }

func classSize(c uint32) uintptr { return uintptr(c+1) * Alignment }
