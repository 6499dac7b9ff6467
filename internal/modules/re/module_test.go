package re

import (
	"bytes"
	"testing"

	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/modules/builtins"
	"github.com/pyheap/pyheap/internal/modules/sys"
	"github.com/pyheap/pyheap/internal/object"
	"github.com/pyheap/pyheap/internal/vm"
)

// runPy runs src in a new interpreter with the re module and a heap limit (0:
// none); it returns stdout and stderr.
func runPy(t *testing.T, src string, limit uintptr) (string, string) {
	return runPyBudget(t, src, limit, 0)
}

func runPyBudget(t *testing.T, src string, limit uintptr, budget int64) (string, string) {
	t.Helper()
	hc := heap.ConfigFromEnv()
	hc.Limit = limit
	var out, errb bytes.Buffer
	in, err := vm.New(vm.Config{Runtime: object.Config{Heap: hc}, Stdout: &out, Stderr: &errb,
		Modules: map[string]vm.ModuleInit{"re": New}})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	in.Budget = budget
	builtins.Install(in)
	sys.Install(in)
	in.RunMain("test.py", []byte(src))
	return out.String(), errb.String()
}

// TestStackInHeap checks that the backtracking stack is taken from the heap:
// within the memory limit a deep match succeeds, past it it raises MemoryError
// and the interpreter goes on.
func TestStackInHeap(t *testing.T) {
	src := `
import re
print(re.match('(a|b)*', 'ab' * 20000).end())
try:
    re.match('(a|b)*c', 'ab' * 2000000)
except MemoryError:
    print("MemoryError")
print(re.match('(a|b)*', 'ab' * 100).end())
`
	out, errs := runPy(t, src, 48<<20)
	if want := "40000\nMemoryError\n200\n"; out != want || errs != "" {
		t.Fatalf("got %q (stderr %q), want %q", out, errs, want)
	}
}

// TestPatternsFreed checks that a Pattern's program slot is released and
// reused when the Pattern dies.
func TestPatternsFreed(t *testing.T) {
	src := `
import re
for i in range(2000):
    re.purge()
    p = re.compile("x%d(y)" % i)
    assert p.match("x%dy" % i).group(1) == "y"
print("ok")
`
	out, errs := runPy(t, src, 0)
	if out != "ok\n" || errs != "" {
		t.Fatalf("got %q %q", out, errs)
	}
}

func TestErrorMessages(t *testing.T) {
	src := `
import re
for p in ["(", "a\n(b", b"\\q\xe9(?P<\xe9>x)"]:
    try:
        re.compile(p)
    except re.error as e:
        print(e, e.pos, e.lineno, e.colno)
`
	out, errs := runPy(t, src, 0)
	want := "missing ), unterminated subpattern at position 0 0 1 1\n" +
		"missing ), unterminated subpattern at position 2 (line 2, column 1) 2 2 1\n" +
		"bad escape \\q at position 0 0 1 1\n"
	if out != want || errs != "" {
		t.Fatalf("got %q (stderr %q), want %q", out, errs, want)
	}
}

// TestBudget checks that the interpreter's step budget bounds a catastrophic
// match.
func TestBudget(t *testing.T) {
	src := `
import re
print(re.match('(a*)*b', 'a' * 5))
try:
    re.match('(a*)*b', 'a' * 40)
except RuntimeError as e:
    print(e)
`
	out, errs := runPyBudget(t, src, 0, 100000)
	if want := "None\nexecution budget exceeded\n"; out != want || errs != "" {
		t.Fatalf("got %q (stderr %q), want %q", out, errs, want)
	}
}
