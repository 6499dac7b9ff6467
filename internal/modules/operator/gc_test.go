package operator_test

import (
	"testing"

	gcpkg "github.com/pyheap/pyheap/internal/gc"
	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/modules/modtest"
	opmod "github.com/pyheap/pyheap/internal/modules/operator"
	"github.com/pyheap/pyheap/internal/object"
)

// TestCyclesCollected: itemgetter, attrgetter and methodcaller objects in cycles
// (a list that is their own argument) are freed by the collector.
func TestCyclesCollected(t *testing.T) {
	rt := modtest.NewRuntime(t)
	c := gcpkg.New(rt)
	m := opmod.New(rt)
	defer rt.Decref(m)
	for _, name := range []string{"itemgetter", "methodcaller"} {
		f := rt.GetAttrString(m, name)
		run := func(n int) {
			for i := 0; i < n; i++ {
				l := rt.NewList(0)
				args := []object.Ref{l}
				if name == "methodcaller" {
					s := rt.NewStr("x")
					args = []object.Ref{s, l}
					defer rt.Decref(s)
				}
				g := rt.Call(f, args, object.Nil)
				if g == object.Nil {
					t.Fatalf("%s: %s", name, modtest.ExcString(rt))
				}
				rt.ListAppend(l, g)
				rt.Decref(g)
				rt.Decref(l)
			}
			c.Collect(2)
		}
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
