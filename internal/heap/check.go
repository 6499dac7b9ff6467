// Check: the heap's invariants, verified by walking every structure. Tests and the
// fuzzer call it after each step; see doc.go for what the invariants mean.

package heap

import "fmt"

// Check walks the heap and returns an error describing the first broken invariant:
// pool lists, pool states, the sorted usable-arena list and its lastUsable index,
// span boundaries, free-span lists and the footprint. It is slow (it visits every
// pool and span) and meant for tests and debugging.
func (h *Heap) Check() error {
	inUsed := map[Ref]bool{}
	for c, p := range h.usedPools {
		prev := Ref(0)
		for ; p != 0; p = h.pool(p).nextPool {
			ph := h.pool(p)
			switch {
			case inUsed[p]:
				return fmt.Errorf("pool %#x is twice on the used lists", p.Offset())
			case ph.prevPool != prev:
				return fmt.Errorf("pool %#x: prevPool %#x, want %#x", p.Offset(), ph.prevPool.Offset(), prev.Offset())
			case ph.sizeClass != uint32(c):
				return fmt.Errorf("pool %#x of class %d is on the used list of class %d", p.Offset(), ph.sizeClass, c)
			case ph.freeBlock == 0:
				return fmt.Errorf("used pool %#x has no free block", p.Offset())
			case ph.count == 0:
				return fmt.Errorf("used pool %#x has no block in use", p.Offset())
			}
			inUsed[p] = true
			prev = p
		}
	}
	arenasInUse := 0
	for i := range h.arenas {
		a := &h.arenas[i]
		if !a.inUse {
			continue
		}
		arenasInUse++
		empty := map[Ref]bool{}
		for p := a.freePools; p != 0; p = h.pool(p).nextPool {
			if empty[p] {
				return fmt.Errorf("arena %d: pool %#x twice on freePools", i, p.Offset())
			}
			empty[p] = true
		}
		if got := uint32(len(empty)) + PoolsPerArena - a.poolsCarved; got != a.nFreePools {
			return fmt.Errorf("arena %d: nFreePools %d, but %d empty + %d uncarved", i, a.nFreePools, len(empty), PoolsPerArena-a.poolsCarved)
		}
		base := h.arenaOffset(uint32(i))
		for k := uint32(0); k < a.poolsCarved; k++ {
			p := Ref((base + uintptr(k)*PoolSize) >> RefShift)
			ph := h.pool(p)
			capacity := blocksPerPool[ph.sizeClass]
			free := uint32(0)
			for b := ph.freeBlock; b != 0; b = *(*Ref)(h.Ptr(b)) {
				if b.Offset()&^(PoolSize-1) != p.Offset() || free > capacity {
					return fmt.Errorf("pool %#x: free list leaves the pool or loops", p.Offset())
				}
				free++
			}
			carved := (ph.nextOffset - poolHeaderSize) / uint32(classSize(ph.sizeClass))
			switch {
			case ph.arena != uint32(i):
				return fmt.Errorf("pool %#x: arena %d, want %d", p.Offset(), ph.arena, i)
			case ph.count+free != carved:
				return fmt.Errorf("pool %#x: %d in use + %d free != %d carved", p.Offset(), ph.count, free, carved)
			case empty[p] != (ph.count == 0):
				return fmt.Errorf("pool %#x: count %d but on freePools = %v", p.Offset(), ph.count, empty[p])
			case ph.count > 0 && inUsed[p] != (ph.freeBlock != 0):
				return fmt.Errorf("pool %#x: count %d of %d, freeBlock %#x, on used list = %v", p.Offset(), ph.count, capacity, ph.freeBlock, inUsed[p])
			}
		}
	}
	if arenasInUse != int(h.arenasInUse) {
		return fmt.Errorf("%d arenas in use, counter says %d", arenasInUse, h.arenasInUse)
	}
	// The usable list: sorted by free pools ascending, every non-full arena on it.
	seen := 0
	var last [PoolsPerArena + 1]int32
	for i := range last {
		last[i] = -1
	}
	prevN, prev := uint32(0), int32(-1)
	for ai := h.usableArenas; ai >= 0; ai = h.arenas[ai].next {
		a := &h.arenas[ai]
		switch {
		case !a.inUse:
			return fmt.Errorf("usable arena %d is not in use", ai)
		case a.prev != prev:
			return fmt.Errorf("usable arena %d: prev %d, want %d", ai, a.prev, prev)
		case a.nFreePools == 0 || a.nFreePools < prevN:
			return fmt.Errorf("usable list out of order at arena %d (%d free after %d)", ai, a.nFreePools, prevN)
		}
		last[a.nFreePools] = ai
		prevN, prev = a.nFreePools, ai
		seen++
	}
	nonFull := 0
	for i := range h.arenas {
		if h.arenas[i].inUse && h.arenas[i].nFreePools > 0 {
			nonFull++
		}
	}
	if seen != nonFull {
		return fmt.Errorf("%d arenas on the usable list, %d not full", seen, nonFull)
	}
	if last != h.lastUsable {
		return fmt.Errorf("lastUsable %v, want %v", h.lastUsable, last)
	}
	// The free store: spans tile [storeBase, storeTop); free spans are binned and
	// never adjacent; counters agree.
	binned := map[uint32]bool{}
	var dirty uint32
	for b, p := range h.bins {
		for ; p != 0; p = h.desc(p).next {
			d := h.desc(p)
			if want := d.npages; want < exactBins && int(want) != b || want >= exactBins && b != 0 {
				return fmt.Errorf("free span at page %d (%d pages) is in bin %d", p, d.npages, b)
			}
			binned[p] = true
			if d.state&flagDirty != 0 {
				dirty += d.npages
			}
		}
		if (h.bins[b] != 0) != (h.binMask[b/64]&(1<<(b%64)) != 0) {
			return fmt.Errorf("bin %d: mask disagrees with list", b)
		}
	}
	if dirty != h.dirtyPages {
		return fmt.Errorf("dirty pages %d, counter says %d", dirty, h.dirtyPages)
	}
	var usedPages, usedSpans uint32
	wasFree := false
	for off := h.storeBase; off < h.storeTop; {
		page := uint32(off >> pageShift)
		d := h.desc(page)
		if d.npages == 0 || off+uintptr(d.npages)<<pageShift > h.storeTop {
			return fmt.Errorf("span at page %d has a bad length %d", page, d.npages)
		}
		free := d.state&spanFree != 0
		if free {
			if wasFree {
				return fmt.Errorf("free spans at page %d and before it were not merged", page)
			}
			if !binned[page] {
				return fmt.Errorf("free span at page %d is on no list", page)
			}
			if l := h.desc(page + d.npages - 1); l.npages != d.npages || l.state != d.state {
				return fmt.Errorf("free span at page %d: last page entry disagrees", page)
			}
			delete(binned, page)
		} else {
			usedPages += d.npages
			usedSpans++
		}
		wasFree = free
		off += uintptr(d.npages) << pageShift
	}
	if wasFree {
		return fmt.Errorf("a free span ends at the top of the store")
	}
	if len(binned) != 0 {
		return fmt.Errorf("%d listed free spans are not in the store", len(binned))
	}
	if usedPages != h.storePages || usedSpans != h.storeSpans {
		return fmt.Errorf("store: %d pages in %d spans, counters say %d in %d", usedPages, usedSpans, h.storePages, h.storeSpans)
	}
	if want := uintptr(h.arenasInUse)*ArenaSize + uintptr(h.storePages)<<pageShift; want != h.footprint {
		return fmt.Errorf("footprint %d, want %d", h.footprint, want)
	}
	return nil
}
