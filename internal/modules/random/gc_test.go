package random_test

import (
	"testing"

	gcpkg "github.com/pyheap/pyheap/internal/gc"
	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/modules/modtest"
	rmod "github.com/pyheap/pyheap/internal/modules/random"
	"github.com/pyheap/pyheap/internal/object"
)

// TestCyclesCollected: a Random whose gauss_next (set through setstate) is a list
// holding the Random itself is freed by the collector.
func TestCyclesCollected(t *testing.T) {
	rt := modtest.NewRuntime(t)
	c := gcpkg.New(rt)
	m := rmod.New(rt)
	defer rt.Decref(m)
	cls := rt.GetAttrString(m, "Random")
	defer rt.Decref(cls)
	run := func(n int) {
		for i := 0; i < n; i++ {
			r := rt.Call(cls, []object.Ref{object.MakeSmallInt(1)}, object.Nil)
			st := rt.CallMethod(r, "getstate")
			l := rt.NewList(0)
			rt.ListAppend(l, r)
			nst := rt.TupleFrom(rt.TupleItems(st)[0], rt.TupleItems(st)[1], l)
			if res := rt.CallMethod(r, "setstate", nst); res == object.Nil {
				t.Fatal(modtest.ExcString(rt))
			}
			rt.Decref(nst)
			rt.Decref(st)
			rt.Decref(l)
			rt.Decref(r)
		}
		c.Collect(2)
	}
	run(50)
	rt.Heap().FlushQuarantine()
	before := rt.Heap().Stats().BlocksInUse()
	run(50)
	if after := flushed(rt).Stats().BlocksInUse(); after > before+4 {
		t.Errorf("%d blocks still in use after collecting 50 cycles", after-before)
	}
}

// flushed empties the debug allocator's quarantine (freed blocks wait there) and
// returns the heap, so block counts show only live blocks.
func flushed(rt *object.Runtime) *heap.Heap {
	rt.Heap().FlushQuarantine()
	return rt.Heap()
}
