package bisect_test

import (
	"testing"

	bimod "github.com/pyheap/pyheap/internal/modules/bisect"
	"github.com/pyheap/pyheap/internal/modules/modtest"
	opmod "github.com/pyheap/pyheap/internal/modules/operator"
	"github.com/pyheap/pyheap/internal/object"
)

func TestGolden(t *testing.T) {
	rt := modtest.NewRuntime(t)
	m := bimod.New(rt)
	if m == object.Nil {
		t.Fatal("bisect module not built")
	}
	defer rt.Decref(m)
	ext := modtest.Operator(t, rt, opmod.New(rt), "itemgetter(0)", "itemgetter(5)", "neg")
	n := modtest.Run(t, rt, m, "testdata/golden.jsonl", ext)
	modtest.CheckNoLeak(t, rt, m, "testdata/golden.jsonl", ext, nil)
	t.Logf("%d cases", n)
}
