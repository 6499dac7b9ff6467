// Package memmap builds and draws the memory map of a running pyheap program: the
// regions of the classic process memory layout the project grew from — code,
// constants, data (initialized and zeroed), heap, free store, stack, registers — as
// they really are in the interpreter's private heap, with addresses, sizes and
// occupancy.
//
// Every region but the registers is memory in the heap's reservation
// (internal/heap):
//
//	code, constants     large blocks tagged TagCode/TagConstants: each compilation
//	                    unit's bytecode and constants, sealed read-only
//	data (initialized)  the data area (TagData): built-in types, None, True, False,
//	                    small-int/one-char caches — immortal static objects
//	data (zeroed)       the runtime tables that start empty: the generation lists'
//	                    heads (in the data area), the free lists, the interned strs
//	heap                the arena zone: arenas → pools → blocks by size class
//	free store          the other large blocks (big lists, dict tables, long strs)
//	                    and the free spans between them
//	stack               large blocks tagged TagStack: the frame stack's chunks
//	registers           the VM's instruction pointer and current frame
//
// Take builds a Snapshot from the heap and the object layer, plus what only the VM
// knows (VMState); WriteText prints it, WriteSVG draws it.
package memmap

import (
	"sort"

	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/object"
)

// StackInfo is the frame stack as the VM sees it.
type StackInfo struct {
	Frames    int // frames live now
	HighWater int // the deepest the stack has been
	Limit     int // the recursion limit
}

// Registers are the VM's special registers at the snapshot.
type Registers struct {
	IP       int    // instruction pointer: offset of the current instruction in its code
	Function string // the current frame's function ("<module>" at top level)
	File     string
	Line     int
	Frame    uintptr // offset of the current frame in the reservation (0: none)
	SP       int     // value-stack depth of the current frame
}

// VMState is what the VM contributes to a snapshot.
type VMState struct {
	Stack     StackInfo
	Registers Registers
	CodeUnits int // compilation units alive
}

// Region is one band of the map.
type Region struct {
	Name   string
	Start  uintptr // offset in the reservation of its lowest block (0 when empty or not in the heap)
	Size   uintptr // bytes the region holds
	Used   uintptr // bytes of it in use
	Blocks int     // spans or arenas making it up
	Detail string
}

// Pool is one pool of an arena; Class is -1 for a pool never carved.
type Pool struct {
	Class    int
	InUse    int
	Capacity int
}

// Arena is one arena and its pools, in address order.
type Arena struct {
	Slot   int
	Offset uintptr
	Pools  [heap.PoolsPerArena]Pool
}

// Snapshot is the memory map at one moment.
type Snapshot struct {
	Label     string
	Base      uintptr // the reservation's address
	Reserve   uintptr
	Layout    heap.Layout
	Stats     heap.Stats
	Regions   []Region // in the order of the seed's table
	Arenas    []Arena  // highest address first
	Spans     []heap.SpanInfo
	FreeLists map[string]int
	VM        VMState
}

// Take builds a snapshot of rt's memory now.
func Take(rt *object.Runtime, label string, vm VMState) *Snapshot {
	h := rt.Heap()
	s := &Snapshot{Label: label, Layout: h.Layout(), Stats: h.Stats(), FreeLists: rt.FreeListCounts(), VM: vm}
	s.Base, s.Reserve = s.Layout.Base, s.Layout.Reserve

	byOffset := map[uintptr]*Arena{}
	h.VisitArenas(func(a heap.ArenaInfo) {
		ar := Arena{Slot: a.Slot, Offset: a.Offset}
		for i := range ar.Pools {
			ar.Pools[i].Class = -1
		}
		s.Arenas = append(s.Arenas, ar)
	})
	for i := range s.Arenas {
		byOffset[s.Arenas[i].Offset] = &s.Arenas[i]
	}
	h.VisitPools(func(p heap.PoolInfo) {
		a := byOffset[s.arenaOffsetOf(p.Arena)]
		if a == nil {
			return
		}
		a.Pools[p.Index] = Pool{Class: p.Class, InUse: p.InUse, Capacity: p.Capacity}
	})
	sort.Slice(s.Arenas, func(i, j int) bool { return s.Arenas[i].Offset > s.Arenas[j].Offset })
	h.VisitSpans(func(sp heap.SpanInfo) { s.Spans = append(s.Spans, sp) })

	tagged := func(tag heap.SpanTag) Region {
		var r Region
		for _, sp := range s.Spans {
			if !sp.Free && sp.Tag == tag {
				if r.Blocks == 0 {
					r.Start = sp.Offset
				}
				r.Size += sp.Size
				r.Used += sp.Size
				r.Blocks++
			}
		}
		return r
	}
	code := tagged(heap.TagCode)
	code.Name = "code"
	units := vm.CodeUnits
	if units == 0 {
		units = code.Blocks // one block per compilation unit
	}
	code.Detail = plural(units, "compilation unit") + ", sealed read-only"
	consts := tagged(heap.TagConstants)
	consts.Name = "constants"
	consts.Detail = "immortal constants and names, sealed read-only"
	if consts.Blocks == 0 && code.Blocks > 0 {
		consts.Detail = "each unit's constant and name tables share its sealed code block; the constants are immortal objects"
	}
	data := tagged(heap.TagData)
	data.Name = "data (initialized)"
	dataStart, dataSize, dataUsed := rt.DataArea()
	data.Start, data.Size, data.Used = dataStart.Heap().Offset(), dataSize, dataUsed
	data.Detail = plural(rt.NumTypes(), "type") + ", None/True/False/Ellipsis/NotImplemented, 256 one-character strs, empty tuple/str"
	freeListed := 0
	for _, n := range s.FreeLists {
		freeListed += n
	}
	zeroed := Region{Name: "data (zeroed)", Start: data.Start, Size: 4 * 16, Used: 4 * 16,
		Detail: "4 generation list heads; free lists holding " + plural(freeListed, "object") + "; " + plural(rt.InternedCount(), "interned str")}

	heapR := Region{Name: "heap", Start: s.Layout.ArenaLow, Size: uintptr(s.Stats.ArenasInUse) * heap.ArenaSize, Blocks: s.Stats.ArenasInUse}
	usedPools, blocks := 0, 0
	for _, c := range s.Stats.Classes {
		heapR.Used += uintptr(c.BlocksInUse) * c.Size
		usedPools += c.Pools
		blocks += c.BlocksInUse
	}
	heapR.Detail = plural(s.Stats.ArenasInUse, "arena") + " of 1 MiB, " + plural(usedPools, "pool") + " in use, " +
		plural(s.Stats.EmptyPools, "empty pool") + ", " + plural(s.Stats.UncarvedPools, "untouched pool") + ", " + plural(blocks, "block")

	store := Region{Name: "free store", Start: s.Layout.StoreBase}
	freeSpans := 0
	for _, sp := range s.Spans {
		switch {
		case sp.Free:
			store.Size += sp.Size
			freeSpans++
		case sp.Tag == heap.TagNone || sp.Tag == heap.TagBuffer:
			store.Size += sp.Size
			store.Used += sp.Size
			store.Blocks++
		}
	}
	store.Detail = plural(store.Blocks, "large block") + " in use, " + plural(freeSpans, "free span")

	stack := tagged(heap.TagStack)
	stack.Name = "stack"
	stack.Detail = plural(vm.Stack.Frames, "frame") + ", high water " + itoa(vm.Stack.HighWater) + ", limit " + itoa(vm.Stack.Limit)

	regs := Region{Name: "registers", Detail: registersDetail(vm.Registers)}
	s.Regions = []Region{code, consts, data, zeroed, heapR, store, stack, regs}
	return s
}

// arenaOffsetOf returns the offset of arena slot i.
func (s *Snapshot) arenaOffsetOf(slot int) uintptr {
	return s.Layout.ArenaEnd - uintptr(slot+1)*heap.ArenaSize
}

func registersDetail(r Registers) string {
	if r.Function == "" {
		return "no frame running"
	}
	return "ip=" + itoa(r.IP) + " sp=" + itoa(r.SP) + " frame=" + hex(r.Frame) + " in " + r.Function + " (" + r.File + ":" + itoa(r.Line) + ")"
}
