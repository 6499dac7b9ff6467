package pysrc

import (
	"strings"
	"testing"
)

func TestSources(t *testing.T) {
	for _, name := range Names {
		src, ok := Source(name)
		if !ok || !strings.Contains(src, "\n") {
			t.Errorf("%s: no embedded source", name)
		}
	}
	if _, ok := Source("nonesuch"); ok {
		t.Error("Source found a module that is not embedded")
	}
	defer func() {
		if recover() == nil {
			t.Error("Must did not panic for a missing module")
		}
	}()
	Must("nonesuch")
}
