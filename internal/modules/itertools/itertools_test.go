package itertools_test

import (
	"testing"

	itmod "github.com/pyheap/pyheap/internal/modules/itertools"
	"github.com/pyheap/pyheap/internal/modules/modtest"
	opmod "github.com/pyheap/pyheap/internal/modules/operator"
	"github.com/pyheap/pyheap/internal/object"
)

func TestGolden(t *testing.T) {
	rt := modtest.NewRuntime(t)
	m := itmod.New(rt)
	if m == object.Nil {
		t.Fatal("itertools module not built")
	}
	defer rt.Decref(m)
	ext := modtest.Operator(t, rt, opmod.New(rt), "mul", "add", "sub", "not_", "truth", "neg", "abs", "itemgetter(0)", "pow")
	n := modtest.Run(t, rt, m, "testdata/golden.jsonl", ext)
	modtest.CheckNoLeak(t, rt, m, "testdata/golden.jsonl", ext, nil)
	t.Logf("%d cases", n)
}
