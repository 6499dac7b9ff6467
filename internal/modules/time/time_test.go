package time_test

import (
	"testing"
	gotime "time"

	"github.com/pyheap/pyheap/internal/modules/modtest"
	tmod "github.com/pyheap/pyheap/internal/modules/time"
	"github.com/pyheap/pyheap/internal/object"
)

func TestGolden(t *testing.T) {
	loc, err := gotime.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no tz database:", err)
	}
	rt := modtest.NewRuntime(t)
	m := tmod.New(rt, tmod.Options{Location: loc})
	if m == object.Nil {
		t.Fatal("time module not built")
	}
	defer rt.Decref(m)
	n := modtest.Run(t, rt, m, "testdata/golden.jsonl", nil)
	modtest.CheckNoLeak(t, rt, m, "testdata/golden.jsonl", nil, nil)
	t.Logf("%d cases", n)
}

func TestClocks(t *testing.T) {
	rt := modtest.NewRuntime(t)
	m := tmod.New(rt, tmod.Options{})
	defer rt.Decref(m)
	call := func(name string) float64 {
		f := rt.GetAttrString(m, name)
		defer rt.Decref(f)
		r := rt.Call(f, nil, object.Nil)
		if r == object.Nil {
			t.Fatalf("%s: %s", name, modtest.ExcString(rt))
		}
		defer rt.Decref(r)
		if rt.IsFloat(r) {
			return rt.FloatValue(r)
		}
		v, _ := rt.IntAsInt64(r)
		return float64(v)
	}
	now := float64(gotime.Now().UnixNano()) / 1e9
	if d := call("time") - now; d < -1 || d > 1 {
		t.Errorf("time() is %v from now", d)
	}
	if d := call("time_ns")/1e9 - now; d < -1 || d > 1 {
		t.Errorf("time_ns() is %v from now", d)
	}
	for _, name := range []string{"monotonic", "perf_counter", "monotonic_ns", "perf_counter_ns", "process_time", "process_time_ns"} {
		a := call(name)
		for i := 0; i < 100000; i++ {
			_ = i * i
		}
		if b := call(name); b < a {
			t.Errorf("%s went backwards: %v then %v", name, a, b)
		}
	}
}
