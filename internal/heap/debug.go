// The debug allocator: fill patterns, guard bytes, and detection of double frees,
// writes past either end of a block and writes after free. See doc.go.

package heap

import (
	"encoding/binary"
	"fmt"
)

// Under the debug allocator every allocation of n bytes takes n+debugOverhead bytes
// from the ordinary allocator and looks like this (offsets in bytes):
//
//	0      4       8             16          16+n         24+n
//	| size | state | front guard | user bytes | tail guard |
//
// size is n; state says whether the block is allocated or freed; the guards hold
// guardByte. The caller's Ref points at the user bytes, 16 bytes in, so it keeps the
// 16-byte alignment. Fresh user bytes hold cleanByte, freed ones deadByte (CPython's
// PYMEM_CLEANBYTE, PYMEM_DEADBYTE and PYMEM_FORBIDDENBYTE).
//
// A freed block is not reused at once: it waits in a quarantine of the most recent
// frees, so that a second free of it is caught, and a write to it is caught when it
// leaves the quarantine (its dead bytes are checked then).
const (
	debugHeader   = 16 // size, state, front guard
	debugTail     = 8
	debugOverhead = debugHeader + debugTail
	guardByte     = 0xFD
	cleanByte     = 0xCD
	deadByte      = 0xDD
	stateLive     = 0xA110CA7E
	stateDead     = 0xDEADB10C
	// quarantineBytes bounds the memory held in quarantine.
	quarantineBytes = 1 << 20
)

type debugState struct {
	quarantine []Ref // underlying blocks, oldest first
	head       int   // index of the oldest entry
	held       uintptr
	serial     uint64
}

func newDebugState() *debugState { return &debugState{} }

// CorruptionError describes misuse of the heap found by the debug allocator: a double
// free, a write past either end of a block or after its free, or a free of memory the
// heap did not hand out. The debug allocator panics with it: the heap cannot go on.
type CorruptionError struct {
	Kind   string  // what went wrong
	Offset uintptr // offset of the user bytes in the reservation
	Size   uintptr // the size the block was allocated with (0 if unknown)
	Detail string
}

func (e *CorruptionError) Error() string {
	s := fmt.Sprintf("heap (debug allocator): %s: block at offset %#x", e.Kind, e.Offset)
	if e.Size != 0 {
		s += fmt.Sprintf(", allocated with %d bytes", e.Size)
	}
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

func (h *Heap) corrupt(kind string, user Ref, size uintptr, detail string) {
	panic(&CorruptionError{Kind: kind, Offset: user.Offset(), Size: size, Detail: detail})
}

func (h *Heap) debugAlloc(size uintptr) Ref {
	u := h.rawAlloc(size + debugOverhead)
	if u == 0 {
		return 0
	}
	b := h.Bytes(u, size+debugOverhead)
	binary.LittleEndian.PutUint32(b[0:], uint32(size))
	binary.LittleEndian.PutUint32(b[4:], stateLive)
	fill(b[8:debugHeader], guardByte)
	fill(b[debugHeader:debugHeader+size], cleanByte)
	fill(b[debugHeader+size:], guardByte)
	return u.Add(debugHeader)
}

// debugUnderlying returns the ordinary block behind a debug Ref.
func (h *Heap) debugUnderlying(user Ref) Ref { return user - debugHeader/refUnit }

// debugCheck validates a live debug block and returns its underlying Ref and size.
func (h *Heap) debugCheck(user Ref, op string) (Ref, uintptr) {
	if !h.plausible(user) {
		h.corrupt(op+" of memory this heap did not allocate", user, 0, "")
	}
	u := h.debugUnderlying(user)
	hdr := h.Bytes(u, debugHeader)
	size := uintptr(binary.LittleEndian.Uint32(hdr[0:]))
	switch binary.LittleEndian.Uint32(hdr[4:]) {
	case stateLive:
	case stateDead:
		h.corrupt("double free", user, size, op+" of a block that was already freed")
	default:
		h.corrupt(op+" of memory this heap did not allocate (or its header was overwritten)", user, 0, "")
	}
	if size+debugOverhead > h.rawUsableSize(u) {
		h.corrupt("header overwritten", user, size, "the recorded size does not fit the block")
	}
	for i, c := range hdr[8:debugHeader] {
		if c != guardByte {
			h.corrupt("write before the start", user, size, fmt.Sprintf("front guard byte %d (of 8 before the block) is %#02x, expected %#02x", i, c, guardByte))
		}
	}
	for i, c := range h.Bytes(user.Add(0), size+debugTail)[size:] {
		if c != guardByte {
			h.corrupt("write past the end", user, size, fmt.Sprintf("tail guard byte %d (at offset %d of the block) is %#02x, expected %#02x", i, size+uintptr(i), c, guardByte))
		}
	}
	return u, size
}

// plausible reports whether user could be a debug block's Ref: inside an arena in use
// or inside the free store, and not in the header area of a pool.
func (h *Heap) plausible(user Ref) bool {
	off := user.Offset()
	if off < debugHeader || off&(Alignment-1) != 0 {
		return false
	}
	u := off - debugHeader
	if u >= h.arenaLow && off < h.arenaEnd {
		i := uint32((h.arenaEnd - 1 - u) / ArenaSize)
		if !h.arenas[i].inUse || u&(PoolSize-1) < poolHeaderSize {
			return false
		}
		return uint32((u-h.arenaOffset(i))/PoolSize) < h.arenas[i].poolsCarved
	}
	return u >= h.storeBase && u < h.storeTop && u&(PageSize-1) == 0 && h.desc(uint32(u>>pageShift)).state&^flagSealed == spanUsed
}

func (h *Heap) debugFree(user Ref) {
	u, size := h.debugCheck(user, "free")
	if h.Sealed(user) {
		h.Unseal(user)
	}
	b := h.Bytes(u, size+debugOverhead)
	binary.LittleEndian.PutUint32(b[4:], stateDead)
	fill(b[debugHeader:debugHeader+size], deadByte)
	d := h.dbg
	d.quarantine = append(d.quarantine, u)
	d.held += size + debugOverhead
	for d.held > quarantineBytes {
		h.evictQuarantine()
	}
}

// evictQuarantine really frees the oldest quarantined block, after checking that
// nothing wrote to it since it was freed.
func (h *Heap) evictQuarantine() {
	d := h.dbg
	u := d.quarantine[d.head]
	d.head++
	b := h.Bytes(u, debugHeader)
	size := uintptr(binary.LittleEndian.Uint32(b[0:]))
	user := u.Add(debugHeader)
	if binary.LittleEndian.Uint32(b[4:]) != stateDead {
		h.corrupt("write after free", user, size, "the freed block's header was overwritten")
	}
	for i, c := range h.Bytes(user, size) {
		if c != deadByte {
			h.corrupt("write after free", user, size, fmt.Sprintf("byte %d is %#02x, expected the dead pattern %#02x", i, c, deadByte))
		}
	}
	d.held -= size + debugOverhead
	if d.head > len(d.quarantine)/2 {
		d.quarantine = append(d.quarantine[:0], d.quarantine[d.head:]...)
		d.head = 0
	}
	h.rawFree(u)
}

// FlushQuarantine frees every block the debug allocator is holding back, checking
// each, so that accounting shows only live blocks.
func (h *Heap) FlushQuarantine() {
	if h.dbg == nil {
		return
	}
	for h.dbg.head < len(h.dbg.quarantine) {
		h.evictQuarantine()
	}
}

func (h *Heap) debugSize(user Ref) uintptr {
	_, size := h.debugCheck(user, "size query")
	return size
}

func (h *Heap) debugRealloc(user Ref, size uintptr) Ref {
	_, old := h.debugCheck(user, "realloc")
	n := h.debugAlloc(size)
	if n == 0 {
		return 0
	}
	copy(h.Bytes(n, size), h.Bytes(user, min(old, size)))
	h.debugFree(user)
	return n
}

func fill(b []byte, c byte) {
	for i := range b {
		b[i] = c
	}
}
