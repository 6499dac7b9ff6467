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
