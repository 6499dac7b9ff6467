package tracemalloc_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestPythonPartMatchesCPython runs py/compare_with_cpython.py under python3: the
// Python half of the module must agree with CPython's tracemalloc on the same traces.
func TestPythonPartMatchesCPython(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	out, err := exec.Command("python3", "py/compare_with_cpython.py").CombinedOutput()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, out)
	}
	if !strings.HasSuffix(strings.TrimSpace(string(out)), "differences: 0") {
		t.Errorf("pyheap's tracemalloc.py differs from CPython's:\n%s", out)
	}
}
