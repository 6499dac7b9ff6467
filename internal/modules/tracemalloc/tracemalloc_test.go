package tracemalloc_test

import (
	"testing"

	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/modules/tracemalloc"
	"github.com/pyheap/pyheap/internal/object"
)

func TestTracing(t *testing.T) {
	rt, err := object.NewRuntime(object.Config{Heap: heap.ConfigFromEnv()})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	line := 10
	tr := tracemalloc.NewTracer(rt, func(limit int) ([]tracemalloc.Frame, int) {
		return []tracemalloc.Frame{{File: "prog.py", Line: line}, {File: "prog.py", Line: 1}}[:min(limit, 2)], 2
	})
	m := tracemalloc.New(rt, tr)
	call := func(name string, args ...object.Ref) object.Ref {
		f := rt.GetAttrString(m, name)
		defer rt.Decref(f)
		r := rt.Call(f, args, object.Nil)
		if r == object.Nil {
			t.Fatalf("%s raised", name)
		}
		return r
	}
	repr := func(r object.Ref) string {
		s := rt.Repr(r)
		defer rt.Decref(s)
		return rt.GoString(s)
	}
	call("start", object.MakeSmallInt(2))
	if got := repr(call("is_tracing")); got != "True" {
		t.Fatalf("is_tracing() = %s", got)
	}
	s := rt.NewStr("a string long enough not to come from a cache")
	line = 20
	f := rt.NewFloat(2.5) // a fresh float: the free list is empty
	cur := call("get_traced_memory")
	if items := rt.TupleItems(cur); items[0] == object.MakeSmallInt(0) {
		t.Errorf("get_traced_memory() = %s after allocating", repr(cur))
	}
	if got := repr(call("_get_object_traceback", s)); got != "(('prog.py', 10), ('prog.py', 1))" {
		t.Errorf("traceback of the str: %s", got)
	}
	if got := repr(call("_get_object_traceback", f)); got != "(('prog.py', 20), ('prog.py', 1))" {
		t.Errorf("traceback of the float: %s", got)
	}
	traces := call("_get_traces")
	if rt.ListLen(traces) < 2 {
		t.Errorf("_get_traces() has %d traces", rt.ListLen(traces))
	}
	rt.Decref(s)
	if got := repr(call("_get_object_traceback", f)); got == "None" {
		t.Errorf("the float's trace vanished")
	}
	call("stop")
	if got := repr(call("get_traced_memory")); got != "(0, 0)" {
		t.Errorf("after stop: %s", got)
	}
	rt.Heap().Alloc(16)
	rt.Heap().Alloc(16)
	if !rt.Heap().Debug() && rt.Heap().TryAlloc(16) == 0 {
		t.Errorf("fast paths still off after stop")
	}
	rt.Decref(f)
}
