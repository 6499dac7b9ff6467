// Accounting: what the heap holds, computed by walking its arenas, pools and spans,
// and a report in the layout of CPython's sys._debugmallocstats(). See doc.go.

package heap

import (
	"fmt"
	"io"
	"strconv"
)

// ClassStats describes one small size class.
type ClassStats struct {
	Size        uintptr // bytes per block
	Pools       int     // pools serving the class (used and full)
	FullPools   int
	BlocksInUse int
	// BlocksAvail counts the free blocks of the class's pools, carved or not: what
	// the class can hand out before it needs another pool.
	BlocksAvail int
}

// Stats is a snapshot of the heap's accounting.
type Stats struct {
	Classes [numClasses]ClassStats

	ArenasInUse     int // arenas holding memory now
	ArenasAllocated int // arenas ever brought into use
	ArenasReclaimed int // arenas given back to the OS
	ArenasHighWater int // most arenas in use at once
	EmptyPools      int // pools carved before and empty now (in arenas in use)
	UncarvedPools   int // pools of arenas in use never touched yet

	StoreSpans      int     // large blocks in use
	StoreBytes      uintptr // bytes of their pages
	StoreFreeSpans  int     // free spans between them
	StoreFreeBytes  uintptr
	StoreDirtyBytes uintptr // bytes of free spans that may still be resident
	StoreTop        uintptr // bytes from the start of the free store to its top

	Footprint uintptr // ArenasInUse*ArenaSize + StoreBytes
	Peak      uintptr // the highest Footprint so far
	Limit     uintptr // 0: none
	Reserve   uintptr // address space reserved
}

// BlocksInUse is the number of small blocks allocated (CPython's
// sys.getallocatedblocks() counts the same thing) plus large blocks.
func (s Stats) BlocksInUse() int {
	n := s.StoreSpans
	for _, c := range s.Classes {
		n += c.BlocksInUse
	}
	return n
}

// Stats walks the heap and returns its accounting. It costs time proportional to the
// number of pools and free spans: it is for reports, not hot paths.
func (h *Heap) Stats() Stats {
	var s Stats
	for c := range s.Classes {
		s.Classes[c].Size = classSize(uint32(c))
	}
	h.VisitPools(func(p PoolInfo) {
		if p.Empty() {
			s.EmptyPools++
			return
		}
		cs := &s.Classes[p.Class]
		cs.Pools++
		cs.BlocksInUse += p.InUse
		cs.BlocksAvail += p.Capacity - p.InUse
		if p.InUse == p.Capacity {
			cs.FullPools++
		}
	})
	for i := range h.arenas {
		if a := &h.arenas[i]; a.inUse {
			s.UncarvedPools += int(PoolsPerArena - a.poolsCarved)
		}
	}
	s.ArenasInUse = int(h.arenasInUse)
	s.ArenasAllocated = int(h.arenasTotal)
	s.ArenasReclaimed = int(h.arenasFreed)
	s.ArenasHighWater = int(h.arenasHighest)
	s.StoreSpans = int(h.storeSpans)
	s.StoreBytes = uintptr(h.storePages) << pageShift
	h.VisitSpans(func(sp SpanInfo) {
		if sp.Free {
			s.StoreFreeSpans++
			s.StoreFreeBytes += sp.Size
			if sp.Dirty {
				s.StoreDirtyBytes += sp.Size
			}
		}
	})
	s.StoreTop = h.storeTop - h.storeBase
	s.Footprint, s.Peak, s.Limit, s.Reserve = h.footprint, h.peak, h.limit, h.reserve
	return s
}

// PoolInfo describes one carved pool, for reports and memory maps.
type PoolInfo struct {
	Arena    int     // arena slot
	Index    int     // pool number within the arena
	Offset   uintptr // offset of the pool in the reservation
	Class    int     // size class served or last served
	InUse    int     // blocks allocated
	Capacity int     // blocks the pool holds
}

// Empty reports whether no block of the pool is allocated.
func (p PoolInfo) Empty() bool { return p.InUse == 0 }

// ArenaInfo describes one arena slot in use.
type ArenaInfo struct {
	Slot      int
	Offset    uintptr
	FreePools int // empty or never carved
	Carved    int // pools carved so far
}

// VisitArenas calls f for each arena in use, from the highest address down.
func (h *Heap) VisitArenas(f func(ArenaInfo)) {
	for i := range h.arenas {
		a := &h.arenas[i]
		if a.inUse {
			f(ArenaInfo{Slot: i, Offset: h.arenaOffset(uint32(i)), FreePools: int(a.nFreePools), Carved: int(a.poolsCarved)})
		}
	}
}

// VisitPools calls f for every carved pool of every arena in use.
func (h *Heap) VisitPools(f func(PoolInfo)) {
	for i := range h.arenas {
		a := &h.arenas[i]
		if !a.inUse {
			continue
		}
		base := h.arenaOffset(uint32(i))
		for k := uint32(0); k < a.poolsCarved; k++ {
			off := base + uintptr(k)*PoolSize
			ph := h.pool(Ref(off >> RefShift))
			f(PoolInfo{Arena: i, Index: int(k), Offset: off, Class: int(ph.sizeClass),
				InUse: int(ph.count), Capacity: int(blocksPerPool[ph.sizeClass])})
		}
	}
}

// SpanInfo describes one span of the free store.
type SpanInfo struct {
	Offset uintptr
	Size   uintptr
	Free   bool
	Dirty  bool    // free and perhaps still resident
	Sealed bool    // used and read-only
	Tag    SpanTag // what a used span holds
}

// VisitSpans calls f for each span of the free store, in address order.
func (h *Heap) VisitSpans(f func(SpanInfo)) {
	for off := h.storeBase; off < h.storeTop; {
		d := h.desc(uint32(off >> pageShift))
		size := uintptr(d.npages) << pageShift
		info := SpanInfo{Offset: off, Size: size, Free: d.state&spanFree != 0,
			Dirty: d.state&flagDirty != 0, Sealed: d.state&flagSealed != 0}
		if !info.Free {
			info.Tag = SpanTag(d.next)
		}
		f(info)
		off += size
	}
}

// Layout reports where the heap's zones lie in its reservation, as offsets: the page
// map at the bottom, the free store growing up from StoreBase, the arena zone growing
// down to ArenaEnd.
type Layout struct {
	Base                uintptr // the reservation's address (for display only)
	Reserve             uintptr
	PageMapBytes        uintptr
	StoreBase, StoreTop uintptr
	ArenaLow, ArenaEnd  uintptr
}

// Layout returns the heap's current layout.
func (h *Heap) Layout() Layout {
	return Layout{Base: uintptr(h.base), Reserve: h.reserve, PageMapBytes: h.reserve >> pageShift * pageDescSize,
		StoreBase: h.storeBase, StoreTop: h.storeTop, ArenaLow: h.arenaLow, ArenaEnd: h.arenaEnd}
}

// WriteMallocStats writes the heap's part of a sys._debugmallocstats() report: the
// size-class table, the arena summary and the byte totals in CPython's layout, then
// pyheap's free store.
func (h *Heap) WriteMallocStats(w io.Writer) error {
	s := h.Stats()
	p := &printer{w: w}
	p.f("Small block threshold = %d, in %d size classes.\n\n", SmallMax, numClasses)
	p.f("class   size   num pools   blocks in use  avail blocks\n")
	p.f("-----   ----   ---------   -------------  ------------\n")
	var inUseBytes, availBytes, quantBytes uintptr
	pools := 0
	for c, cs := range s.Classes {
		if cs.Pools == 0 {
			continue
		}
		p.f("%5d %6d %11d %15d %13d\n", c, cs.Size, cs.Pools, cs.BlocksInUse, cs.BlocksAvail)
		inUseBytes += uintptr(cs.BlocksInUse) * cs.Size
		availBytes += uintptr(cs.BlocksAvail) * cs.Size
		quantBytes += uintptr(cs.Pools) * (PoolSize - poolHeaderSize - uintptr(blocksPerPool[c])*cs.Size)
		pools += cs.Pools
	}
	p.f("\n")
	p.line("# arenas allocated total", s.ArenasAllocated)
	p.line("# arenas reclaimed", s.ArenasReclaimed)
	p.line("# arenas highwater mark", s.ArenasHighWater)
	p.line("# arenas allocated current", s.ArenasInUse)
	p.line(fmt.Sprintf("%d arenas * %d bytes/arena", s.ArenasInUse, ArenaSize), s.ArenasInUse*ArenaSize)
	p.f("\n")
	unused := s.EmptyPools + s.UncarvedPools
	p.line("# bytes in allocated blocks", int(inUseBytes))
	p.line("# bytes in available blocks", int(availBytes))
	p.line(fmt.Sprintf("%d unused pools * %d bytes", unused, PoolSize), unused*PoolSize)
	p.line("# bytes lost to pool headers", pools*poolHeaderSize)
	p.line("# bytes lost to quantization", int(quantBytes))
	p.line("# bytes lost to arena alignment", 0)
	p.line("Total", int(inUseBytes+availBytes+quantBytes)+unused*PoolSize+pools*poolHeaderSize)
	p.f("\n")
	p.f("free store (pages of %d bytes)\n", PageSize)
	p.line("# large blocks in use", s.StoreSpans)
	p.line("# bytes in large blocks", int(s.StoreBytes))
	p.line("# free spans", s.StoreFreeSpans)
	p.line("# bytes in free spans", int(s.StoreFreeBytes))
	p.line("# of which still resident", int(s.StoreDirtyBytes))
	p.f("\n")
	p.line("# heap footprint", int(s.Footprint))
	p.line("# heap footprint peak", int(s.Peak))
	if s.Limit != 0 {
		p.line("# heap limit", int(s.Limit))
	}
	return p.err
}

type printer struct {
	w   io.Writer
	err error
}

func (p *printer) f(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

// line prints "label = value" with the value right-aligned and grouped by thousands,
// as CPython's _PyDebugAllocatorStats does.
func (p *printer) line(label string, n int) {
	p.f("%-35s= %20s\n", label, thousands(n))
}

func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}
