package main

import (
	"strings"
	"testing"
)

// TestOptions checks that options apply whatever the order and whatever runs the
// program (a file, -c, -m): the memory limit used to be dropped for -c, and
// --mem-stats took -c for a file name.
func TestOptions(t *testing.T) {
	alloc := "try:\n    x = 'x' * (64 << 20)\n    print('allocated')\nexcept MemoryError:\n    print('MemoryError')\n"
	script := writeScript(t, alloc)
	tests := []struct {
		name       string
		args       []string
		wantOut    string
		wantErr    string // a substring of stderr
		wantStatus int
	}{
		{"limit before file", []string{"--memory-limit", "16MiB", script}, "MemoryError\n", "", 0},
		{"limit= before -c", []string{"--memory-limit=16MiB", "-c", alloc}, "MemoryError\n", "", 0},
		{"limit after -X", []string{"-X", "tracemalloc", "--memory-limit", "16MiB", "-c", alloc}, "MemoryError\n", "", 0},
		{"no limit", []string{"-c", alloc}, "allocated\n", "", 0},
		{"mem-stats with -c", []string{"--mem-stats", "-c", "print(1)"}, "1\n", "Small block threshold", 0},
		{"mem-stats after limit", []string{"--memory-limit", "256MiB", "--mem-stats", script}, "allocated\n", "class   size", 0},
		{"-c argv", []string{"-c", "import sys; print(sys.argv)", "a", "-b"}, "['-c', 'a', '-b']\n", "", 0},
		{"bad size", []string{"--memory-limit", "lots", "-c", "pass"}, "", "not a size", 2},
		{"size missing", []string{"--memory-limit"}, "", "needs a size", 2},
		{"unknown option", []string{"--frobnicate", "x.py"}, "", "Unknown option: --frobnicate", 2},
		{"limit too small to start", []string{"--memory-limit", "1MiB", "-c", "print(1)"}, "", "MemoryError", 1},
		{"mem-stats without program", []string{"--mem-stats"}, "", "need a program", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, status := runCLI(t, tt.args...)
			if out != tt.wantOut || status != tt.wantStatus || !strings.Contains(errs, tt.wantErr) {
				t.Errorf("pyheap %q: stdout %q status %d stderr %q; want stdout %q status %d stderr containing %q",
					tt.args, out, status, errs, tt.wantOut, tt.wantStatus, tt.wantErr)
			}
		})
	}
}
