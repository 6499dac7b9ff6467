package heap_test

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/pyheap/pyheap/internal/heap"
)

// BenchmarkAllocFree measures one Alloc+Free pair per size class in steady state (the
// pool stays used: another block of the class is live).
func BenchmarkAllocFree(b *testing.B) {
	for _, size := range []uintptr{16, 32, 64, 128, 256, 512} {
		b.Run(fmt.Sprintf("size=%d", size), func(b *testing.B) {
			h := newHeap(b, heap.Config{})
			keep := h.Alloc(size)
			for b.Loop() {
				h.Free(h.Alloc(size))
			}
			h.Free(keep)
		})
	}
}

// BenchmarkAllocFreeInlined is the same pair through the inlinable fast paths, as the
// object layer's hot paths call them.
func BenchmarkAllocFreeInlined(b *testing.B) {
	for _, size := range []uintptr{16, 64, 512} {
		b.Run(fmt.Sprintf("size=%d", size), func(b *testing.B) {
			h := newHeap(b, heap.Config{})
			keep := h.Alloc(size)
			for b.Loop() {
				r := h.TryAlloc(size)
				if r == 0 {
					r = h.Alloc(size)
				}
				if !h.TryFree(r) {
					h.Free(r)
				}
			}
			h.Free(keep)
		})
	}
}

// BenchmarkAllocFreeEmptyPool is the worst case for pools: a single block whose free
// empties its pool and whose allocation takes the pool back.
func BenchmarkAllocFreeEmptyPool(b *testing.B) {
	h := newHeap(b, heap.Config{})
	for b.Loop() {
		h.Free(h.Alloc(64))
	}
}

// BenchmarkAllocFreeDebug measures the debug allocator's pair.
func BenchmarkAllocFreeDebug(b *testing.B) {
	h := newHeap(b, heap.Config{Debug: true})
	keep := h.Alloc(64)
	for b.Loop() {
		h.Free(h.Alloc(64))
	}
	h.Free(keep)
}

// BenchmarkLargeAllocFree measures a 16 KiB block, allocated and freed.
func BenchmarkLargeAllocFree(b *testing.B) {
	h := newHeap(b, heap.Config{})
	keep := h.Alloc(16 << 10)
	for b.Loop() {
		h.Free(h.Alloc(16 << 10))
	}
	h.Free(keep)
}

// BenchmarkReallocGrowth grows a block by 1/8 at a time from 64 bytes to 1 MiB, as a
// list's item array grows, then frees it.
func BenchmarkReallocGrowth(b *testing.B) {
	h := newHeap(b, heap.Config{})
	for b.Loop() {
		r := h.Alloc(64)
		for size := uintptr(64); size < 1<<20; size += size/8 + 8 {
			r = h.Realloc(r, size)
		}
		h.Free(r)
	}
}

// churnSizes is a mix of object sizes like a Python program's: mostly small, a few
// large.
func churnSizes(n int) []uintptr {
	rng := rand.New(rand.NewPCG(3, 4))
	sizes := make([]uintptr, n)
	for i := range sizes {
		switch k := rng.IntN(100); {
		case k < 60:
			sizes[i] = uintptr(16 + rng.IntN(48))
		case k < 95:
			sizes[i] = uintptr(64 + rng.IntN(448))
		default:
			sizes[i] = uintptr(513 + rng.IntN(8<<10))
		}
	}
	return sizes
}

// BenchmarkChurn keeps 100,000 objects of mixed sizes live and replaces one at a time,
// on the private heap and, for comparison, with Go's make and its garbage collector.
func BenchmarkChurn(b *testing.B) {
	const live = 100000
	sizes := churnSizes(1 << 16)
	b.Run("heap", func(b *testing.B) {
		h := newHeap(b, heap.Config{})
		slots := make([]heap.Ref, live)
		for i := range slots {
			slots[i] = h.Alloc(sizes[i%len(sizes)])
		}
		i := 0
		for b.Loop() {
			j := (i * 7919) % live
			h.Free(slots[j])
			r := h.Alloc(sizes[i&(len(sizes)-1)])
			*(*byte)(h.Ptr(r)) = 1
			slots[j] = r
			i++
		}
	})
	b.Run("go", func(b *testing.B) {
		slots := make([][]byte, live)
		for i := range slots {
			slots[i] = make([]byte, sizes[i%len(sizes)])
		}
		i := 0
		for b.Loop() {
			j := (i * 7919) % live
			s := make([]byte, sizes[i&(len(sizes)-1)])
			s[0] = 1
			slots[j] = s
			i++
		}
		runtime.KeepAlive(slots)
	})
}

// BenchmarkFragmentation allocates 1M objects of mixed small sizes, frees 90% of them
// at random, and reports the arenas still held against the arenas the live bytes
// would need if packed: the cost of CPython's rule that one live block keeps its
// whole arena, which pyheap shares.
func BenchmarkFragmentation(b *testing.B) {
	const n = 1 << 20
	sizes := churnSizes(n)
	for b.Loop() {
		h, err := heap.New(heap.Config{})
		if err != nil {
			b.Fatal(err)
		}
		refs := make([]heap.Ref, n)
		for i := range refs {
			refs[i] = h.Alloc(min(sizes[i], heap.SmallMax))
		}
		peak := h.Stats().ArenasInUse
		rng := rand.New(rand.NewPCG(5, 6))
		rng.Shuffle(n, func(i, j int) { refs[i], refs[j] = refs[j], refs[i] })
		var liveBytes uintptr
		for i, r := range refs {
			if i < n*9/10 {
				h.Free(r)
			} else {
				liveBytes += h.UsableSize(r)
			}
		}
		s := h.Stats()
		b.ReportMetric(float64(peak), "arenas-peak")
		b.ReportMetric(float64(s.ArenasInUse), "arenas-held")
		b.ReportMetric(float64(liveBytes)/heap.ArenaSize, "arenas-if-packed")
		h.Close()
	}
}

// BenchmarkAllocBurst allocates 10,000 blocks of one class, then frees them all: a
// growing structure, where pools are carved as they fill.
func BenchmarkAllocBurst(b *testing.B) {
	h := newHeap(b, heap.Config{})
	refs := make([]heap.Ref, 10000)
	for b.Loop() {
		for i := range refs {
			refs[i] = h.Alloc(32)
		}
		for _, r := range refs {
			h.Free(r)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(refs)), "ns/block")
}
