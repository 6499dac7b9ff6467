// The object layer's part of sys._debugmallocstats(): the free lists.

package object

import (
	"fmt"
	"io"
	"strconv"
)

// WriteMallocStats writes the full sys._debugmallocstats() report: the heap's
// arenas, pools and free store (heap.WriteMallocStats), then the free lists, in
// CPython 3.11's layout with pyheap's object sizes.
func (rt *Runtime) WriteMallocStats(w io.Writer) error {
	if err := rt.heap.WriteMallocStats(w); err != nil {
		return err
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return err
	}
	return rt.WriteFreeListStats(w)
}

// WriteFreeListStats writes one line per free list: how many objects it holds, of
// what size, and the bytes they occupy (CPython's _PyDebugAllocatorStats lines).
func (rt *Runtime) WriteFreeListStats(w io.Writer) error {
	line := func(n int, what string, size uintptr) error {
		label := fmt.Sprintf("%d free %s * %d bytes each", n, what, size)
		_, err := fmt.Fprintf(w, "%50s = %21s\n", label, groupThousands(uint64(n)*uint64(size)))
		return err
	}
	if err := line(rt.free.dictCount, "PyDictObjects", blockSize(dictSize)); err != nil {
		return err
	}
	if err := line(rt.free.floatCount, "PyFloatObjects", blockSize(floatSize)); err != nil {
		return err
	}
	if err := line(rt.free.listCount, "PyListObjects", blockSize(rt.ListType.Size)); err != nil {
		return err
	}
	for i, n := range rt.free.tupleCount {
		if err := line(n, fmt.Sprintf("%d-sized PyTupleObjects", i+1), blockSize(tupleOffItems+uintptr(i+1)*4)); err != nil {
			return err
		}
	}
	return nil
}

// blockSize is the pool block an object of n bytes takes.
func blockSize(n uintptr) uintptr { return (n + 15) &^ 15 }

func groupThousands(n uint64) string {
	s := strconv.FormatUint(n, 10)
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
