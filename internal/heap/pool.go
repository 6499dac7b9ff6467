// The small-object allocator: arenas, pools and blocks, after CPython's obmalloc. See
// doc.go for the design, the pool states and their transitions.

package heap

import (
	"math/bits"
	"unsafe"
)

// poolHeader sits at the start of every pool that has been carved. It is the only
// metadata a small block needs: Free finds it by rounding the block's offset down to
// PoolSize.
type poolHeader struct {
	count     uint32 // blocks in use; 0 only while the pool is empty
	freeBlock Ref    // first block of the pool's free list (each free block holds the next); 0 when full
	nextPool  Ref    // next pool in usedPools[sizeClass], or in the arena's freePools when empty
	prevPool  Ref    // previous pool in usedPools[sizeClass]; 0 at the head (unused when empty)
	arena     uint32 // slot number of the pool's arena
	sizeClass uint32 // class the pool serves or last served
	// nextOffset is the offset from the pool's start of the first block never handed
	// out: blocks are carved one at a time, so a pool's memory is touched only as far
	// as it has been used.
	nextOffset    uint32
	maxNextOffset uint32 // the last offset at which a whole block still fits
}

// arena is the Go-side record of one arena slot (CPython's arena_object). The arena's
// memory holds only pools; this record lives outside it.
type arena struct {
	freePools   Ref    // empty pools, linked through nextPool; 0 = none
	nFreePools  uint32 // empty pools plus pools never carved
	poolsCarved uint32 // pools [0, poolsCarved) have had a header written
	next, prev  int32  // neighbours in the usable-arena list; -1 = none
	inUse       bool   // false for a slot whose memory has been given back (or never used)
}

func (h *Heap) arenaOffset(i uint32) uintptr { return h.arenaEnd - uintptr(i+1)*ArenaSize }

func (h *Heap) pool(p Ref) *poolHeader { return (*poolHeader)(h.Ptr(p)) }

// extendPool runs when a pool's free list has just become empty: carve the next
// never-used blocks onto the list — a small batch of them (carveBatch bytes), so
// that the following allocations take TryAlloc's inlined fast path — or, when none
// is left, drop the now full pool from its used list.
func (h *Heap) extendPool(ph *poolHeader) {
	if ph.nextOffset > ph.maxNextOffset {
		// used → full: a full pool is on no list.
		h.unlinkUsed(ph)
		return
	}
	size := uint32(classSize(ph.sizeClass))
	poolRef := Ref((uintptr(unsafe.Pointer(ph)) - uintptr(h.base)) >> RefShift)
	n := min(max(carveBatch/size, 1), (ph.maxNextOffset-ph.nextOffset)/size+1)
	// Thread the batch in address order: the first block carved is handed out first.
	off := ph.nextOffset
	ph.freeBlock = poolRef.Add(uintptr(off))
	for ; n > 1; n-- {
		*(*Ref)(h.Ptr(poolRef.Add(uintptr(off)))) = poolRef.Add(uintptr(off + size))
		off += size
	}
	*(*Ref)(h.Ptr(poolRef.Add(uintptr(off)))) = 0
	ph.nextOffset = off + size
}

// unlinkUsed removes a pool from its class's used list.
func (h *Heap) unlinkUsed(ph *poolHeader) {
	if ph.prevPool == 0 {
		h.usedPools[ph.sizeClass] = ph.nextPool
	} else {
		h.pool(ph.prevPool).nextPool = ph.nextPool
	}
	if ph.nextPool != 0 {
		h.pool(ph.nextPool).prevPool = ph.prevPool
	}
}

// linkUsed puts a pool at the head of its class's used list, where the next
// allocations of that class will come from.
func (h *Heap) linkUsed(p Ref, ph *poolHeader) {
	head := h.usedPools[ph.sizeClass]
	ph.nextPool, ph.prevPool = head, 0
	if head != 0 {
		h.pool(head).prevPool = p
	}
	h.usedPools[ph.sizeClass] = p
}

// allocSmall allocates a block of class c when the class has no used pool (or under
// the debug allocator): it takes an empty pool from the most-full usable arena.
func (h *Heap) allocSmall(c uint32) Ref {
	if p := h.usedPools[c]; p != 0 {
		return h.popBlock(h.pool(p))
	}
	p := h.newPool(c)
	if p == 0 {
		return h.fail("no arena could be added", classSize(c))
	}
	return h.popBlock(h.pool(p))
}

func (h *Heap) popBlock(ph *poolHeader) Ref {
	b := ph.freeBlock
	next := *(*Ref)(h.Ptr(b))
	ph.freeBlock = next
	ph.count++
	if next == 0 {
		h.extendPool(ph)
	}
	return b
}

// newPool makes an empty pool serve class c and links it as used.
func (h *Heap) newPool(c uint32) Ref {
	if h.usableArenas < 0 && !h.newArena() {
		return 0
	}
	ai := h.usableArenas
	a := &h.arenas[ai]
	// The arena leaves the group with a.nFreePools free pools for the group with one
	// fewer. It is at the head, so no arena has fewer: it becomes that group's last.
	nf := a.nFreePools
	if h.lastUsable[nf] == ai {
		h.lastUsable[nf] = -1
	}
	a.nFreePools--
	if a.nFreePools == 0 {
		// The arena is now full: it leaves the usable list.
		h.usableArenas = a.next
		if a.next >= 0 {
			h.arenas[a.next].prev = -1
		}
		a.next, a.prev = -1, -1
	} else {
		h.lastUsable[nf-1] = ai
	}

	var p Ref
	if a.freePools != 0 {
		// empty → used: an empty pool was carved before; if it last served this class
		// its free list is still intact and nothing needs writing.
		p = a.freePools
		ph := h.pool(p)
		a.freePools = ph.nextPool
		if ph.sizeClass == c {
			h.linkUsed(p, ph)
			return p
		}
	} else {
		// A never-carved pool: write its header now, not before.
		off := h.arenaOffset(uint32(ai)) + uintptr(a.poolsCarved)*PoolSize
		a.poolsCarved++
		p = Ref(off >> RefShift)
		h.pool(p).arena = uint32(ai)
	}
	ph := h.pool(p)
	size := uint32(classSize(c))
	ph.count = 0
	ph.sizeClass = c
	ph.freeBlock = p.Add(poolHeaderSize)
	*(*Ref)(h.Ptr(ph.freeBlock)) = 0
	ph.nextOffset = poolHeaderSize + size
	ph.maxNextOffset = PoolSize - size
	h.linkUsed(p, ph)
	return p
}

// newArena brings an arena slot into use and makes it the only usable arena. It
// reuses the highest-addressed free slot, or grows the arena zone down by one.
func (h *Heap) newArena() bool {
	if !h.charge(ArenaSize) {
		h.fail("the memory limit is reached", ArenaSize)
		return false
	}
	i, ok := h.firstUnusedArena()
	if !ok {
		low := h.arenaLow - ArenaSize
		if h.arenaLow < ArenaSize || low < h.storeTop {
			h.footprint -= ArenaSize
			h.fail("the reservation is full", ArenaSize)
			return false
		}
		i = uint32(len(h.arenas))
		h.arenas = append(h.arenas, arena{})
		if i/64 >= uint32(len(h.unusedArenas)) {
			h.unusedArenas = append(h.unusedArenas, 0)
		}
		h.setArenaLow(low)
	}
	off := h.arenaOffset(i)
	if off < h.arenaCommitLow {
		if err := osCommit(h.base, off, h.arenaCommitLow-off); err != nil {
			h.footprint -= ArenaSize
			h.lastErr = err
			return false
		}
		h.arenaCommitLow = off
	}
	h.unusedArenas[i/64] &^= 1 << (i % 64)
	h.arenas[i] = arena{nFreePools: PoolsPerArena, next: -1, prev: -1, inUse: true}
	h.usableArenas = int32(i)
	h.lastUsable[PoolsPerArena] = int32(i)
	h.arenasInUse++
	h.arenasTotal++
	h.arenasHighest = max(h.arenasHighest, h.arenasInUse)
	return true
}

func (h *Heap) firstUnusedArena() (uint32, bool) {
	for w, word := range h.unusedArenas {
		if word != 0 {
			i := uint32(w*64 + bits.TrailingZeros64(word))
			if i < uint32(len(h.arenas)) {
				return i, true
			}
		}
	}
	return 0, false
}

// freeSmall frees a block whose pool changes state: full → used, or used → empty.
func (h *Heap) freeSmall(r Ref) {
	poolOff := r.Offset() &^ (PoolSize - 1)
	p := Ref(poolOff >> RefShift)
	ph := h.pool(p)
	last := ph.freeBlock
	*(*Ref)(h.Ptr(r)) = last
	ph.freeBlock = r
	ph.count--
	if last == 0 {
		// full → used (or, for a one-block pool, full → empty below).
		h.linkUsed(p, ph)
	}
	if ph.count == 0 {
		h.poolEmptied(p, ph)
	}
}

// poolEmptied moves a pool that has just become empty from its used list to its
// arena's free pools, then moves the arena to its place in the usable list, or gives
// the arena back to the OS when all its pools are empty and another usable arena
// exists (the one-spare rule of CPython 3.9+).
func (h *Heap) poolEmptied(p Ref, ph *poolHeader) {
	h.unlinkUsed(ph)
	ai := int32(ph.arena)
	a := &h.arenas[ai]
	ph.nextPool = a.freePools
	a.freePools = p
	a.nFreePools++
	nf := a.nFreePools

	if nf == 1 {
		// The arena was full and on no list; with one free pool it is the most full
		// of all usable arenas, so it goes to the head.
		a.prev, a.next = -1, h.usableArenas
		if h.usableArenas >= 0 {
			h.arenas[h.usableArenas].prev = ai
		}
		h.usableArenas = ai
		if h.lastUsable[1] < 0 {
			h.lastUsable[1] = ai
		}
		return
	}

	// The arena leaves the group with nf-1 free pools.
	lastOfGroup := h.lastUsable[nf-1]
	if lastOfGroup == ai {
		if a.prev >= 0 && h.arenas[a.prev].nFreePools == nf-1 {
			h.lastUsable[nf-1] = a.prev
		} else {
			h.lastUsable[nf-1] = -1
		}
	}

	if nf == PoolsPerArena && a.next >= 0 {
		h.unlinkUsable(ai)
		h.releaseArena(uint32(ai))
		return
	}

	// It joins the group with nf free pools, at that group's front: right after the
	// last arena with nf-1 (unless it already is that position).
	if lastOfGroup != ai {
		h.unlinkUsable(ai)
		a.prev, a.next = lastOfGroup, h.arenas[lastOfGroup].next
		h.arenas[lastOfGroup].next = ai
		if a.next >= 0 {
			h.arenas[a.next].prev = ai
		}
	}
	if h.lastUsable[nf] < 0 {
		h.lastUsable[nf] = ai
	}
}

func (h *Heap) unlinkUsable(ai int32) {
	a := &h.arenas[ai]
	if a.prev >= 0 {
		h.arenas[a.prev].next = a.next
	} else {
		h.usableArenas = a.next
	}
	if a.next >= 0 {
		h.arenas[a.next].prev = a.prev
	}
	a.next, a.prev = -1, -1
}

// releaseArena gives an arena's memory back to the OS and frees its slot. When the
// slot is the lowest, the arena zone shrinks so the free store can use the space.
func (h *Heap) releaseArena(i uint32) {
	osRelease(h.base, h.arenaOffset(i), ArenaSize)
	h.arenas[i] = arena{next: -1, prev: -1}
	h.unusedArenas[i/64] |= 1 << (i % 64)
	h.arenasInUse--
	h.arenasFreed++
	h.footprint -= ArenaSize
	for n := len(h.arenas); n > 0 && !h.arenas[n-1].inUse; n-- {
		h.arenas = h.arenas[:n-1]
		h.unusedArenas[(n-1)/64] &^= 1 << ((n - 1) % 64)
		h.setArenaLow(h.arenaLow + ArenaSize)
	}
}
