package heapq_test

import (
	"testing"

	hqmod "github.com/pyheap/pyheap/internal/modules/heapq"
	"github.com/pyheap/pyheap/internal/modules/modtest"
	opmod "github.com/pyheap/pyheap/internal/modules/operator"
	"github.com/pyheap/pyheap/internal/object"
)

func TestGolden(t *testing.T) {
	rt := modtest.NewRuntime(t)
	m := hqmod.New(rt)
	if m == object.Nil {
		t.Fatal("heapq module not built")
	}
	defer rt.Decref(m)
	ext := modtest.Operator(t, rt, opmod.New(rt), "itemgetter(0)", "neg")
	n := modtest.Run(t, rt, m, "testdata/golden.jsonl", ext)
	modtest.CheckNoLeak(t, rt, m, "testdata/golden.jsonl", ext, nil)
	t.Logf("%d cases", n)
}
