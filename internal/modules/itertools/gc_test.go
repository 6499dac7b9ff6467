package itertools_test

import (
	"testing"

	gcpkg "github.com/pyheap/pyheap/internal/gc"
	"github.com/pyheap/pyheap/internal/heap"
	itmod "github.com/pyheap/pyheap/internal/modules/itertools"
	"github.com/pyheap/pyheap/internal/modules/modtest"
	"github.com/pyheap/pyheap/internal/object"
)

// TestCyclesCollected makes reference cycles through itertools objects (a list
// holding an iterator over itself) and checks that the collector frees them,
// which needs each type's Traverse to report exactly what it holds.
func TestCyclesCollected(t *testing.T) {
	rt := modtest.NewRuntime(t)
	c := gcpkg.New(rt)
	m := itmod.New(rt)
	defer rt.Decref(m)
	for _, name := range []string{"cycle", "pairwise", "accumulate", "chain", "groupby", "tee", "zip_longest"} {
		f := rt.GetAttrString(m, name)
		run := func(n int) {
			for i := 0; i < n; i++ {
				l := rt.NewList(0)
				rt.ListAppend(l, object.MakeSmallInt(1))
				it := rt.Call(f, []object.Ref{l}, object.Nil)
				if it == object.Nil {
					t.Fatalf("%s: %s", name, modtest.ExcString(rt))
				}
				// Start it, so that it holds the list's iterator and items.
				if name != "tee" {
					rt.Decref(rt.Next(it))
					rt.ClearErr()
				}
				rt.ListAppend(l, it)
				rt.Decref(it)
				rt.Decref(l)
			}
			c.Collect(2)
		}
		// Warm the free lists, then check that more cycles leave nothing behind.
		run(100)
		rt.Heap().FlushQuarantine()
		before := rt.Heap().Stats().BlocksInUse()
		run(100)
		if after := flushed(rt).Stats().BlocksInUse(); after > before+4 {
			t.Errorf("%s: %d blocks still in use after collecting 100 cycles", name, after-before)
		}
		rt.Decref(f)
	}
}

// flushed empties the debug allocator's quarantine (freed blocks wait there) and
// returns the heap, so block counts show only live blocks.
func flushed(rt *object.Runtime) *heap.Heap {
	rt.Heap().FlushQuarantine()
	return rt.Heap()
}
