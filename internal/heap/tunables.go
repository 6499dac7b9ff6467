// Tunable settings of the private heap, with their invariants. See doc.go for the
// design; the size-class table they produce is generated into sizeclasses.go.

package heap

import "unsafe"

const (
	// RefShift is log2 of the unit a Ref counts in: references are 32-bit offsets
	// into the reservation in 8-byte units, so one heap reaches 2^32 * 8 = 32 GiB.
	// Every block is 16-byte aligned; objects inside blocks need 8 (a GC header in
	// front of an object header is 8 bytes).
	RefShift = 3
	refUnit  = 1 << RefShift

	// MaxReserve is the largest reservation a 32-bit Ref can address: 32 GiB.
	MaxReserve = uintptr(1) << (32 + RefShift)
	// DefaultReserve is the address space a heap reserves when its Config names none.
	DefaultReserve = MaxReserve
	// MinReserve is the smallest reservation New accepts.
	MinReserve = uintptr(16) << 20

	// Alignment is the alignment of every block, and the spacing of the size classes.
	Alignment = 16
	// SmallMax is the largest request served from pools (CPython's
	// SMALL_REQUEST_THRESHOLD); larger ones go to the free store.
	SmallMax = 512
	// numClasses is the number of small size classes: 16, 32, ..., 512 bytes.
	numClasses = SmallMax / Alignment

	// PoolSize is the size of a pool: a run of blocks of one size class behind a
	// pool header (CPython 3.11's POOL_SIZE).
	PoolSize  = 16 << 10
	poolShift = 14
	// ArenaSize is the unit the heap takes small-object memory in, and gives back
	// (CPython 3.11's ARENA_SIZE on 64-bit platforms).
	ArenaSize     = 1 << 20
	arenaShift    = 20
	PoolsPerArena = ArenaSize / PoolSize

	// poolHeaderSize is the size of a pool header, a multiple of Alignment so that the
	// first block is aligned.
	poolHeaderSize = 32

	// PageSize is the free store's page: large requests are rounded up to it, and it
	// is the unit of the page map. Memory goes back to the OS in whole OS pages inside
	// a free span (rounding inward where the OS page is larger, as on macOS/arm64).
	PageSize  = 4 << 10
	pageShift = 12
	// pageDescSize is the size of one page-map entry (pageDesc).
	pageDescSize = 16

	// exactBins is the number of free-span lists of exact length (1..exactBins-1
	// pages); longer free spans share one list, searched best-fit.
	exactBins = 128
	// releasePages: a free span of at least this many pages (1 MiB) is given back
	// to the OS as soon as it is freed; shorter ones stay resident for reuse...
	releasePages = 256
	// ...until the resident free pages add up to scavengePages (4 MiB); then every
	// resident free span is given back. At 16 and 256 pages, a set or dict table
	// freed and made again in a loop (a | b, {**d}) page-faulted its memory back in
	// every time: set union and difference of 10,000 items ran 4x CPython (whose
	// malloc keeps such blocks), and now about 1x; the peak RSS of the benchmark
	// programs moved by under 0.6 MiB (json_roundtrip, the most).
	scavengePages = 1024

	// carveBatch is how many bytes of never-used blocks a pool carves at a time:
	// enough that most allocations find a free block on the inlined fast path, few
	// enough that carving touches at most a page or so (carving a whole pool up
	// front made an alloc/free pair that empties a pool cost ~344 ns in the
	// prototype; one block at a time sent every allocation of a growing pool
	// through the slow path).
	carveBatch = 512

	// storeGrowth is the step in which the free store commits address space.
	storeGrowth = ArenaSize
)

// Compile-time checks of the invariants above: each constant expression is a negative
// or non-zero value converted to uint (which fails to compile) if the invariant breaks.
const (
	_ uint    = PoolSize - 1<<poolShift                // poolShift matches PoolSize
	_ uint    = 1<<poolShift - PoolSize                //
	_ uint    = ArenaSize - 1<<arenaShift              // arenaShift matches ArenaSize
	_ uint    = 1<<arenaShift - ArenaSize              //
	_ uint    = PageSize - 1<<pageShift                // pageShift matches PageSize
	_ uint    = 1<<pageShift - PageSize                //
	_ uint    = -(ArenaSize % PoolSize)                // an arena holds whole pools
	_ uint    = -(PoolSize % PageSize)                 // a pool is whole pages
	_ uint    = -(poolHeaderSize % Alignment)          // the first block is aligned
	_ uint    = -(Alignment % refUnit)                 // every block starts on a Ref unit
	_ uint    = -(SmallMax % Alignment)                // classes tile 1..SmallMax
	_ uint    = PoolSize - poolHeaderSize - 2*SmallMax // a pool holds at least two of the largest blocks
	_ uintptr = poolHeaderSize - unsafe.Sizeof(poolHeader{})
	_ uintptr = unsafe.Sizeof(poolHeader{}) - poolHeaderSize
	_ uintptr = pageDescSize - unsafe.Sizeof(pageDesc{})
	_ uintptr = unsafe.Sizeof(pageDesc{}) - pageDescSize
	_ uint    = 64 - PoolsPerArena // a pool bitmap fits a uint64
	_ uint    = scavengePages - releasePages
)
