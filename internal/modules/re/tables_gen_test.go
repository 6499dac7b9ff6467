//go:build regen

package re

import (
	"go/format"
	"os"
	"os/exec"
	"testing"
)

// TestGenerateTables rewrites tables.go from python3 (CPython 3.11).
func TestGenerateTables(t *testing.T) {
	out, err := exec.Command("python3", "gentables.py").Output()
	if err != nil {
		t.Fatal(err)
	}
	if out, err = format.Source(out); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("tables.go", out, 0o644); err != nil {
		t.Fatal(err)
	}
}
