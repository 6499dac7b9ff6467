package random_test

import (
	"testing"

	"github.com/pyheap/pyheap/internal/modules/modtest"
	rmod "github.com/pyheap/pyheap/internal/modules/random"
	"github.com/pyheap/pyheap/internal/object"
)

func TestGolden(t *testing.T) {
	rt := modtest.NewRuntime(t)
	m := rmod.New(rt)
	if m == object.Nil {
		t.Fatal("random module not built")
	}
	defer rt.Decref(m)
	n := modtest.Run(t, rt, m, "testdata/golden.jsonl", nil)
	modtest.CheckNoLeak(t, rt, m, "testdata/golden.jsonl", nil, nil)
	t.Logf("%d cases", n)
}

func TestSystemRandom(t *testing.T) {
	rt := modtest.NewRuntime(t)
	m := rmod.New(rt)
	defer rt.Decref(m)
	cls := rt.GetAttrString(m, "SystemRandom")
	defer rt.Decref(cls)
	sr := rt.Call(cls, nil, object.Nil)
	if sr == object.Nil {
		t.Fatal(modtest.ExcString(rt))
	}
	defer rt.Decref(sr)
	call := func(name string, args ...object.Ref) object.Ref {
		f := rt.GetAttrString(sr, name)
		defer rt.Decref(f)
		return rt.Call(f, args, object.Nil)
	}
	seen := map[float64]bool{}
	for i := 0; i < 100; i++ {
		r := call("random")
		v := rt.FloatValue(r)
		rt.Decref(r)
		if v < 0 || v >= 1 || seen[v] {
			t.Fatalf("SystemRandom.random() gave %v", v)
		}
		seen[v] = true
		n := call("randrange", object.MakeSmallInt(10))
		if k := n.SmallInt(); k < 0 || k >= 10 {
			t.Fatalf("randrange(10) gave %d", k)
		}
	}
	if r := call("getstate"); r != object.Nil || modtest.ExcString(rt) != "NotImplementedError: System entropy source does not have state." {
		t.Errorf("getstate did not raise NotImplementedError")
	}
	if r := call("seed", object.MakeSmallInt(5)); r != rt.None {
		t.Errorf("seed() should return None")
	}
}
