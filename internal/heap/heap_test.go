package heap_test

import (
	"errors"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/pyheap/pyheap/internal/heap"
)

func newHeap(t testing.TB, cfg heap.Config) *heap.Heap {
	t.Helper()
	h, err := heap.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

func check(t testing.TB, h *heap.Heap) {
	t.Helper()
	if err := h.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestSmallBlocks(t *testing.T) {
	for _, debug := range []bool{false, true} {
		t.Run("debug="+strconv.FormatBool(debug), func(t *testing.T) {
			h := newHeap(t, heap.Config{Debug: debug})
			seen := map[heap.Ref]bool{}
			for _, size := range []uintptr{0, 1, 7, 8, 15, 16, 17, 31, 32, 100, 255, 256, 257, 500, 511, 512} {
				r := h.Alloc(size)
				if r == 0 {
					t.Fatalf("Alloc(%d) failed: %v", size, h.LastError())
				}
				if r.Offset()%heap.Alignment != 0 {
					t.Errorf("Alloc(%d) = %#x, not %d-aligned", size, r.Offset(), heap.Alignment)
				}
				if seen[r] {
					t.Errorf("Alloc(%d) returned %#x twice", size, r.Offset())
				}
				seen[r] = true
				want := (max(size, 1) + 15) &^ 15
				if debug {
					want = size
				}
				if got := h.UsableSize(r); got != want {
					t.Errorf("UsableSize(Alloc(%d)) = %d, want %d", size, got, want)
				}
				b := h.Bytes(r, size)
				for i := range b {
					b[i] = byte(i)
				}
			}
			check(t, h)
			for r := range seen {
				h.Free(r)
			}
			h.FlushQuarantine()
			check(t, h)
			if n := h.Stats().BlocksInUse(); n != 0 {
				t.Errorf("%d blocks in use after freeing all", n)
			}
		})
	}
}

// TestPoolStates walks one class through the pool states: used, full, used again,
// empty, and an arena given back with one spare kept.
func TestPoolStates(t *testing.T) {
	h := newHeap(t, heap.Config{})
	const size = 512 // 31 blocks per pool
	var blocks []heap.Ref
	for range 31 {
		blocks = append(blocks, h.Alloc(size))
	}
	check(t, h)
	cs := h.Stats().Classes[31]
	if cs.Pools != 1 || cs.FullPools != 1 || cs.BlocksInUse != 31 || cs.BlocksAvail != 0 {
		t.Fatalf("after filling one pool: %+v", cs)
	}
	extra := h.Alloc(size) // a second pool
	if cs := h.Stats().Classes[31]; cs.Pools != 2 || cs.FullPools != 1 {
		t.Fatalf("second pool: %+v", cs)
	}
	h.Free(blocks[0]) // full → used: the first pool is at the head again
	check(t, h)
	if again := h.Alloc(size); again != blocks[0] {
		t.Errorf("a block freed into a full pool was not reused first: got %#x, want %#x", again.Offset(), blocks[0].Offset())
	}
	for _, b := range blocks {
		h.Free(b)
	}
	h.Free(extra)
	check(t, h)
	s := h.Stats()
	if s.Classes[31].Pools != 0 || s.EmptyPools != 2 || s.ArenasInUse != 1 {
		t.Fatalf("after freeing all: pools %d, empty %d, arenas %d", s.Classes[31].Pools, s.EmptyPools, s.ArenasInUse)
	}
}

func TestArenasGoBack(t *testing.T) {
	h := newHeap(t, heap.Config{})
	var blocks []heap.Ref
	for range 200000 { // 64-byte blocks: about 12 MiB, 13 arenas
		blocks = append(blocks, h.Alloc(64))
	}
	check(t, h)
	s := h.Stats()
	if s.ArenasInUse < 12 {
		t.Fatalf("%d arenas for 12 MiB of blocks", s.ArenasInUse)
	}
	// Free in random order: the emptiest arenas must drain and go back.
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(blocks), func(i, j int) { blocks[i], blocks[j] = blocks[j], blocks[i] })
	for _, b := range blocks {
		h.Free(b)
	}
	check(t, h)
	s = h.Stats()
	if s.ArenasInUse != 1 || s.Footprint != heap.ArenaSize {
		t.Errorf("after freeing all: %d arenas in use, footprint %d; want the one spare", s.ArenasInUse, s.Footprint)
	}
	if s.ArenasReclaimed != s.ArenasAllocated-1 || s.ArenasHighWater < 12 {
		t.Errorf("arenas allocated %d, reclaimed %d, high water %d", s.ArenasAllocated, s.ArenasReclaimed, s.ArenasHighWater)
	}
}

func TestLargeBlocks(t *testing.T) {
	h := newHeap(t, heap.Config{})
	a := h.Alloc(513)
	b := h.Alloc(3 * heap.PageSize)
	c := h.Alloc(heap.PageSize)
	check(t, h)
	if got := h.UsableSize(a); got != heap.PageSize {
		t.Errorf("UsableSize(513-byte block) = %d", got)
	}
	if b.Offset() != a.Offset()+heap.PageSize || c.Offset() != b.Offset()+3*heap.PageSize {
		t.Errorf("spans not laid out in order: %#x %#x %#x", a.Offset(), b.Offset(), c.Offset())
	}
	h.Free(b)
	check(t, h)
	// Best fit: a 2-page request takes the 3-page hole, splitting it.
	d := h.Alloc(2 * heap.PageSize)
	if d != b {
		t.Errorf("best fit: got %#x, want the hole at %#x", d.Offset(), b.Offset())
	}
	check(t, h)
	h.Free(a)
	h.Free(d) // merges with a and with the 1-page rest of b's hole
	check(t, h)
	if s := h.Stats(); s.StoreFreeSpans != 1 || s.StoreFreeBytes != 4*heap.PageSize {
		t.Errorf("after merging: %d free spans, %d bytes", s.StoreFreeSpans, s.StoreFreeBytes)
	}
	h.Free(c) // at the top: the store shrinks to nothing
	check(t, h)
	if s := h.Stats(); s.StoreTop != 0 || s.StoreFreeSpans != 0 || s.Footprint != 0 {
		t.Errorf("after freeing all: store top %d, free spans %d, footprint %d", s.StoreTop, s.StoreFreeSpans, s.Footprint)
	}
}

func TestReallocInPlace(t *testing.T) {
	h := newHeap(t, heap.Config{})
	r := h.Alloc(1000)
	copy(h.Bytes(r, 5), "hello")
	// At the top of the store: grows in place.
	r2 := h.Realloc(r, 10*heap.PageSize)
	if r2 != r {
		t.Errorf("realloc at the top moved the block")
	}
	blocker := h.Alloc(heap.PageSize)
	hole := h.Alloc(8 * heap.PageSize)
	after := h.Alloc(heap.PageSize)
	h.Free(hole)
	// Into a free neighbour: grows in place.
	if got := h.Realloc(blocker, 5*heap.PageSize); got != blocker {
		t.Errorf("realloc into a free neighbour moved the block")
	}
	check(t, h)
	// Too big for the neighbour: moves, contents kept.
	moved := h.Realloc(r2, 200*heap.PageSize)
	if moved == r2 || moved == 0 {
		t.Fatalf("realloc that cannot grow in place: %#x", moved.Offset())
	}
	if got := string(h.Bytes(moved, 5)); got != "hello" {
		t.Errorf("contents after realloc: %q", got)
	}
	// Shrinking stays in place and frees the tail.
	if got := h.Realloc(moved, 2*heap.PageSize); got != moved {
		t.Errorf("shrinking moved the block")
	}
	check(t, h)
	// Large to small moves to a pool.
	small := h.Realloc(moved, 100)
	if small.Offset() < h.Layout().ArenaLow || string(h.Bytes(small, 5)) != "hello" {
		t.Errorf("large→small realloc: %#x %q", small.Offset(), h.Bytes(small, 5))
	}
	// Small realloc within the class keeps the block.
	if got := h.Realloc(small, 90); got != small {
		t.Errorf("realloc within the size class moved the block")
	}
	for _, x := range []heap.Ref{small, blocker, after} {
		h.Free(x)
	}
	check(t, h)
}

func TestLimit(t *testing.T) {
	for _, debug := range []bool{false, true} {
		h := newHeap(t, heap.Config{Limit: 4 << 20, Debug: debug})
		var blocks []heap.Ref
		for {
			r := h.Alloc(256)
			if r == 0 {
				break
			}
			blocks = append(blocks, r)
			if len(blocks) > 1<<20 {
				t.Fatal("the limit did not stop small allocations")
			}
		}
		if err := h.LastError(); !errors.Is(err, heap.ErrNoMemory) || !strings.Contains(err.Error(), "limit") {
			t.Errorf("LastError = %v", err)
		}
		if fp := h.Footprint(); fp > 4<<20 {
			t.Errorf("footprint %d passed the limit", fp)
		}
		if r := h.Alloc(1 << 20); r != 0 {
			t.Errorf("a large allocation passed the limit")
		}
		if r := h.Alloc(1 << 40); r != 0 {
			t.Errorf("a 1 TiB allocation succeeded")
		}
		check(t, h)
		for _, b := range blocks[:len(blocks)/2] {
			h.Free(b)
		}
		h.FlushQuarantine()
		if r := h.Alloc(100); r == 0 {
			t.Errorf("no allocation possible after freeing half: %v", h.LastError())
		}
	}
}

func TestReservationFull(t *testing.T) {
	h := newHeap(t, heap.Config{Reserve: heap.MinReserve})
	n := 0
	for h.Alloc(64*heap.PageSize) != 0 {
		n++
	}
	for h.Alloc(300) != 0 {
		n++
	}
	if !errors.Is(h.LastError(), heap.ErrNoMemory) || n == 0 {
		t.Errorf("after %d allocations: %v", n, h.LastError())
	}
	check(t, h)
}

// model is the reference the random tests check the heap against: every live block's
// size and the byte it was filled with.
type model struct {
	t      testing.TB
	h      *heap.Heap
	live   map[heap.Ref]liveBlock
	refs   []heap.Ref
	serial byte
}

type liveBlock struct {
	size uintptr
	fill byte
}

func (m *model) verify(r heap.Ref) {
	b := m.live[r]
	for i, c := range m.h.Bytes(r, b.size) {
		if c != b.fill {
			m.t.Fatalf("block %#x (%d bytes): byte %d is %#x, want %#x", r.Offset(), b.size, i, c, b.fill)
		}
	}
}

func (m *model) alloc(size uintptr) {
	r := m.h.Alloc(size)
	if r == 0 {
		m.t.Fatalf("Alloc(%d): %v", size, m.h.LastError())
	}
	if _, dup := m.live[r]; dup {
		m.t.Fatalf("Alloc(%d) returned live block %#x", size, r.Offset())
	}
	m.serial++
	clear(m.h.Bytes(r, size))
	for i := range m.h.Bytes(r, size) {
		m.h.Bytes(r, size)[i] = m.serial
	}
	m.live[r] = liveBlock{size, m.serial}
	m.refs = append(m.refs, r)
}

func (m *model) free(i int) {
	r := m.refs[i]
	m.verify(r)
	m.h.Free(r)
	delete(m.live, r)
	m.refs[i] = m.refs[len(m.refs)-1]
	m.refs = m.refs[:len(m.refs)-1]
}

func (m *model) realloc(i int, size uintptr) {
	r := m.refs[i]
	m.verify(r)
	old := m.live[r]
	n := m.h.Realloc(r, size)
	if n == 0 {
		m.t.Fatalf("Realloc(%d): %v", size, m.h.LastError())
	}
	delete(m.live, r)
	kept := min(old.size, size)
	for j, c := range m.h.Bytes(n, kept) {
		if c != old.fill {
			m.t.Fatalf("Realloc %#x → %#x (%d → %d bytes): byte %d is %#x, want %#x", r.Offset(), n.Offset(), old.size, size, j, c, old.fill)
		}
	}
	b := m.h.Bytes(n, size)
	for j := range b {
		b[j] = old.fill
	}
	m.live[n] = liveBlock{size, old.fill}
	m.refs[i] = n
}

// randomSize picks mostly small sizes, some large, a few huge.
func randomSize(rng *rand.Rand) uintptr {
	switch k := rng.IntN(100); {
	case k < 80:
		return uintptr(rng.IntN(heap.SmallMax + 1))
	case k < 97:
		return uintptr(heap.SmallMax + 1 + rng.IntN(8*heap.PageSize))
	default:
		return uintptr(rng.IntN(300 * heap.PageSize))
	}
}

func TestModel(t *testing.T) {
	for _, debug := range []bool{false, true} {
		t.Run("debug="+strconv.FormatBool(debug), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(7, uint64(len(t.Name()))))
			m := &model{t: t, h: newHeap(t, heap.Config{Debug: debug}), live: map[heap.Ref]liveBlock{}}
			steps := 30000
			if testing.Short() {
				steps = 10000
			}
			for step := range steps {
				switch k := rng.IntN(10); {
				case len(m.refs) == 0 || k < 5:
					m.alloc(randomSize(rng))
				case k < 8:
					m.free(rng.IntN(len(m.refs)))
				default:
					m.realloc(rng.IntN(len(m.refs)), randomSize(rng))
				}
				if step%5000 == 0 {
					check(t, m.h)
				}
			}
			for len(m.refs) > 0 {
				m.free(len(m.refs) - 1)
			}
			m.h.FlushQuarantine()
			check(t, m.h)
			if s := m.h.Stats(); s.BlocksInUse() != 0 || s.ArenasInUse > 1 || s.StoreSpans != 0 {
				t.Errorf("after freeing all: %d blocks, %d arenas, %d spans", s.BlocksInUse(), s.ArenasInUse, s.StoreSpans)
			}
		})
	}
}

// FuzzHeap runs the model on operations decoded from the fuzzer's bytes.
func FuzzHeap(f *testing.F) {
	f.Add([]byte{0, 10, 0, 200, 1, 0, 2, 1, 3})
	f.Add([]byte{0, 255, 255, 0, 1, 1, 2, 0, 255, 255, 1, 0})
	f.Fuzz(func(t *testing.T, ops []byte) {
		m := &model{t: t, h: newHeap(t, heap.Config{Reserve: heap.MinReserve * 4, Debug: len(ops)%2 == 1}), live: map[heap.Ref]liveBlock{}}
		for len(ops) >= 3 {
			op, arg := ops[0]%3, uintptr(ops[1])|uintptr(ops[2])<<8
			ops = ops[3:]
			size := arg % 700
			if arg&0x8000 != 0 {
				size = arg * 4 // up to 128 KiB
			}
			switch {
			case op == 0 || len(m.refs) == 0:
				m.alloc(size)
			case op == 1:
				m.free(int(arg) % len(m.refs))
			default:
				m.realloc(int(arg)%len(m.refs), size)
			}
			check(t, m.h)
		}
	})
}

// TestGoHeapStaysSmall allocates 1 GiB of small blocks and checks that Go's own heap
// did not grow with it: the blocks live in the reservation, not on the Go heap.
func TestGoHeapStaysSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates 1 GiB")
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	h := newHeap(t, heap.Config{})
	const size = 256
	for range (1 << 30) / size {
		if h.Alloc(size) == 0 {
			t.Fatal(h.LastError())
		}
	}
	runtime.ReadMemStats(&after)
	if grew := int64(after.HeapAlloc) - int64(before.HeapAlloc); grew > 16<<20 {
		t.Errorf("Go's heap grew by %d bytes while the private heap allocated 1 GiB", grew)
	}
	if fp := h.Footprint(); fp < 1<<30 {
		t.Errorf("footprint %d for 1 GiB of blocks", fp)
	}
}

// TestRSSGoesBack checks that freeing everything gives the memory back to the OS.
func TestRSSGoesBack(t *testing.T) {
	if _, err := os.Stat("/proc/self/statm"); err != nil {
		t.Skip("needs /proc/self/statm")
	}
	h := newHeap(t, heap.Config{})
	// Go-side bookkeeping is allocated and touched before the first measurement, and
	// Go's own heap is trimmed before each one, so that the numbers are the private
	// heap's.
	blocks := make([]heap.Ref, (256<<20)/128)
	large := make([]heap.Ref, 64)
	for i := range blocks {
		blocks[i] = 0
	}
	start := rss(t)
	for i := range blocks { // 256 MiB of small blocks
		r := h.Alloc(128)
		*(*byte)(h.Ptr(r)) = 1 // touch
		blocks[i] = r
	}
	for i := range large { // 64 MiB of large blocks
		r := h.Alloc(1 << 20)
		clear(h.Bytes(r, 1<<20))
		large[i] = r
	}
	full := rss(t)
	for _, r := range blocks {
		h.Free(r)
	}
	for _, r := range large {
		h.Free(r)
	}
	end := rss(t)
	t.Logf("RSS: start %d MiB, full %d MiB, after freeing %d MiB", start>>20, full>>20, end>>20)
	if full-start < 256<<20 {
		t.Fatalf("RSS grew only %d MiB for 320 MiB of blocks", (full-start)>>20)
	}
	// One spare arena and a little slack above the free store may stay resident.
	if end > start+4<<20 {
		t.Errorf("RSS after freeing everything is %d MiB, started at %d MiB", end>>20, start>>20)
	}
	runtime.KeepAlive(blocks)
}

func rss(t testing.TB) int64 {
	runtime.GC()
	debug.FreeOSMemory()
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		t.Fatal(err)
	}
	f := strings.Fields(string(b))
	pages, _ := strconv.ParseInt(f[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

func TestSeal(t *testing.T) {
	for _, debug := range []bool{false, true} {
		h := newHeap(t, heap.Config{Debug: debug})
		r := h.Alloc(2 * heap.PageSize)
		copy(h.Bytes(r, 4), "code")
		if err := h.Seal(r); err != nil {
			t.Fatal(err)
		}
		if !h.Sealed(r) || string(h.Bytes(r, 4)) != "code" {
			t.Errorf("sealed block: sealed=%v contents %q", h.Sealed(r), h.Bytes(r, 4))
		}
		h.Free(r) // unseals first
		h.FlushQuarantine()
		r2 := h.Alloc(2 * heap.PageSize)
		copy(h.Bytes(r2, 4), "data") // would fault if still read-only
		if h.Sealed(r2) {
			t.Errorf("a new block is sealed")
		}
		check(t, h)
	}
}

func TestMallocStatsReport(t *testing.T) {
	h := newHeap(t, heap.Config{})
	for range 1000 {
		h.Alloc(48)
	}
	h.Alloc(10000)
	var b strings.Builder
	if err := h.WriteMallocStats(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"Small block threshold = 512, in 32 size classes.\n\nclass   size   num pools   blocks in use  avail blocks\n-----   ----   ---------   -------------  ------------\n",
		"    2     48           3            1000            20\n",
		"# arenas allocated total           =                    1\n",
		"1 arenas * 1048576 bytes/arena     =            1,048,576\n",
		"# bytes in allocated blocks        =               48,000\n",
		"Total                              =            1,048,576\n",
		"# bytes in large blocks            =               12,288\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

type recordingTracer struct {
	live  map[heap.Ref]uintptr
	calls int
}

func (t *recordingTracer) Alloc(r heap.Ref, size uintptr) { t.live[r] = size; t.calls++ }
func (t *recordingTracer) Free(r heap.Ref)                { delete(t.live, r); t.calls++ }

// TestTracer checks that a tracer sees every allocation, free and realloc, fast
// paths included, and nothing once removed.
func TestTracer(t *testing.T) {
	for _, debug := range []bool{false, true} {
		h := newHeap(t, heap.Config{Debug: debug})
		keep := h.Alloc(64) // a used pool, so the fast paths would apply
		tr := &recordingTracer{live: map[heap.Ref]uintptr{}}
		h.SetTracer(tr)
		if h.TryAlloc(64) != 0 {
			t.Fatal("the inlinable fast path allocates while tracing")
		}
		a, b := h.Alloc(64), h.Alloc(5000)
		b = h.Realloc(b, 9000)
		if len(tr.live) != 2 || tr.live[a] != 64 || tr.live[b] != 9000 {
			t.Errorf("traced blocks: %v", tr.live)
		}
		h.Free(a)
		h.Free(b)
		if len(tr.live) != 0 {
			t.Errorf("frees not traced: %v", tr.live)
		}
		h.SetTracer(nil)
		calls := tr.calls
		h.Free(h.Alloc(64))
		if tr.calls != calls {
			t.Errorf("a removed tracer was still called")
		}
		if !debug && h.TryAlloc(64) == 0 {
			t.Errorf("the fast path did not come back after tracing stopped")
		}
		h.Free(keep)
	}
}

// TestAllocZeroed checks that AllocZeroed's blocks are zero, the first block of a
// fresh heap (not cleared) as well as blocks over memory written and freed before.
func TestAllocZeroed(t *testing.T) {
	for _, debug := range []bool{false, true} {
		for _, size := range []uintptr{24, 4096, 256 << 10} {
			t.Run("debug="+strconv.FormatBool(debug)+"/"+strconv.Itoa(int(size)), func(t *testing.T) {
				h := newHeap(t, heap.Config{Debug: debug})
				for round := 0; round < 3; round++ {
					r := h.AllocZeroed(size)
					if r == 0 {
						t.Fatal("AllocZeroed failed")
					}
					b := h.Bytes(r, size)
					for i, c := range b {
						if c != 0 {
							t.Fatalf("round %d: byte %d is %#x", round, i, c)
						}
					}
					for i := range b {
						b[i] = 0xAB
					}
					h.Free(r)
				}
				check(t, h)
			})
		}
	}
}
