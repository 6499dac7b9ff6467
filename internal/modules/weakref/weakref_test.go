package weakref_test

import (
	"testing"

	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/modules/weakref"
	"github.com/pyheap/pyheap/internal/object"
)

func TestWeakrefModule(t *testing.T) {
	rt, err := object.NewRuntime(object.Config{Heap: heap.ConfigFromEnv()})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	m := weakref.New(rt)
	if m == object.Nil {
		t.Fatal("module not built")
	}
	call := func(name string, args ...object.Ref) object.Ref {
		f := rt.GetAttrString(m, name)
		defer rt.Decref(f)
		return rt.Call(f, args, object.Nil)
	}
	// A module object supports weak references; a proxy forwards attribute access.
	target := rt.NewModule("target")
	rt.DictSetStr(rt.ModuleDict(target), "x", object.MakeSmallInt(42))
	r := call("ref", target)
	p := call("proxy", target)
	if r == object.Nil || p == object.Nil {
		t.Fatal("ref/proxy failed")
	}
	if n := call("getweakrefcount", target); n != object.MakeSmallInt(2) {
		t.Errorf("getweakrefcount = %v", n)
	}
	if x := rt.GetAttrString(p, "x"); x != object.MakeSmallInt(42) {
		t.Errorf("proxy.x = %v", x)
	}
	rt.Decref(target)
	if got := rt.Call(r, nil, object.Nil); got != rt.None {
		t.Errorf("a dead ref returns %v, want None", got)
	}
	if x := rt.GetAttrString(p, "x"); x != object.Nil || !rt.ErrMatchesName("ReferenceError") {
		t.Errorf("a dead proxy did not raise ReferenceError")
	}
	rt.ClearErr()
	if call("ref", object.MakeSmallInt(1)) != object.Nil || !rt.ErrMatchesName("TypeError") {
		t.Errorf("ref(1) did not raise TypeError")
	}
	rt.ClearErr()
	rt.Decref(r)
	rt.Decref(p)
}
