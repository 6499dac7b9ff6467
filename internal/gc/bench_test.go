package gc_test

import (
	"testing"

	"github.com/pyheap/pyheap/internal/object"
)

// BenchmarkCollectGarbageCycles creates 10,000 two-object cycles (a dict and a
// tuple) and collects them: the cost of freeing cyclic garbage, per object.
func BenchmarkCollectGarbageCycles(b *testing.B) {
	rt, c := setup(b)
	k := key(rt, "t")
	const n = 10000
	for b.Loop() {
		for range n {
			d := rt.NewDict()
			t := rt.TupleFrom(d)
			rt.DictSetItem(d, k, t)
			rt.Decref(t)
			rt.Decref(d)
		}
		if got := c.Collect(0); got != 2*n {
			b.Fatalf("collected %d", got)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*2*n), "ns/object")
}

// BenchmarkCollectLiveHeap collects generation 2 over 100,000 live containers that
// are all reachable: the cost of a full collection that finds nothing, per object.
func BenchmarkCollectLiveHeap(b *testing.B) {
	rt, c := setup(b)
	k := key(rt, "next")
	root := rt.NewDict()
	prev := root
	for range 100000 {
		d := rt.NewDict()
		rt.DictSetItem(prev, k, d)
		rt.Decref(d)
		prev = d
	}
	for b.Loop() {
		if got := c.Collect(2); got != 0 {
			b.Fatalf("collected %d", got)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*100001), "ns/object")
	rt.Decref(root)
	_ = object.Nil
}
