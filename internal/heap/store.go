// The free store: a page-granular allocator for requests larger than SmallMax, in
// the same reservation as the arenas. See doc.go for the design.

package heap

import (
	"fmt"
	"math/bits"
	"unsafe"
)

// pageDesc is one entry of the page map, which describes every PageSize page of the
// reservation (entry n at offset n*pageDescSize). Only span boundaries are kept
// accurate: the first page of every span, and the last page of every free span, so
// that a span being freed can find both neighbours in O(1). Entries of pages inside a
// span are stale and never read.
type pageDesc struct {
	npages uint32 // the span's length in pages
	state  uint32 // spanUsed or spanFree, with flags
	// next is, for a free span, the first page of the next free span in the same bin
	// (0 = end); for a used span, its SpanTag.
	next uint32
	prev uint32 // first page of the previous free span in the bin; 0 = head
}

// SpanTag says what a large block holds, for reports and memory maps; the heap
// itself gives it no meaning. New blocks have TagNone.
type SpanTag uint32

// The tags pyheap's layers use.
const (
	TagNone      SpanTag = iota // object storage: a big list's items, a dict table, a long str
	TagData                     // the data area: static objects and runtime tables
	TagCode                     // a compilation unit's bytecode (sealed read-only)
	TagConstants                // a compilation unit's constants (sealed read-only)
	TagStack                    // a chunk of the frame stack
	TagBuffer                   // a raw buffer of a Go extension (the PyMem_RawMalloc analogue)
)

// String names the tag as the memory map prints it.
func (t SpanTag) String() string {
	switch t {
	case TagData:
		return "data"
	case TagCode:
		return "code"
	case TagConstants:
		return "constants"
	case TagStack:
		return "stack"
	case TagBuffer:
		return "buffer"
	}
	return "objects"
}

// SetTag records what the large block r holds (r must be a large block: one
// allocated with more than SmallMax bytes).
func (h *Heap) SetTag(r Ref, tag SpanTag) {
	if h.debug {
		r = h.debugUnderlying(r)
	}
	h.desc(h.spanStart(r, "tag")).next = uint32(tag)
}

const (
	spanUsed   = 1
	spanFree   = 2
	flagDirty  = 4 // a free span whose pages may still be resident
	flagSealed = 8 // a used span that is read-only
)

func (h *Heap) desc(page uint32) *pageDesc {
	return (*pageDesc)(unsafe.Add(h.base, uintptr(page)*pageDescSize))
}

func pagesFor(size uintptr) uint32 { return uint32((size + PageSize - 1) >> pageShift) }

func pageRef(page uint32) Ref { return Ref(uintptr(page) << (pageShift - RefShift)) }

// allocLarge allocates a span of whole pages for size bytes.
func (h *Heap) allocLarge(size uintptr) Ref {
	if size > h.reserve {
		return h.fail("the request is larger than the reservation", size)
	}
	n := pagesFor(size)
	if !h.charge(uintptr(n) << pageShift) {
		return h.fail("the memory limit is reached", size)
	}
	page := h.takeFreeSpan(n)
	if page == 0 {
		page = h.growStore(n)
		if page == 0 {
			h.footprint -= uintptr(n) << pageShift
			return h.fail("the reservation is full", size)
		}
	}
	h.markUsed(page, n)
	h.storePages += n
	h.storeSpans++
	return pageRef(page)
}

// markUsed writes the boundary entries of a used span.
func (h *Heap) markUsed(page, n uint32) {
	d := h.desc(page)
	d.npages, d.state, d.next = n, spanUsed, uint32(TagNone)
	if n > 1 {
		// The last page must not look like the end of a free span to the span after.
		last := h.desc(page + n - 1)
		last.npages, last.state = n, spanUsed
	}
}

// markFree writes the boundary entries of a free span (not yet in a bin).
func (h *Heap) markFree(page, n, flags uint32) {
	d := h.desc(page)
	d.npages, d.state = n, spanFree|flags
	last := h.desc(page + n - 1)
	last.npages, last.state = n, spanFree|flags
}

// takeFreeSpan finds the best-fitting free span of at least n pages, lowest address
// first among equals, splits off what is not needed, and returns its first page (0
// if there is none).
func (h *Heap) takeFreeSpan(n uint32) uint32 {
	page := uint32(0)
	if n < exactBins {
		// The exact bins, from n up: the first non-empty one is the best fit.
		for w := n / 64; w < uint32(len(h.binMask)) && page == 0; w++ {
			m := h.binMask[w]
			if w == n/64 {
				m &^= (1 << (n % 64)) - 1
			}
			if w == 0 {
				m &^= 1 // bin 0 is the long list
			}
			if m != 0 {
				page = h.bins[w*64+uint32(bits.TrailingZeros64(m))]
			}
		}
	}
	if page == 0 {
		best := uint32(0)
		for p := h.bins[0]; p != 0; p = h.desc(p).next {
			if m := h.desc(p).npages; m >= n && (best == 0 || m < h.desc(best).npages || m == h.desc(best).npages && p < best) {
				best = p
			}
		}
		page = best
	}
	if page == 0 {
		return 0
	}
	d := h.desc(page)
	m, flags := d.npages, d.state&flagDirty
	h.unbin(page)
	if m > n {
		h.markFree(page+n, m-n, flags)
		h.bin(page + n)
	}
	return page
}

// growStore extends the free store at its top by n pages.
func (h *Heap) growStore(n uint32) uint32 {
	need := uintptr(n) << pageShift
	if h.storeTop+need > h.arenaLow || h.storeTop+need < h.storeTop {
		return 0
	}
	if !h.commitStore(h.storeTop + need) {
		return 0
	}
	page := uint32(h.storeTop >> pageShift)
	h.storeTop += need
	h.topSlack -= min(h.topSlack, n)
	return page
}

// commitStore makes sure [storeBase, top) is committed, committing in storeGrowth steps.
func (h *Heap) commitStore(top uintptr) bool {
	if top <= h.storeCommitTop {
		return true
	}
	to := min(roundUp(top, storeGrowth), h.arenaLow)
	if err := osCommit(h.base, h.storeCommitTop, to-h.storeCommitTop); err != nil {
		h.lastErr = fmt.Errorf("heap: committing free-store pages: %w", err)
		return false
	}
	h.storeCommitTop = to
	return true
}

// bin puts the free span starting at page on the list for its length.
func (h *Heap) bin(page uint32) {
	d := h.desc(page)
	b := d.npages
	if b >= exactBins {
		b = 0
	}
	d.prev, d.next = 0, h.bins[b]
	if d.next != 0 {
		h.desc(d.next).prev = page
	}
	h.bins[b] = page
	h.binMask[b/64] |= 1 << (b % 64)
	if d.state&flagDirty != 0 {
		h.dirtyPages += d.npages
	}
}

// unbin takes the free span starting at page off its list.
func (h *Heap) unbin(page uint32) {
	d := h.desc(page)
	b := d.npages
	if b >= exactBins {
		b = 0
	}
	if d.prev != 0 {
		h.desc(d.prev).next = d.next
	} else {
		h.bins[b] = d.next
		if d.next == 0 {
			h.binMask[b/64] &^= 1 << (b % 64)
		}
	}
	if d.next != 0 {
		h.desc(d.next).prev = d.prev
	}
	if d.state&flagDirty != 0 {
		h.dirtyPages -= d.npages
	}
}

// spanStart checks that r is the first page of a used span and returns its page.
func (h *Heap) spanStart(r Ref, op string) uint32 {
	off := r.Offset()
	page := uint32(off >> pageShift)
	if off&(PageSize-1) != 0 || off < h.storeBase || off >= h.storeTop || h.desc(page).state&^flagSealed != spanUsed {
		panic(fmt.Sprintf("heap: %s of %#x, which is not a block this heap allocated (or was freed already)", op, off))
	}
	return page
}

// freeLarge frees a span, merges it with free neighbours, and gives its pages back to
// the OS when it is at the top of the store or long enough.
func (h *Heap) freeLarge(r Ref) {
	page := h.spanStart(r, "free")
	d := h.desc(page)
	if d.state&flagSealed != 0 {
		h.protectSpan(page, d.npages, false)
	}
	n := d.npages
	h.storePages -= n
	h.storeSpans--
	h.footprint -= uintptr(n) << pageShift
	h.releaseSpan(page, n)
}

// releaseSpan turns the pages [page, page+n), which belong to no span any more, into
// a free span, merging it with its neighbours.
func (h *Heap) releaseSpan(page, n uint32) {
	topPage := uint32(h.storeTop >> pageShift)
	if next := page + n; next < topPage {
		if nd := h.desc(next); nd.state&spanFree != 0 {
			h.unbin(next)
			n += nd.npages
		}
	}
	if page > uint32(h.storeBase>>pageShift) {
		if pd := h.desc(page - 1); pd.state&spanFree != 0 {
			start := page - pd.npages
			h.unbin(start)
			n += page - start
			page = start
		}
	}
	if page+n == topPage {
		// The span ends at the top of the store: the store shrinks instead. Its pages
		// stay resident as slack above the top while they are few, so that a block
		// freed and allocated again at the top costs no system call.
		h.storeTop = uintptr(page) << pageShift
		h.topSlack += n
		if n >= releasePages || h.topSlack >= scavengePages {
			h.osReleasePages(page, h.topSlack)
			h.topSlack = 0
		}
		return
	}
	if n >= releasePages {
		h.osReleasePages(page, n)
		h.markFree(page, n, 0)
		h.bin(page)
		return
	}
	h.markFree(page, n, flagDirty)
	h.bin(page)
	if h.dirtyPages >= scavengePages {
		h.scavenge()
	}
}

// scavenge gives back to the OS the pages of every free span still resident.
func (h *Heap) scavenge() {
	for b := range h.bins {
		for p := h.bins[b]; p != 0; p = h.desc(p).next {
			d := h.desc(p)
			if d.state&flagDirty != 0 {
				h.osReleasePages(p, d.npages)
				d.state &^= flagDirty
				h.desc(p + d.npages - 1).state &^= flagDirty
				h.dirtyPages -= d.npages
			}
		}
	}
}

// osReleasePages gives the whole OS pages inside [page, page+n) back to the OS.
func (h *Heap) osReleasePages(page, n uint32) {
	from := roundUp(uintptr(page)<<pageShift, h.osPage)
	to := (uintptr(page+n) << pageShift) &^ (h.osPage - 1)
	if to > from {
		osRelease(h.base, from, to-from)
	}
}

// resizeLarge resizes the used span at page to n pages in place, and reports whether
// it could: shrinking always can; growing can when the pages after the span are free
// or are the top of the store, and the limit allows.
func (h *Heap) resizeLarge(page, n uint32) bool {
	page = h.spanStart(pageRef(page), "realloc")
	d := h.desc(page)
	if d.state&flagSealed != 0 {
		return false
	}
	old, tag := d.npages, d.next
	switch {
	case n == old:
		return true
	case n < old:
		h.markUsed(page, n)
		d.next = tag
		h.storePages -= old - n
		h.footprint -= uintptr(old-n) << pageShift
		h.releaseSpan(page+n, old-n)
		return true
	}
	extra := n - old
	next := page + old
	topPage := uint32(h.storeTop >> pageShift)
	if next != topPage {
		nd := h.desc(next)
		if nd.state&spanFree == 0 || nd.npages < extra {
			return false
		}
	}
	if !h.charge(uintptr(extra) << pageShift) {
		return false
	}
	if next == topPage {
		if h.growStore(extra) == 0 {
			h.footprint -= uintptr(extra) << pageShift
			return false
		}
	} else {
		nd := h.desc(next)
		m, flags := nd.npages, nd.state&flagDirty
		h.unbin(next)
		if m > extra {
			h.markFree(next+extra, m-extra, flags)
			h.bin(next + extra)
		}
	}
	h.markUsed(page, n)
	d.next = tag
	h.storePages += extra
	return true
}

// Seal makes the large block r read-only (page protection): writing to it then
// faults. The compiler seals a unit's code and constants this way. Freeing a sealed
// block unseals it first.
func (h *Heap) Seal(r Ref) error {
	if h.debug {
		r = h.debugUnderlying(r)
	}
	page := h.spanStart(r, "seal")
	d := h.desc(page)
	if err := h.protectSpan(page, d.npages, true); err != nil {
		return err
	}
	d.state |= flagSealed
	return nil
}

// Unseal makes a sealed block writable again.
func (h *Heap) Unseal(r Ref) error {
	if h.debug {
		r = h.debugUnderlying(r)
	}
	page := h.spanStart(r, "unseal")
	d := h.desc(page)
	if err := h.protectSpan(page, d.npages, false); err != nil {
		return err
	}
	d.state &^= flagSealed
	return nil
}

func (h *Heap) protectSpan(page, n uint32, readOnly bool) error {
	if h.osPage > PageSize {
		return fmt.Errorf("heap: sealing needs %d-byte pages, the OS has %d", PageSize, h.osPage)
	}
	return osProtect(h.base, uintptr(page)<<pageShift, uintptr(n)<<pageShift, readOnly)
}

// Sealed reports whether r is a sealed large block.
func (h *Heap) Sealed(r Ref) bool {
	if h.debug {
		r = h.debugUnderlying(r)
	}
	off := r.Offset()
	return off < h.arenaLow && off >= h.storeBase && h.desc(uint32(off>>pageShift)).state&flagSealed != 0
}
